/**
 * Ordlista: words a partner-agency officer, a politician or a new team member meets on the site.
 * Definitions are written from the reports in the seeds folder. Where a definition needs facts
 * that the reports do not give (what a law or an authority says), `externalSource` names the
 * public source. Sorted by term in Swedish alphabetical order.
 */
import type {GlossaryTerm} from './schemas';

export type {GlossaryTerm};

export const glossary: readonly GlossaryTerm[] = [
  {
    id: 'act',
    term: 'ACT',
    expansion: 'Acceptance and Commitment Therapy eller Training',
    definition:
      'ACT står här för Acceptance and Commitment Therapy eller Training, inte för Assertive Community Treatment. Metoden går ut på att acceptera det man inte kan påverka och att välja handlingar som leder mot det som är viktigt i ens liv. Några team har ACT-grupper och använder ACT-kort som stöd i samtalen.',
    related: ['losningsfokus', 'kansla-av-sammanhang'],
    sources: ['arsrapport-2024', 'nns-fantastiska-resultat'],
  },
  {
    id: 'aktivitetsersattning',
    term: 'Aktivitetsersättning',
    definition:
      'En tidsbegränsad ersättning från Försäkringskassan till unga vuxna som under lång tid inte kan arbeta fullt ut på grund av sjukdom eller funktionsnedsättning. Unga med aktivitetsersättning är en viktig målgrupp för flera av teamen.',
    related: ['forsakringskassan', 'sjukersattning', 'sjukpenning'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019', 'avesta-2021-2022'],
    externalSource: 'Socialförsäkringsbalken (2010:110)',
  },
  {
    id: 'aktivitetsstod',
    term: 'Aktivitetsstöd',
    definition:
      'Ersättning till den som deltar i ett arbetsmarknadspolitiskt program hos Arbetsförmedlingen. Arbetsförmedlingen beslutar om programmet och Försäkringskassan betalar ut ersättningen. En del deltagare har gått från försörjningsstöd eller sjukpenning till ett program med aktivitetsstöd.',
    related: ['arbetsformedlingen', 'offentlig-forsorjning', 'forsorjningsstod'],
    sources: ['arsrapport-2024', 'hallstahammar-2019'],
    externalSource: 'Förordning (2017:819) om ersättning till deltagare i arbetsmarknadspolitiska insatser',
  },
  {
    id: 'arbetsformedlingen',
    term: 'Arbetsförmedlingen',
    abbreviation: 'Af',
    definition:
      'Statlig myndighet för arbetsmarknaden och en av de fyra parterna i samordningsförbunden. Af har ofta en arbetsförmedlare på deltid i teamen, remitterar deltagare och beslutar om stöd som SIUS och lönestöd.',
    related: ['parterna', 'sius', 'lonestod-och-lonebidrag'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019', 'avesta-2021-2022'],
  },
  {
    id: 'arbetsformaga',
    term: 'Arbetsförmåga',
    definition:
      'Förmågan att klara ett arbete, med hänsyn till hälsa, funktionsnedsättning och livssituation. I Hallstahammar utgår personalen från att alla har en arbetsförmåga. Att klara aktiviteter på teamets egna, starkt anpassade arbetsplatser är ändå inte samma sak som att ha arbetsförmåga på den vanliga arbetsmarknaden.',
    related: ['arbetsprovning', 'arbetstraning', 'stegforflyttning'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019'],
  },
  {
    id: 'arbetsintegrerande-socialt-foretag',
    term: 'Arbetsintegrerande socialt företag',
    abbreviation: 'ASF',
    definition:
      'Ett företag som främst finns till för att ge arbete och arbetsträning åt personer som står långt från arbetsmarknaden. Vinsten går i första hand tillbaka till verksamheten. NNS-rapporten från 2016 beskriver hur ett samordningsförbund på Östra Södertörn hjälpte fler sådana företag att starta och växa.',
    related: ['arbetstraning', 'samordningsforbund', 'strukturresultat'],
    sources: ['nns-fantastiska-resultat'],
    externalSource: 'Tillväxtverket',
  },
  {
    id: 'arbetskonsulent',
    term: 'Arbetskonsulent',
    definition:
      'Kommunalt anställd medarbetare i teamet som arbetar med den arbetsinriktade delen av rehabiliteringen. Arbetskonsulenten gör planer tillsammans med deltagaren, ordnar arbetsträning och håller kontakt med arbetsplatser och arbetsledare. I vissa team har deltagaren samma arbetskonsulent under hela tiden.',
    related: ['socialkonsulent', 'arbetstraning', 'verksamhetsledare'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'hallstahammar-2019'],
  },
  {
    id: 'arbetslivsinriktad-rehabilitering',
    term: 'Arbetslivsinriktad rehabilitering',
    definition:
      'Stöd som ska hjälpa en person att komma till, komma tillbaka till eller behålla ett arbete, till exempel arbetsträning, vägledning och anpassningar. Teamen ger samordnad arbetslivsinriktad rehabilitering till personer som behöver stöd från flera myndigheter samtidigt.',
    related: ['medicinsk-rehabilitering', 'arbetstraning', 'samordningsteam'],
    sources: ['arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019', 'avesta-2021-2022'],
  },
  {
    id: 'arbetsmarknadsenhet',
    term: 'Arbetsmarknadsenhet',
    abbreviation: 'AME',
    definition:
      'En enhet i kommunen som ger arbetslösa stöd, till exempel arbetsträning, praktik och sysselsättning. Samverkansteam Avesta hör administrativt till kommunens arbetsmarknadsenhet. I Sala kan arbetsmarknadsenhetens verksamheter bli ett första steg för deltagare som vill pröva något utanför teamet.',
    related: ['jobbcentrum', 'arbetstraning', 'praktik'],
    sources: ['arsrapport-2024', 'nns-fantastiska-resultat', 'avesta-2021-2022'],
  },
  {
    id: 'arbetsprovning',
    term: 'Arbetsprövning',
    definition:
      'Att pröva ett visst arbete för att se hur arbetsförmågan ser ut och vilket stöd som behövs. I teamen kommer arbetsprövning ofta efter en period av arbetsträning, när deltagaren klarar mer.',
    related: ['arbetstraning', 'stegforflyttning'],
    sources: ['hs-teamets-delning', 'nns-fantastiska-resultat', 'hallstahammar-2019', 'avesta-2021-2022'],
  },
  {
    id: 'arbetstraning',
    term: 'Arbetsträning',
    definition:
      'Deltagaren tränar på en arbetsplats för att få rutiner, öka sin förmåga och närma sig arbete. Tider och arbetsuppgifter anpassas efter deltagaren och trappas upp efter hand. Arbetsträning kan ske på kommunens egna arbetsplatser eller hos andra arbetsgivare.',
    related: ['arbetsprovning', 'supported-employment', 'arbetskonsulent'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019', 'avesta-2021-2022'],
  },
  {
    id: 'avhopp',
    term: 'Avhopp',
    definition:
      'När en deltagare slutar i teamet utan ett planerat avslut, till exempel genom att sluta komma. I statistiken kallas det ofta drop-out. Teamen redovisar avhopp för sig, och de räknas inte som gröna mål.',
    related: ['avslut-och-avslutsorsak', 'grona-mal', 'provotid'],
    sources: ['arsrapport-2024', 'avesta-2021-2022'],
  },
  {
    id: 'avslut-och-avslutsorsak',
    term: 'Avslut och avslutsorsak',
    definition:
      'Avslut är när deltagarens tid i teamet tar slut. Avslutsorsaken visar vart deltagaren går vidare, till exempel till arbete, studier, aktivt arbetssökande, fortsatt rehabilitering eller medicinsk rehabilitering, eller om hen flyttar eller hoppar av. Teamen följer upp sina resultat med hjälp av avslutsorsakerna.',
    related: ['grona-mal', 'medicinsk-rehabilitering', 'inskrivning'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'hallstahammar-2019', 'avesta-2021-2022'],
  },
  {
    id: 'barn-och-ungdomspsykiatri',
    term: 'Barn- och ungdomspsykiatri',
    abbreviation: 'BUP',
    definition:
      'Regionens specialistvård för barn och ungdomar med psykisk ohälsa eller psykisk sjukdom. Samordningsteamet FNS vill utveckla samarbetet med BUP för att bättre kunna stödja sina unga deltagare.',
    related: ['vuxenpsykiatri', 'kommunala-aktivitetsansvaret', 'region-vastmanland'],
    sources: ['arsrapport-2024'],
    externalSource: '1177 Vårdguiden',
  },
  {
    id: 'bip',
    term: 'BIP',
    expansion: 'Beskæftigelses Indikator Projektet',
    definition:
      'BIP står för Beskæftigelses Indikator Projektet, en samling studier om vad som hjälper människor närmare arbete. Studierna lyfter fram bland annat parallella insatser, att ha kvar samma handläggare och att tro på personens förmåga. Flera av teamen i Västmanland arbetar med BIP:s förhållningssätt och frågor, och ett spindeldiagram från BIP används för att mäta deltagarnas utveckling.',
    related: ['kollegial-reflexiv-praktik', 'stegforflyttning', 'kartlaggning'],
    sources: ['arsrapport-2024'],
  },
  {
    id: 'boendestod',
    term: 'Boendestöd',
    definition:
      'Praktiskt och socialt stöd från kommunen i personens eget hem, så att hen klarar vardagen, till exempel att handla, betala räkningar och hålla kontakter. Boendestödjare kan delta i möten om en deltagare, till exempel när en samordnad individuell plan görs.',
    related: ['socialpsykiatri', 'personligt-ombud', 'samordnad-individuell-plan'],
    sources: ['arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019'],
    externalSource: 'Socialtjänstlagen (2025:400)',
  },
  {
    id: 'coach',
    term: 'Coach',
    definition:
      'I Samverkansteam Avesta kallas medarbetarna som arbetar med deltagarna för coacher. De arbetar lösningsfokuserat, med enskilda samtal och framför allt med coachning i grupp. Också i andra insatser i rapporterna finns personliga coacher som samordnar stödet runt en person.',
    related: ['samverkansteam', 'losningsfokus', 'gruppintag'],
    sources: ['nns-fantastiska-resultat', 'avesta-2021-2022'],
  },
  {
    id: 'daglig-verksamhet',
    term: 'Daglig verksamhet',
    definition:
      'En insats enligt LSS för personer i arbetsför ålder som varken arbetar eller studerar, till exempel personer med intellektuell funktionsnedsättning eller autism. Insatsen ger sysselsättning och gemenskap. I NNS-rapporten från 2016 beskrivs insatsen UFFE, där unga vuxna med daglig verksamhet och aktivitetsersättning fick stöd till arbete med lön eller till studier.',
    related: ['lagen-om-stod-och-service-till-vissa-funktionshindrade', 'aktivitetsersattning', 'supported-employment'],
    sources: ['nns-fantastiska-resultat'],
    externalSource: 'Lag (1993:387) om stöd och service till vissa funktionshindrade',
  },
  {
    id: 'deltagare',
    term: 'Deltagare',
    definition:
      'En person som är inskriven i ett samordningsteam. Webbplatsen säger deltagare och inte klient. Teamen utgår från deltagarens egna mål, resurser och styrkor.',
    related: ['inskrivning', 'samordningsteam'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019', 'avesta-2021-2022'],
  },
  {
    id: 'egen-forsorjning',
    term: 'Egen försörjning',
    definition:
      'Att kunna försörja sig själv, främst på lön från ett arbete, i stället för på försörjningsstöd eller andra ersättningar. Ökad arbetsförmåga och egen försörjning genom arbete är det övergripande målet för samordningsteamen.',
    related: ['forsorjningsstod', 'stegforflyttning', 'grona-mal'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019'],
  },
  {
    id: 'etableringen',
    term: 'Etableringen',
    definition:
      'Arbetsförmedlingens program för nyanlända flyktingar och deras anhöriga, med till exempel svenska för invandrare, samhällsorientering och insatser som leder mot arbete. Sedan 2018 heter det etableringsprogrammet. Samordningsteamet i Hallstahammar har försökt nå deltagare från etableringen genom samarbete med SFI.',
    related: ['svenska-for-invandrare', 'arbetsformedlingen'],
    sources: ['nns-fantastiska-resultat', 'hallstahammar-2019'],
    externalSource: 'Förordning (2017:820) om etableringsinsatser för vissa nyanlända invandrare',
  },
  {
    id: 'europeiska-socialfonden',
    term: 'Europeiska socialfonden',
    abbreviation: 'ESF',
    definition:
      'EU:s fond för projekt som ska hjälpa fler människor till arbete och utbildning. I Sverige fördelas pengarna av Svenska ESF-rådet, ofta till projekt som kommuner, regioner, myndigheter och samordningsförbund driver. Personal i några av teamen har gått BIP-utbildning genom ett projekt som finansierades av ESF.',
    related: ['bip', 'samordningsforbund'],
    sources: ['arsrapport-2024', 'nns-fantastiska-resultat'],
    externalSource: 'Svenska ESF-rådet',
  },
  {
    id: 'finansiell-samordning',
    term: 'Finansiell samordning',
    abbreviation: 'Finsam',
    definition:
      'Försäkringskassan, Arbetsförmedlingen, regionen och en eller flera kommuner lägger pengar i en gemensam budget för rehabilitering. Pengarna förvaltas av ett samordningsförbund och går till insatser som parterna gör tillsammans, till exempel samordningsteamen.',
    related: ['samordningsforbund', 'parterna', 'sus'],
    sources: ['arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019'],
    externalSource: 'Lag (2003:1210) om finansiell samordning av rehabiliteringsinsatser',
  },
  {
    id: 'flerpartsmote',
    term: 'Flerpartsmöte',
    definition:
      'Ett möte där deltagaren träffar flera av de myndigheter och verksamheter som ger stöd, samtidigt. Alla får samma bild av läget och planerar nästa steg tillsammans. Rapporterna använder också ordet nätverksmöte.',
    related: ['samordnade-insatser', 'remiss-och-remittent', 'samordnad-individuell-plan'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'hallstahammar-2019'],
  },
  {
    id: 'fns-teamet',
    term: 'FNS-teamet',
    definition:
      'Samordningsteamet för kommunerna Fagersta, Norberg och Skinnskatteberg. Förkortningen FNS kommer från kommunernas namn. I årsrapporten för 2024 heter teamet Samordningsteamet FNS.',
    related: ['samordningsteam', 'valkomstart', 'samordningsforbundet-vastmanland'],
    sources: ['hs-teamets-delning', 'arsrapport-2024'],
  },
  {
    id: 'forstarkt-samarbete',
    term: 'Förstärkt samarbete',
    definition:
      'Ett arbetssätt där Försäkringskassan och Arbetsförmedlingen tillsammans stödjer personer som behöver hjälp från båda myndigheterna för att komma tillbaka till arbete, till exempel med arbetsträning. Rapporterna skriver både förstärkt samarbete och förstärkt samverkan. En del deltagare går vidare från teamet till förstärkt samarbete.',
    related: ['forsakringskassan', 'arbetsformedlingen', 'arbetstraning'],
    sources: ['arsrapport-2024', 'nns-fantastiska-resultat'],
    externalSource: 'Försäkringskassan och Arbetsförmedlingen',
  },
  {
    id: 'forsakringskassan',
    term: 'Försäkringskassan',
    abbreviation: 'FK',
    definition:
      'Statlig myndighet som ansvarar för socialförsäkringen, till exempel sjukpenning, sjukersättning och aktivitetsersättning. FK är en av de fyra parterna i samordningsförbunden och remitterar deltagare till teamen. I Västmanland ingår FK:s samverkansansvarige i teamens styrgrupper.',
    related: ['aktivitetsersattning', 'sjukpenning', 'sjukersattning', 'parterna'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019', 'avesta-2021-2022'],
    externalSource: 'Socialförsäkringsbalken (2010:110)',
  },
  {
    id: 'forsorjningsstod',
    term: 'Försörjningsstöd',
    definition:
      'Ekonomiskt bistånd från kommunens socialtjänst till den som inte kan försörja sig på annat sätt. Många deltagare har försörjningsstöd när de kommer till teamen och remitteras då ofta av individ- och familjeomsorgen.',
    related: ['individ-och-familjeomsorgen', 'egen-forsorjning'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019', 'avesta-2021-2022'],
    externalSource: 'Socialtjänstlagen',
  },
  {
    id: 'genomstromningstid',
    term: 'Genomströmningstid',
    definition:
      'Den genomsnittliga tiden som deltagarna är inskrivna i teamet, från inskrivning till avslut. Rapporterna mäter den på lite olika sätt, så tider från olika team går inte att jämföra rakt av.',
    related: ['inskrivning', 'avslut-och-avslutsorsak'],
    sources: ['hs-teamets-delning', 'nns-fantastiska-resultat', 'hallstahammar-2019', 'avesta-2021-2022'],
  },
  {
    id: 'gruppintag',
    term: 'Gruppintag',
    definition:
      'Att nya deltagare börjar tillsammans i en introduktionsgrupp i stället för en och en. Samordningsteamet FNS kallar sin kurs för nya deltagare Välkomstart, och i Avesta skrivs nya deltagare in i uppstartsgrupper. Hallstahammar såg att deltagare som började i grupp kom igång snabbare.',
    related: ['valkomstart', 'inskrivning', 'coach'],
    sources: ['arsrapport-2024', 'avesta-2021-2022'],
  },
  {
    id: 'grona-mal',
    term: 'Gröna mål',
    definition:
      'Samordningsteamen i Västmanland kallar vissa avslutsorsaker för ”gröna”: arbete, studier, aktivt arbetssökande och fortsatt aktiv arbetslivsinriktad rehabilitering utan teamets samordnade stöd. De visar att deltagaren har tagit steg mot egen försörjning. Avslut till medicinsk rehabilitering räknas inte som grönt.',
    related: ['avslut-och-avslutsorsak', 'stegforflyttning', 'medicinsk-rehabilitering'],
    sources: ['arsrapport-2024'],
  },
  {
    id: 'gronkvist',
    term: 'Grönkvist',
    definition:
      'Ett coachande gruppprogram om privatekonomi, som ska minska ekonomisk stress och stödja en hälsosam livsstil. Teamen i Hallstahammar, Västerås och Sala har använt programmet. Rapporterna stavar namnet på flera sätt, till exempel Grön kvist.',
    related: ['losningsfokus'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'hallstahammar-2019'],
  },
  {
    id: 'gsrs',
    term: 'GSRS',
    expansion: 'Group Session Rating Scale',
    definition:
      'GSRS står för Group Session Rating Scale, en skattningsskala för gruppträffar. Deltagarna skattar efter en träff hur de upplevde den. Samordningsteamet i Hallstahammar använde GSRS 2019, tillsammans med gruppdiskussioner, för att följa upp sina grupper.',
    related: ['ors-och-srs', 'skalfraga'],
    sources: ['hallstahammar-2019'],
  },
  {
    id: 'habilitering',
    term: 'Habilitering',
    definition:
      'Regionens stöd till barn och vuxna med funktionsnedsättningar som har funnits sedan födseln eller tidigt i livet, till exempel autism eller intellektuell funktionsnedsättning. Några team har regelbunden kontakt med habiliteringen om deltagare som behöver det.',
    related: ['neuropsykiatrisk-funktionsnedsattning', 'lagen-om-stod-och-service-till-vissa-funktionshindrade'],
    sources: ['arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019'],
    externalSource: '1177 Vårdguiden',
  },
  {
    id: 'handledning',
    term: 'Handledning',
    definition:
      'Stöd till personalen där de tillsammans med en handledare reflekterar över sitt arbete och över svåra ärenden. Ordet används också om det stöd som en handledare på en arbetsplats ger en deltagare i arbetsträning.',
    related: ['arendedragning', 'kollegial-reflexiv-praktik', 'arbetstraning'],
    sources: ['nns-fantastiska-resultat', 'hallstahammar-2019', 'avesta-2021-2022'],
  },
  {
    id: 'handlingsplan',
    term: 'Handlingsplan',
    definition:
      'En skriftlig plan för vad som ska göras, av vem och när, för att deltagaren ska komma närmare sina mål. Både myndigheterna och teamen gör planer, och rapporterna talar också om individuell plan. En handlingsplan är inte samma sak som en samordnad individuell plan (SIP), som regleras i lag.',
    related: ['kartlaggning', 'samordnad-individuell-plan', 'uppstartsmote'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019'],
  },
  {
    id: 'hs-teamet',
    term: 'HS-teamet',
    definition:
      'Det tidigare gemensamma samordningsteamet för Hallstahammar och Surahammar. Det delades och ersattes av två lokala team, ett i varje kommun. En uppföljning från 2019 beskriver varför teamet delades och hur de nya teamen fungerade.',
    related: ['samordningsteam'],
    sources: ['hs-teamets-delning'],
  },
  {
    id: 'halsocenter',
    term: 'Hälsocenter',
    definition:
      'En verksamhet inom Region Västmanland som ger kurser och stöd för att må bättre och leva hälsosamt, till exempel kring mat och sömn. Flera team samarbetar med Hälsocenter, och en del deltagare får hjälp av teamet att ta kontakt.',
    related: ['region-vastmanland', 'primarvard-och-vardcentral'],
    sources: ['arsrapport-2024', 'hallstahammar-2019'],
  },
  {
    id: 'icf',
    term: 'ICF',
    expansion: 'Internationell klassifikation av funktionstillstånd, funktionshinder och hälsa',
    definition:
      'ICF är Världshälsoorganisationens klassifikation av funktionstillstånd, funktionshinder och hälsa. Den beskriver hur en person fungerar i vardagen, i aktiviteter och i delaktighet, och inte bara vilken diagnos hen har. En insats i NNS-rapporten från 2016 byggde sin enkät om deltagarnas förmåga på ICF.',
    related: ['arbetsformaga', 'neuropsykiatrisk-funktionsnedsattning'],
    sources: ['nns-fantastiska-resultat'],
    externalSource: 'Socialstyrelsen (svensk version av WHO:s ICF)',
  },
  {
    id: 'indikatorer-for-finansiell-samordning',
    term: 'Indikatorer för finansiell samordning',
    definition:
      'Ett nationellt verktyg för att följa upp hur samordnade insatser fungerar. Deltagarna svarar på en enkät, bland annat om stödet har varit till nytta, om de har fått vara med och bestämma och om de känner sig mer redo för arbete eller studier. Verktyget togs fram av Nationella nätverket för samordningsförbund (NNS).',
    related: ['nationella-natverket-for-samordningsforbund', 'finansiell-samordning'],
    sources: ['arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019', 'avesta-2021-2022'],
  },
  {
    id: 'individ-och-familjeomsorgen',
    term: 'Individ- och familjeomsorgen',
    abbreviation: 'IFO',
    definition:
      'Den del av kommunens socialtjänst som bland annat handlägger försörjningsstöd. IFO är en viktig remittent till teamen.',
    related: ['forsorjningsstod', 'remiss-och-remittent'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'hallstahammar-2019'],
  },
  {
    id: 'individanpassat-stod-till-arbete',
    term: 'Individanpassat stöd till arbete',
    abbreviation: 'IPS',
    definition:
      'IPS står för Individual Placement and Support, en modell för stöd till arbete som bygger på Supported Employment. Personen får stöd att skaffa och behålla ett vanligt arbete med lön direkt, utan lång bedömning och arbetsträning först. Rapporterna nämner inte IPS, men Socialstyrelsen rekommenderar modellen för personer med schizofreni eller liknande tillstånd.',
    related: ['supported-employment', 'sius'],
    sources: [],
    externalSource:
      'Socialstyrelsen, Nationella riktlinjer för vård och stöd vid schizofreni och schizofreniliknande tillstånd (2018)',
  },
  {
    id: 'individresultat',
    term: 'Individresultat',
    definition:
      'Resultat som gäller deltagarna själva, till exempel hur stor del som går till arbete, studier eller aktivt arbetssökande, hur lång tid det tar eller hur deltagarna beskriver förändringen. NNS-rapporten från 2016 skiljer individresultat från strukturresultat och samhällsekonomiska resultat.',
    related: ['strukturresultat', 'samhallsekonomisk-analys', 'avslut-och-avslutsorsak'],
    sources: ['nns-fantastiska-resultat'],
  },
  {
    id: 'inskrivning',
    term: 'Inskrivning',
    definition:
      'När en person formellt börjar som deltagare i teamet efter en remiss. Ofta gör personen först ett studiebesök, och sedan hålls ett uppstartsmöte med deltagaren, remittenten och teamet. Teamen i Västmanland har en gemensam process för inskrivning.',
    related: ['remiss-och-remittent', 'kartlaggning', 'deltagare'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019', 'avesta-2021-2022'],
  },
  {
    id: 'jobbcentrum',
    term: 'Jobbcentrum',
    definition:
      'Hallstahammars kommunala verksamhet för arbetsmarknadsinsatser, med egna arbetsplatser för arbetsträning och gruppaktiviteter. Samordningsteamet i Hallstahammar är integrerat med Jobbcentrum, så att deltagarna kan gå mellan aktiviteterna utan köer. I Surahammar finns en liknande verksamhet som heter Arbetscenter.',
    related: ['arbetsmarknadsenhet', 'arbetstraning', 'hs-teamet'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'hallstahammar-2019'],
  },
  {
    id: 'kartlaggning',
    term: 'Kartläggning',
    definition:
      'I början av tiden i teamet går deltagaren och personalen tillsammans igenom deltagarens situation, resurser, intressen och behov. Kartläggningen visar vilket stöd som behöver samordnas och vilken väg mot arbete eller studier som passar. Verktyg som livshjulet och Livskompassen kan användas.',
    related: ['livshjulet', 'livskompassen', 'inskrivning'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019', 'avesta-2021-2022'],
  },
  {
    id: 'kognitiv-beteendeterapi',
    term: 'Kognitiv beteendeterapi',
    abbreviation: 'KBT',
    definition:
      'En form av psykologisk behandling där man arbetar med sambanden mellan tankar, känslor och beteenden och tränar på nya sätt att hantera svårigheter. Deltagare kan få KBT i vården, till exempel i psykiatrin, medan de är inskrivna i teamet.',
    related: ['vuxenpsykiatri', 'medicinsk-rehabilitering'],
    sources: ['arsrapport-2024', 'nns-fantastiska-resultat'],
    externalSource: '1177 Vårdguiden',
  },
  {
    id: 'kollegial-reflexiv-praktik',
    term: 'Kollegial reflexiv praktik',
    definition:
      'En modell där kollegor, ibland från olika verksamheter, träffas i grupp och reflekterar tillsammans över svåra ärenden och dilemman. Syftet är att se situationer ur flera perspektiv och få en mer gemensam syn på deltagarna. Några team har använt modellen i arbetet med BIP.',
    related: ['bip'],
    sources: ['arsrapport-2024'],
  },
  {
    id: 'kommunala-aktivitetsansvaret',
    term: 'Kommunala aktivitetsansvaret',
    abbreviation: 'KAA',
    definition:
      'Kommunens ansvar att hålla kontakt med och erbjuda stöd till ungdomar som har gått ut grundskolan men som inte studerar på gymnasiet och inte har en gymnasieexamen. KAA kan remittera unga till samordningsteamen.',
    related: ['remiss-och-remittent'],
    sources: ['arsrapport-2024', 'avesta-2021-2022'],
    externalSource: 'Skollagen (2010:800), 29 kap. 9 §',
  },
  {
    id: 'kostnad-per-verkningsgrad',
    term: 'Kostnad per verkningsgrad',
    definition:
      'Ett nyckeltal från konsultföretaget Payoff som visar vad en insats har kostat för varje procentenhet verkningsgrad. Det säger något om hur effektiv insatsen är. Payoff ser det, tillsammans med återbetalningstiden, som det bästa måttet i en samhällsekonomisk utvärdering.',
    related: ['verkningsgrad', 'aterbetalningstid', 'samhallsekonomisk-analys'],
    sources: ['nns-fantastiska-resultat'],
  },
  {
    id: 'kurator',
    term: 'Kurator',
    definition:
      'En yrkesperson som ger stödsamtal och hjälp med sociala frågor. I teamen är kuratorn oftast anställd i regionens psykiatri och arbetar på deltid i teamet, där hen har samtal och ibland leder grupper.',
    related: ['region-vastmanland', 'vuxenpsykiatri', 'socialkonsulent'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019'],
  },
  {
    id: 'kansla-av-sammanhang',
    term: 'Känsla av sammanhang',
    abbreviation: 'KASAM',
    definition:
      'Hur begripligt, hanterbart och meningsfullt en person upplever sitt liv och sin omvärld. Ett av teamen i Västmanland använder ett frågeformulär om KASAM för att följa deltagarnas utveckling.',
    related: ['stegforflyttning', 'act'],
    sources: ['arsrapport-2024', 'nns-fantastiska-resultat'],
  },
  {
    id: 'lagen-om-stod-och-service-till-vissa-funktionshindrade',
    term: 'Lagen om stöd och service till vissa funktionshindrade',
    abbreviation: 'LSS',
    definition:
      'En lag som ger personer med vissa stora och varaktiga funktionsnedsättningar rätt till särskilt stöd, till exempel daglig verksamhet eller bostad med särskild service. Kommunen beslutar om de flesta av insatserna. Teamet i FNS ser en växande grupp deltagare som har eller ligger nära rätten till stöd enligt LSS.',
    related: ['daglig-verksamhet', 'habilitering', 'boendestod'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019', 'avesta-2021-2022'],
    externalSource: 'Lag (1993:387) om stöd och service till vissa funktionshindrade',
  },
  {
    id: 'lagen-om-valfrihetssystem',
    term: 'Lagen om valfrihetssystem',
    abbreviation: 'LOV',
    definition:
      'En lag som låter en kommun eller region släppa in flera utförare av en tjänst, så att invånarna själva kan välja vem som utför den. I NNS-rapporten från 2016 kunde ett arbetsintegrerande socialt företag ta över en kommunal verksamhet när Tyresö kommun började använda LOV för daglig sysselsättning.',
    related: ['arbetsintegrerande-socialt-foretag', 'daglig-verksamhet'],
    sources: ['nns-fantastiska-resultat'],
    externalSource: 'Lag (2008:962) om valfrihetssystem',
  },
  {
    id: 'livshjulet',
    term: 'Livshjulet',
    definition:
      'Ett arbetsmaterial i form av ett hjul där deltagaren går igenom olika delar av sitt liv. Samordningsteamet i Västerås använder livshjulet i kartläggningen för att hitta vilket stöd som behöver samordnas.',
    related: ['kartlaggning', 'livskompassen'],
    sources: ['arsrapport-2024'],
  },
  {
    id: 'livskompassen',
    term: 'Livskompassen',
    definition:
      'Ett samtalsverktyg som Samordningsteamet i Hallstahammar använder tidigt under inskrivningen. Deltagaren och personalen går tillsammans igenom livsområdena hem och fritid, relationer, hälsa samt arbete och utbildning, så att inget behov av samordnat stöd missas.',
    related: ['livshjulet', 'kartlaggning', 'socialkonsulent'],
    sources: ['hs-teamets-delning', 'hallstahammar-2019'],
  },
  {
    id: 'lonestod-och-lonebidrag',
    term: 'Lönestöd och lönebidrag',
    definition:
      'Ekonomiskt stöd från Arbetsförmedlingen till en arbetsgivare som anställer en person vars arbetsförmåga är nedsatt på grund av en funktionsnedsättning. Stödet ska väga upp den nedsatta arbetsförmågan. Rapporterna använder både ordet lönestöd och ordet lönebidrag om den här sortens stöd.',
    related: ['arbetsformedlingen', 'sius'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'nns-fantastiska-resultat', 'avesta-2021-2022'],
    externalSource:
      'Förordning (2017:462) om särskilda insatser för personer med funktionsnedsättning som medför nedsatt arbetsförmåga',
  },
  {
    id: 'lonsamhet',
    term: 'Lönsamhet',
    definition:
      'I Payoffs samhällsekonomiska analyser är lönsamheten skillnaden mellan vad en insats ger samhället och vad den kostar. Den räknas både på kort och på medellång sikt, och den längre siffran är en prognos.',
    related: ['aterbetalningstid', 'potential', 'samhallsekonomisk-analys'],
    sources: ['nns-fantastiska-resultat'],
  },
  {
    id: 'losningsfokus',
    term: 'Lösningsfokus',
    definition:
      'Ett förhållningssätt som kommer från lösningsfokuserad korttidsterapi. Samtalen handlar om vad deltagaren vill uppnå, vad som redan fungerar och vilka styrkor som finns, mer än om problemen och deras orsaker. Lösningsfokus, eller ett lösningsfokuserat förhållningssätt, är grunden i teamens arbete.',
    related: ['skalfraga', 'mirakelfragan', 'ors-och-srs'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019', 'avesta-2021-2022'],
  },
  {
    id: 'medicinsk-rehabilitering',
    term: 'Medicinsk rehabilitering',
    definition:
      'Vård och behandling, till exempel i primärvården eller psykiatrin, som behöver komma först när deltagarens vårdbehov är för stort för att fortsätta mot arbete. Då avslutas deltagaren från teamet till medicinsk rehabilitering, och det räknas inte som ett grönt mål. Under tiden i teamet har en del deltagare fått den kontakt med vården som de saknade.',
    related: ['avslut-och-avslutsorsak', 'grona-mal', 'sjukersattning'],
    sources: ['arsrapport-2024', 'hallstahammar-2019', 'avesta-2021-2022'],
  },
  {
    id: 'mikroutvardering',
    term: 'Mikroutvärdering',
    definition:
      'Några korta lösningsfokuserade frågor som man ställer efter ett samtal, ett möte eller en aktivitet, till exempel vad man är mest nöjd med och vad som var mest till nytta. Syftet är att reflektera och lära av det som fungerade. NNS-rapporten från 2016 byggde sina frågor till insatserna på mikroutvärdering.',
    related: ['losningsfokus', 'kollegial-reflexiv-praktik'],
    sources: ['nns-fantastiska-resultat'],
  },
  {
    id: 'mirakelfragan',
    term: 'Mirakelfrågan',
    definition:
      'En fråga från lösningsfokuserat arbete: deltagaren får föreställa sig att ett mirakel har hänt under natten och att problemet är borta. Sedan beskriver deltagaren i detalj vad som skulle vara annorlunda nästa dag. Svaren hjälper till att göra målen konkreta.',
    related: ['losningsfokus', 'skalfraga'],
    sources: [],
    externalSource: 'Clues: Investigating Solutions in Brief Therapy (W. W. Norton, 1988)',
  },
  {
    id: 'nationella-natverket-for-samordningsforbund',
    term: 'Nationella nätverket för samordningsförbund',
    abbreviation: 'NNS',
    definition:
      'En ideell förening som talar för samordningsförbunden och stöttar deras utveckling genom att arbeta som ett nätverk. NNS ger ut en rapportserie och har tagit fram indikatorerna för finansiell samordning.',
    related: ['indikatorer-for-finansiell-samordning', 'samordningsforbund'],
    sources: ['nns-fantastiska-resultat', 'hallstahammar-2019'],
  },
  {
    id: 'neuropsykiatrisk-funktionsnedsattning',
    term: 'Neuropsykiatrisk funktionsnedsättning',
    abbreviation: 'NPF',
    definition:
      'Ett samlingsnamn för funktionsnedsättningar som påverkar till exempel uppmärksamhet, aktivitetsnivå och socialt samspel, bland annat ADHD och autism. Flera team möter deltagare med NPF, och NNS-rapporten från 2016 beskriver en insats för unga vuxna med NPF.',
    related: ['habilitering', 'icf'],
    sources: ['arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019'],
    externalSource: '1177 Vårdguiden',
  },
  {
    id: 'norra-vastmanlands-samordningsforbund',
    term: 'Norra Västmanlands Samordningsförbund',
    abbreviation: 'NVS',
    definition:
      'Samordningsförbundet bakom HS-teamet och samordningsteamen i Hallstahammar, Surahammar och Sala enligt rapporterna från 2016 och 2019. Årsrapporten för 2024 kommer i stället från Samordningsförbundet Västmanland.',
    related: ['samordningsforbund', 'samordningsforbundet-vastmanland', 'hs-teamet'],
    sources: ['hs-teamets-delning', 'nns-fantastiska-resultat', 'hallstahammar-2019'],
  },
  {
    id: 'offentlig-forsorjning',
    term: 'Offentlig försörjning',
    definition:
      'Att leva på ersättning från det allmänna, till exempel försörjningsstöd, sjukpenning, aktivitetsersättning eller aktivitetsstöd, i stället för på lön från ett arbete. Teamen följer upp hur deltagarnas försörjning har ändrats från före till efter tiden i teamet. Deltagare utan offentlig försörjning är ofta unga som försörjs av sina anhöriga.',
    related: ['egen-forsorjning', 'forsorjningsstod', 'aktivitetsstod'],
    sources: ['arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019', 'avesta-2021-2022'],
  },
  {
    id: 'ors-och-srs',
    term: 'ORS och SRS',
    definition:
      'Två korta skattningsskalor. Med ORS (Outcome Rating Scale) skattar deltagaren hur hen mår, till exempel självkänsla och samhörighet med andra, och med SRS (Session Rating Scale) hur hen upplevde samtalet. Samordningsteamet i Hallstahammar använde dem 2019 för att följa och prata om deltagarnas utveckling.',
    related: ['skalfraga', 'losningsfokus', 'stegforflyttning'],
    sources: ['hallstahammar-2019'],
  },
  {
    id: 'parallella-insatser',
    term: 'Parallella insatser',
    definition:
      'Att deltagaren får flera sorters stöd samtidigt, till exempel arbetsträning medan hen får hjälp med hälsa eller ekonomi, i stället för ett steg i taget. BIP-studierna pekar på att det ökar chansen att komma närmare arbete. Rapporterna talar också om parallella processer.',
    related: ['bip', 'samordnade-insatser', 'arbetstraning'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'hallstahammar-2019'],
  },
  {
    id: 'parterna',
    term: 'Parterna',
    definition:
      'De organisationer som tillsammans står bakom ett samordningsförbund och dess insatser: Försäkringskassan, Arbetsförmedlingen, regionen och en eller flera kommuner. I rapporterna kallas de också ägare, ägarparter eller huvudmän.',
    related: ['samordningsforbund', 'styrgrupp', 'finansiell-samordning'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019', 'avesta-2021-2022'],
  },
  {
    id: 'personligt-ombud',
    term: 'Personligt ombud',
    definition:
      'Ett stöd som kommunen ordnar för personer med psykisk funktionsnedsättning. Ombudet arbetar på personens uppdrag och hjälper hen att få kontakt med myndigheter och vården och att få det stöd hen har rätt till.',
    related: ['socialpsykiatri', 'boendestod', 'samordnade-insatser'],
    sources: ['arsrapport-2024', 'hallstahammar-2019'],
    externalSource: 'Socialstyrelsen',
  },
  {
    id: 'potential',
    term: 'Potential',
    definition:
      'Ett nyckeltal från konsultföretaget Payoff: vad det kostar samhället under ett år när en person inte arbetar och dessutom behöver vård, omsorg och handläggning. Potentialen visar hur mycket samhället kan vinna om personen kommer i arbete.',
    related: ['verkningsgrad', 'samhallsekonomisk-analys', 'utanforskap'],
    sources: ['nns-fantastiska-resultat'],
  },
  {
    id: 'praktik',
    term: 'Praktik',
    definition:
      'En period på en arbetsplats där deltagaren får pröva ett yrke, lära sig arbetsuppgifter och visa vad hen kan. Rapporterna använder praktik, arbetsträning och arbetsprövning om närliggande saker, och ibland om samma sak.',
    related: ['arbetstraning', 'arbetsprovning'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019'],
  },
  {
    id: 'primarvard-och-vardcentral',
    term: 'Primärvård och vårdcentral',
    definition:
      'Primärvården är den del av hälso- och sjukvården som man oftast vänder sig till först, till exempel på en vårdcentral. Många deltagare behöver vård, och teamen hjälper ibland till att boka och förbereda besök eller följer med.',
    related: ['medicinsk-rehabilitering', 'rehabkoordinator', 'samordnade-insatser'],
    sources: ['arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019'],
    externalSource: 'Hälso- och sjukvårdslagen (2017:30)',
  },
  {
    id: 'provotid',
    term: 'Prövotid',
    definition:
      'En första period då deltagaren och teamet prövar om verksamheten passar. I Samverkansteam Avesta har nya deltagare en prövotid, då de ska delta aktivt och regelbundet.',
    related: ['inskrivning', 'gruppintag', 'avhopp'],
    sources: ['avesta-2021-2022'],
  },
  {
    id: 'region-vastmanland',
    term: 'Region Västmanland',
    definition:
      'Regionen som ansvarar för hälso- och sjukvården i Västmanlands län och en av parterna i samordningsförbundet i länet. Regionen bidrar med kurator eller psykiatrisjuksköterska från psykiatrin i flera av teamen. I NNS-rapporten från 2016 heter den Landstinget Västmanland.',
    related: ['parterna'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019'],
  },
  {
    id: 'rehabkoordinator',
    term: 'Rehabkoordinator',
    definition:
      'En person i hälso- och sjukvården som samordnar rehabiliteringen för patienter som är sjukskrivna eller riskerar att bli det, och som håller kontakt med till exempel arbetsgivare och Försäkringskassan. Flera team vill samarbeta mer med regionens rehabkoordinatorer.',
    related: ['primarvard-och-vardcentral', 'sjukpenning', 'region-vastmanland'],
    sources: ['arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019'],
    externalSource: 'Lag (2019:1297) om koordineringsinsatser för sjukskrivna patienter',
  },
  {
    id: 'remiss-och-remittent',
    term: 'Remiss och remittent',
    definition:
      'En remiss är en begäran om att en person ska få börja i teamet. Remittenten är den handläggare eller myndighet som skickar remissen, till exempel Försäkringskassan, Arbetsförmedlingen, socialtjänsten eller regionen. Vissa rapporter säger i stället anvisning och anvisande myndighet.',
    related: ['inskrivning', 'individ-och-familjeomsorgen'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019', 'avesta-2021-2022'],
  },
  {
    id: 'resursskvaller',
    term: 'Resursskvaller',
    definition:
      'Ett lösningsfokuserat sätt att prata om en person som inte är med: man berättar för varandra om det personen klarar och är bra på, i stället för om problemen. I Hallstahammar har personalen använt resursskvaller både på interna möten och i samarbetet med andra, bland annat när de själva känner sig frustrerade.',
    related: ['losningsfokus', 'kollegial-reflexiv-praktik'],
    sources: ['hs-teamets-delning', 'hallstahammar-2019'],
  },
  {
    id: 'samhall',
    term: 'Samhall',
    definition:
      'Ett statligt ägt företag som ger arbete till personer med funktionsnedsättning som medför nedsatt arbetsförmåga. Arbetsförmedlingen beslutar vem som kan få en anställning där. Ett arbete på Samhall kan vara ett steg mot egen försörjning för deltagare i teamen.',
    related: ['arbetsformedlingen', 'lonestod-och-lonebidrag', 'egen-forsorjning'],
    sources: ['arsrapport-2024'],
    externalSource: 'Samhall AB',
  },
  {
    id: 'samhallsekonomisk-analys',
    term: 'Samhällsekonomisk analys',
    definition:
      'En beräkning av vad det kostar samhället när en person står utanför arbetslivet och vad samhället vinner när personen kommer i arbete, fördelat på kommun, region, Arbetsförmedlingen, Försäkringskassan och personen själv. I NNS-rapporten från 2016 gör konsultföretaget Payoff sådana analyser med nyckeltal som verkningsgrad och återbetalningstid.',
    related: [
      'nationella-natverket-for-samordningsforbund',
      'egen-forsorjning',
      'potential',
      'verkningsgrad',
      'aterbetalningstid',
    ],
    sources: ['nns-fantastiska-resultat'],
  },
  {
    id: 'samlokalisering',
    term: 'Samlokalisering',
    definition:
      'Att personal från olika myndigheter och verksamheter arbetar i samma lokaler. Det ger korta kontaktvägar och gör det lättare att få ett gemensamt förhållningssätt. Många insatser i NNS-rapporten från 2016 nämner samlokalisering som ett av sina resultat.',
    related: ['strukturresultat', 'samordningsteam'],
    sources: ['hs-teamets-delning', 'nns-fantastiska-resultat'],
  },
  {
    id: 'samordnad-individuell-plan',
    term: 'Samordnad individuell plan',
    abbreviation: 'SIP',
    definition:
      'En plan som kommunen och regionen gör tillsammans med en person som behöver insatser från både socialtjänsten och hälso- och sjukvården. Planen visar vem som ansvarar för vad, och personen måste samtycka till den. Samordningsteamen kan delta i SIP-möten.',
    related: ['region-vastmanland', 'individ-och-familjeomsorgen'],
    sources: ['arsrapport-2024', 'hallstahammar-2019'],
    externalSource: 'Hälso- och sjukvårdslagen (2017:30), 16 kap. 4 §, och socialtjänstlagen',
  },
  {
    id: 'samordnade-insatser',
    term: 'Samordnade insatser',
    definition:
      'Stöd där teamet hjälper deltagaren att få kontakt med vården, myndigheter och andra aktörer och ser till att insatserna hänger ihop. Personalen kan boka tider, förbereda besök tillsammans med deltagaren och följa med. Samordnade insatser är kärnan i samordningsteamens uppdrag.',
    related: ['samordningsteam', 'parallella-insatser', 'flerpartsmote'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019', 'avesta-2021-2022'],
  },
  {
    id: 'samordningsforbund',
    term: 'Samordningsförbund',
    definition:
      'En egen organisation som Försäkringskassan, Arbetsförmedlingen, regionen och en eller flera kommuner bildar för finansiell samordning. Förbundet leds av en styrelse med ledamöter från parterna och finansierar samverkansinsatser, till exempel samordningsteamen. I rapporterna finns Samordningsförbundet Västmanland, Norra Västmanlands Samordningsförbund och Södra Dalarnas Samordningsförbund.',
    related: ['finansiell-samordning', 'parterna', 'samordningsteam'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019', 'avesta-2021-2022'],
    externalSource: 'Lag (2003:1210) om finansiell samordning av rehabiliteringsinsatser',
  },
  {
    id: 'samordningsforbundet-vastmanland',
    term: 'Samordningsförbundet Västmanland',
    definition:
      'Det samordningsförbund vars parter driver de fem samordningsteamen i Västmanland enligt årsrapporten för 2024: FNS, Sala, Hallstahammar, Surahammar och Västerås. Parterna är kommuner i länet, Region Västmanland, Försäkringskassan och Arbetsförmedlingen.',
    related: ['samordningsforbund', 'norra-vastmanlands-samordningsforbund', 'parterna'],
    sources: ['arsrapport-2024'],
  },
  {
    id: 'samordningsteam',
    term: 'Samordningsteam',
    definition:
      'Ett team med personal från flera myndigheter som ger samlat och individanpassat rehabiliteringsstöd till personer som står långt från arbete och behöver stöd från flera håll. Teamen finansieras av ett samordningsförbund och styrs av en lokal styrgrupp. I Västmanland finns samordningsteam för Fagersta–Norberg–Skinnskatteberg (FNS), Sala, Hallstahammar, Surahammar och Västerås.',
    related: ['samordningsforbund', 'styrgrupp', 'samverkansteam', 'hs-teamet'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019'],
  },
  {
    id: 'samsjuklighet',
    term: 'Samsjuklighet',
    definition:
      'Att en person har flera sjukdomar eller problem samtidigt, till exempel psykisk ohälsa och ett beroende, eller både fysiska och psykiska besvär. Många deltagare har samsjuklighet och behöver därför stöd från flera håll samtidigt.',
    related: ['samordnade-insatser', 'vuxenpsykiatri', 'socialpsykiatri'],
    sources: ['arsrapport-2024', 'hallstahammar-2019'],
  },
  {
    id: 'samverkansteam',
    term: 'Samverkansteam',
    definition:
      'Ett annat namn på ett team som liknar ett samordningsteam. Samverkansteam Avesta i Dalarna drivs gemensamt av Arbetsförmedlingen, Försäkringskassan, Region Dalarna och Avesta kommun och finansieras av Södra Dalarnas Samordningsförbund.',
    related: ['samordningsteam'],
    sources: ['arsrapport-2024', 'nns-fantastiska-resultat', 'avesta-2021-2022'],
  },
  {
    id: 'sekretess-och-samtycke',
    term: 'Sekretess och samtycke',
    definition:
      'Myndigheter får oftast inte lämna uppgifter om en person till varandra, eftersom uppgifterna skyddas av sekretess. Om personen samtycker kan uppgifterna ändå delas, och det gör samverkan runt deltagaren lättare. NNS-rapporten från 2016 beskriver sekretess som ett vanligt hinder som kan lösas med samtycke.',
    related: ['samordnade-insatser', 'flerpartsmote'],
    sources: ['nns-fantastiska-resultat'],
    externalSource: 'Offentlighets- och sekretesslagen (2009:400)',
  },
  {
    id: 'sius',
    term: 'SIUS',
    expansion: 'Särskilt introduktions- och uppföljningsstöd',
    definition:
      'Ett stöd från Arbetsförmedlingen där en särskild konsulent hjälper en arbetssökande, som har nedsatt arbetsförmåga på grund av en funktionsnedsättning, inför och under en anställning. NNS-rapporten skriver ut förkortningen som särskilt introduktions- och uppföljningsstöd; i förordningen heter det särskild stödperson för introduktion och uppföljning.',
    related: ['arbetsformedlingen', 'supported-employment', 'lonestod-och-lonebidrag'],
    sources: ['hs-teamets-delning', 'nns-fantastiska-resultat', 'hallstahammar-2019', 'avesta-2021-2022'],
    externalSource:
      'Förordning (2017:462) om särskilda insatser för personer med funktionsnedsättning som medför nedsatt arbetsförmåga',
  },
  {
    id: 'sjukersattning',
    term: 'Sjukersättning',
    definition:
      'Ersättning från Försäkringskassan till den som troligen aldrig kommer att kunna arbeta heltid på grund av sjukdom, skada eller funktionsnedsättning. En del deltagare som avslutas till medicinsk rehabilitering ansöker om sjukersättning.',
    related: ['aktivitetsersattning', 'sjukpenning', 'medicinsk-rehabilitering'],
    sources: ['arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019', 'avesta-2021-2022'],
    externalSource: 'Socialförsäkringsbalken (2010:110)',
  },
  {
    id: 'sjukpenning',
    term: 'Sjukpenning',
    definition:
      'Ersättning från Försäkringskassan när man inte kan arbeta på grund av sjukdom. Försäkringskassan kan remittera personer med sjukpenning till teamen.',
    related: ['forsakringskassan', 'sjukersattning'],
    sources: ['arsrapport-2024', 'hallstahammar-2019', 'avesta-2021-2022'],
    externalSource: 'Socialförsäkringsbalken (2010:110)',
  },
  {
    id: 'skalfraga',
    term: 'Skalfråga',
    definition:
      'En fråga där deltagaren placerar sig på en skala, oftast från noll till tio, till exempel där noll är så långt från målet som möjligt och tio är att målet är nått. Följdfrågorna handlar om vad som redan finns och vad som skulle behöva hända för att komma ett steg högre. Skalfrågor är ett vanligt verktyg i lösningsfokuserat arbete.',
    related: ['losningsfokus', 'mirakelfragan', 'stegforflyttning'],
    sources: ['arsrapport-2024', 'hallstahammar-2019'],
  },
  {
    id: 'socialkonsulent',
    term: 'Socialkonsulent',
    definition:
      'Kommunalt anställd medarbetare i teamet som samordnar det sociala stödet och vårdkontakterna runt deltagaren. Socialkonsulenten har samtal med deltagaren och kan följa med på möten, till exempel i vården. I flera team är verksamhetsledaren också socialkonsulent.',
    related: ['arbetskonsulent', 'verksamhetsledare', 'livskompassen'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019'],
  },
  {
    id: 'socialpsykiatri',
    term: 'Socialpsykiatri',
    definition:
      'Kommunens stöd till personer med psykisk funktionsnedsättning, till exempel boendestöd, sysselsättning och träffpunkter. Teamet i FNS ser ett stort behov av mer socialpsykiatri för de deltagare som är sjukast.',
    related: ['boendestod', 'personligt-ombud', 'samsjuklighet'],
    sources: ['arsrapport-2024', 'hallstahammar-2019'],
    externalSource: 'Socialtjänstlagen (2025:400)',
  },
  {
    id: 'stegforflyttning',
    term: 'Stegförflyttning',
    definition:
      'Ett steg som deltagaren tar närmare arbete, studier eller egen försörjning, även om målet inte är nått än. Teamen mäter stegförflyttning på flera sätt, till exempel med avslutsorsaker, skalfrågor och deltagarens egen bedömning.',
    related: ['grona-mal', 'skalfraga', 'bip'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019'],
  },
  {
    id: 'strukturresultat',
    term: 'Strukturresultat',
    definition:
      'Resultat som gäller hur myndigheterna och verksamheterna arbetar, till exempel nya gemensamma arbetssätt, samlokalisering eller ett annat bemötande. NNS-rapporten från 2016 skiljer strukturresultat från individresultat och samhällsekonomiska resultat.',
    related: ['individresultat', 'samlokalisering', 'samhallsekonomisk-analys'],
    sources: ['nns-fantastiska-resultat'],
  },
  {
    id: 'studie-och-yrkesvagledare',
    term: 'Studie- och yrkesvägledare',
    abbreviation: 'SYV',
    definition:
      'En person som hjälper till med val av utbildning och yrke, till exempel i skolan eller i vuxenutbildningen. Team med unga deltagare samarbetar med studie- och yrkesvägledare, och i Avesta har möten med gymnasieskolans SYV lett till nya studiebesök.',
    related: ['kommunala-aktivitetsansvaret', 'studiebesok'],
    sources: ['arsrapport-2024', 'nns-fantastiska-resultat', 'avesta-2021-2022'],
  },
  {
    id: 'studiebesok',
    term: 'Studiebesök',
    definition:
      'Ett besök i teamet innan en person skrivs in, där hen får veta hur teamet arbetar och kan fundera på om det passar. I Avesta är studiebesöket obligatoriskt och görs tillsammans med den remitterande handläggaren. Ordet används också om besök på en tänkt arbetsträningsplats.',
    related: ['inskrivning', 'uppstartsmote', 'remiss-och-remittent'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019', 'avesta-2021-2022'],
  },
  {
    id: 'studiemedel',
    term: 'Studiemedel',
    definition:
      'Pengar från Centrala studiestödsnämnden (CSN) till den som studerar, som bidrag och lån. En del deltagare går från försörjningsstöd eller annan ersättning till studier med studiemedel.',
    related: ['offentlig-forsorjning', 'grona-mal'],
    sources: ['arsrapport-2024', 'avesta-2021-2022'],
    externalSource: 'Studiestödslagen (1999:1395)',
  },
  {
    id: 'styrgrupp',
    term: 'Styrgrupp',
    definition:
      'Den grupp som leder ett team. I Västmanland sitter lokala chefer från parterna i styrgruppen, och Försäkringskassan är med genom sin samverkansansvarige. Gruppen bestämmer teamets lokala mål och leder arbetet, inom de ramar som samordningsförbundets styrelse har gett.',
    related: ['parterna', 'samordningsforbund', 'verksamhetsledare'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019', 'avesta-2021-2022'],
  },
  {
    id: 'supported-employment',
    term: 'Supported Employment',
    abbreviation: 'SE',
    definition:
      'En arbetsmodell som hjälper personer med funktionsnedsättning eller andra hinder att hitta och behålla ett arbete på den öppna arbetsmarknaden. Man pratar om arbete tidigt, letar tillsammans efter en passande arbetsplats och ger stöd så länge det behövs. Flera team i Västmanland har utbildat personal i modellen.',
    related: ['sius', 'arbetstraning', 'bip', 'individanpassat-stod-till-arbete'],
    sources: ['arsrapport-2024', 'nns-fantastiska-resultat'],
  },
  {
    id: 'sus',
    term: 'SUS',
    expansion: 'Sektorsövergripande system för uppföljning av samverkan',
    definition:
      'Ett nationellt system för att följa upp samverkan och finansiell samordning inom rehabilitering. Där registrerades bland annat hur länge deltagarna var i insatsen och varför de avslutades. SUS kunde användas fram till 2022. Det nya systemet Uppföljning Finsam saknar de personuppgifter som behövs, så teamen i Västmanland tog själva fram statistiken för 2024.',
    related: ['finansiell-samordning', 'avslut-och-avslutsorsak'],
    sources: ['arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019'],
  },
  {
    id: 'svenska-for-invandrare',
    term: 'Svenska för invandrare',
    abbreviation: 'SFI',
    definition:
      'Kommunens utbildning i svenska för vuxna som har ett annat modersmål. Samordningsteamet i Hallstahammar har samarbetat med SFI för att nå nya grupper, bland annat genom en planerad hälsoskola.',
    related: ['etableringen', 'halsocenter'],
    sources: ['hs-teamets-delning', 'hallstahammar-2019'],
    externalSource: 'Skollagen (2010:800)',
  },
  {
    id: 'uppfoljning-finsam',
    term: 'Uppföljning Finsam',
    definition:
      'Det nationella systemet för uppföljning av insatser inom finansiell samordning som ersatte SUS från 2023. Systemet saknar de personuppgifter som behövs för att följa målgrupp och resultat, så teamen i Västmanland tog själva fram statistiken för 2024.',
    related: ['sus', 'finansiell-samordning', 'indikatorer-for-finansiell-samordning'],
    sources: ['arsrapport-2024'],
  },
  {
    id: 'uppstartsmote',
    term: 'Uppstartsmöte',
    definition:
      'Ett möte i början av tiden i teamet där deltagaren, remittenten och en konsulent i teamet planerar det fortsatta arbetet. I Hallstahammar hålls uppstartsmötet efter studiebesöket, när deltagaren och handläggaren har kommit fram till att teamet passar.',
    related: ['studiebesok', 'inskrivning', 'remiss-och-remittent'],
    sources: ['hallstahammar-2019'],
  },
  {
    id: 'utanforskap',
    term: 'Utanförskap',
    definition:
      'Att stå utanför arbetslivet och ofta också utanför andra delar av samhället, till exempel efter lång tid med försörjningsstöd eller andra ersättningar. Rapporterna använder ordet både om personens situation och om vad den kostar samhället.',
    related: ['offentlig-forsorjning', 'egen-forsorjning', 'potential'],
    sources: ['arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019'],
  },
  {
    id: 'verkningsgrad',
    term: 'Verkningsgrad',
    definition:
      'Ett nyckeltal från konsultföretaget Payoff som visar hur stor del av en deltagares kostnad för samhället som försvinner under det första året efter insatsen, jämfört med året före. Payoff beskriver det som ett mått på hur produktiv en insats är.',
    related: ['kostnad-per-verkningsgrad', 'potential', 'samhallsekonomisk-analys'],
    sources: ['nns-fantastiska-resultat'],
  },
  {
    id: 'verksamhetsledare',
    term: 'Verksamhetsledare',
    definition:
      'Den som leder teamets dagliga arbete, ofta samtidigt som hen arbetar med deltagare som social- eller arbetskonsulent. Verksamhetsledaren ansvarar för uppföljning och rapporter och deltar i styrgruppens möten. I Avesta heter rollen verksamhetssamordnare.',
    related: ['styrgrupp', 'socialkonsulent', 'arbetskonsulent'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019', 'avesta-2021-2022'],
  },
  {
    id: 'vilande-aktivitetsersattning',
    term: 'Vilande aktivitetsersättning',
    definition:
      'En möjlighet för den som har aktivitetsersättning att pröva att arbeta eller studera utan att förlora rätten till ersättningen. I insatsen UFFE, som NNS-rapporten från 2016 beskriver, informerade personalen om möjligheten för att minska oron hos deltagare och anhöriga.',
    related: ['aktivitetsersattning', 'forsakringskassan', 'daglig-verksamhet'],
    sources: ['nns-fantastiska-resultat'],
    externalSource: 'Socialförsäkringsbalken (2010:110)',
  },
  {
    id: 'vuxenpsykiatri',
    term: 'Vuxenpsykiatri',
    definition:
      'Regionens specialistvård för vuxna med psykisk sjukdom eller svår psykisk ohälsa. Många deltagare har kontakt med vuxenpsykiatrin, och kuratorer och annan personal därifrån finns med i flera team.',
    related: ['kurator', 'barn-och-ungdomspsykiatri', 'medicinsk-rehabilitering'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'nns-fantastiska-resultat', 'avesta-2021-2022'],
  },
  {
    id: 'vald-i-nara-relation',
    term: 'Våld i nära relation',
    abbreviation: 'VIR',
    definition:
      'Våld, hot eller kränkningar från en partner, en familjemedlem eller någon annan närstående. Flera team frågar deltagarna systematiskt om våld och kopplar på stöd om deltagaren vill det. I årsrapporten för 2024 står VIR också för kommunens stöd till den som har utsatts.',
    related: ['livskompassen', 'samordnade-insatser'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'hallstahammar-2019'],
    externalSource: 'Socialstyrelsens föreskrifter och allmänna råd om våld i nära relationer (HSLF-FS 2022:39)',
  },
  {
    id: 'valkomstart',
    term: 'Välkomstart',
    definition:
      'En kurs för nya deltagare i Samordningsteamet FNS, som började hösten 2024. Deltagarna träffas i grupp under några veckor och arbetar med lösningsfokuserade och självstärkande ämnen. Efter kursen gör varje deltagare en individuell plan tillsammans med personalen.',
    related: ['gruppintag', 'fns-teamet', 'losningsfokus'],
    sources: ['arsrapport-2024'],
  },
  {
    id: 'vardeflodeskartlaggning',
    term: 'Värdeflödeskartläggning',
    definition:
      'En metod för att rita upp alla steg som en persons ärende går igenom hos olika myndigheter, så att man ser var det stannar upp och vad som verkligen hjälper personen. I Falun gjorde personal från flera myndigheter en sådan kartläggning tillsammans, med stöd av samordningsförbundet.',
    related: ['strukturresultat', 'samordnade-insatser'],
    sources: ['nns-fantastiska-resultat'],
  },
  {
    id: 'aterbetalningstid',
    term: 'Återbetalningstid',
    definition:
      'Ett nyckeltal från konsultföretaget Payoff: hur lång tid det tar innan det som samhället vinner på en insats är lika stort som vad insatsen kostade. Allt som kommer in efter den punkten är en vinst för samhället.',
    related: ['lonsamhet', 'kostnad-per-verkningsgrad', 'samhallsekonomisk-analys'],
    sources: ['nns-fantastiska-resultat'],
  },
  {
    id: 'arendedragning',
    term: 'Ärendedragning',
    definition:
      'När en medarbetare beskriver en deltagares situation för kollegorna för att få råd och tillsammans hitta nästa steg. I Hallstahammar har teamet och Jobbcentrum haft gemensamma ärendedragningar och handledning.',
    related: ['handledning', 'kollegial-reflexiv-praktik', 'jobbcentrum'],
    sources: ['arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019'],
  },
  {
    id: 'overlamnandedokument',
    term: 'Överlämnandedokument',
    definition:
      'En sammanfattning som teamet skriver när en deltagare avslutas. Den ger både deltagaren och personalen en överblick över vad som har hänt under tiden i teamet. Rutinen fanns i HS-teamet och behölls i Hallstahammar.',
    related: ['avslut-och-avslutsorsak', 'hs-teamet'],
    sources: ['hs-teamets-delning', 'hallstahammar-2019'],
  },
];
