/** The site's name and tagline, used in the config, the start page and the tests. */
export const siteTitle = 'Samordningsteamens metodhandbok';
/** The name with soft hyphens (U+00AD) where the compounds may break: "Samordnings-/teamens", "metod-/handbok". */
export const siteTitleHyphenated = 'Samordnings\u00adteamens metod\u00adhandbok';
export const siteTagline =
  'Så arbetar samordningsteamen med människor som står långt från arbete – metoder, team, resultat och verktyg.';
