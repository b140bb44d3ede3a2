/**
 * Real queries a reader could type, written from the content, and the pages each should find.
 * The first 20 are the measurement set in README (Sök); the rest are extra checks, the last ones
 * definite and plural forms that Pagefind's Swedish stemmer does not reduce to the base form
 * (src/utils/searchInflections.ts searches for that too). The search must find one of the expected
 * pages among the first ten hits for every query.
 */
export const searchQueries: readonly {query: string; expect: readonly string[]}[] = [
  {query: 'arbetsträningen', expect: ['/metodhandbok/arbetstraning-och-arbetsprovning', '/exempel/sociala-foretag']},
  {query: 'skalfråga', expect: ['/ordlista', '/metodhandbok/losningsfokus', '/metodhandbok/uppfoljning-och-matt', '/metodhandbok/ors-och-srs']},
  {query: 'skalfrågor', expect: ['/ordlista', '/metodhandbok/losningsfokus', '/metodhandbok/uppfoljning-och-matt', '/metodhandbok/ors-och-srs']},
  {query: 'grupperna', expect: ['/metodhandbok/gruppformat', '/metodhandbok/gruppformat/samtalsgrupper']},
  {query: 'remissen', expect: ['/samordningsteamen/for-dig-som-remitterar', '/ordlista']},
  {query: 'lösningsfokuserat', expect: ['/metodhandbok/losningsfokus', '/exempel/samordningsteam-sala', '/samordningsteamen/avesta']},
  {query: 'försörjningsstöd', expect: ['/ordlista', '/resultat', '/exempel/samhallsekonomi']},
  {query: 'Välkomstart', expect: ['/metodhandbok/gruppformat/gruppintag', '/samordningsteamen/fns']},
  {query: 'våld', expect: ['/metodhandbok/fragor-om-vald']},
  {query: 'Supported Employment', expect: ['/metodhandbok/supported-employment', '/exempel/uffe']},
  {query: 'IPS', expect: ['/metodhandbok/supported-employment']},
  {query: 'verkningsgrad', expect: ['/exempel/samhallsekonomi', '/ordlista', '/verktyg/samhallsekonomisk-kalkyl']},
  {query: 'Sala', expect: ['/samordningsteamen/sala', '/exempel/samordningsteam-sala']},
  {query: 'avslut', expect: ['/metodhandbok/inskrivning-kartlaggning-och-planering', '/metodhandbok/uppfoljning-och-matt', '/ordlista', '/samordningsteamen/for-dig-som-remitterar']},
  {query: 'livshjulet', expect: ['/verktyg/livshjulet', '/verktyg/livshjulet/sa-anvander-du-livshjulet', '/lattlast/sa-fungerar-livshjulet']},
  {query: 'sjukskriven', expect: ['/exempel/koordinatorer', '/exempel/sociala-foretag']},
  {query: 'unga', expect: ['/exempel/arbetsmarknadstorget', '/exempel/balder', '/exempel/osa', '/exempel/uffe', '/exempel/np-samverkan']},
  {query: 'handledningen', expect: ['/metodhandbok/larande-i-teamet']},
  {query: 'köer', expect: ['/exempel/hallstahammar-flode-utan-koer']},
  {query: 'psykisk ohälsa', expect: ['/exempel/tuna', '/metodhandbok/act', '/samordningsteamen/fns']},
  {query: 'skulder', expect: ['/metodhandbok/gruppformat/gronkvist']},
  {query: 'självkänslan', expect: ['/metodhandbok/gruppformat/7tjugo']},
  {query: 'frukost', expect: ['/metodhandbok/gruppformat/oppet-forum', '/samordningsteamen/sala']},
  {query: 'träning', expect: ['/metodhandbok/arbetstraning-och-arbetsprovning']},
  {query: 'våldet', expect: ['/metodhandbok/fragor-om-vald']},
  {query: 'metoden', expect: ['/metodhandbok']},
  {query: 'teamen', expect: ['/samordningsteamen', '/lattlast/vad-ar-ett-samordningsteam']},
  {query: 'skalfrågan', expect: ['/ordlista', '/metodhandbok/losningsfokus', '/metodhandbok/uppfoljning-och-matt', '/metodhandbok/ors-och-srs']},
  {query: 'psykiska ohälsan', expect: ['/exempel/tuna', '/metodhandbok/act', '/samordningsteamen/fns']},
];
