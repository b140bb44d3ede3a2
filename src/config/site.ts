/** The site's name and tagline, used in the config, the start page and the tests. */
export const siteTitle = 'Samordningsteamens metodhandbok';
export const siteTagline =
  'Så arbetar samordningsteamen med människor som står långt från arbete – metoder, team, resultat och verktyg.';
