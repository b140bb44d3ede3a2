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
    id: 'arbetsformedlingen',
    term: 'Arbetsförmedlingen',
    abbreviation: 'Af',
    definition:
      'Statlig myndighet för arbetsmarknaden och en av de fyra parterna i samordningsförbunden. Af har ofta en arbetsförmedlare på deltid i teamen, remitterar deltagare och beslutar om stöd som SIUS och lönestöd.',
    related: ['parterna', 'sius', 'lonestod-och-lonebidrag'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019', 'avesta-2021-2022'],
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
    id: 'avslut-och-avslutsorsak',
    term: 'Avslut och avslutsorsak',
    definition:
      'Avslut är när deltagarens tid i teamet tar slut. Avslutsorsaken visar vart deltagaren går vidare, till exempel till arbete, studier, aktivt arbetssökande, fortsatt rehabilitering eller medicinsk rehabilitering, eller om hen flyttar eller hoppar av. Teamen följer upp sina resultat med hjälp av avslutsorsakerna.',
    related: ['grona-mal', 'medicinsk-rehabilitering', 'inskrivning'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'hallstahammar-2019', 'avesta-2021-2022'],
  },
  {
    id: 'bip',
    term: 'BIP',
    definition:
      'BIP står för Beskæftigelses Indikator Projektet, en samling studier om vad som hjälper människor närmare arbete. Studierna lyfter fram bland annat parallella insatser, att ha kvar samma handläggare och att tro på personens förmåga. Flera av teamen i Västmanland arbetar med BIP:s förhållningssätt och frågor, och ett spindeldiagram från BIP används för att mäta deltagarnas utveckling.',
    related: ['kollegial-reflexiv-praktik', 'stegforflyttning', 'kartlaggning'],
    sources: ['arsrapport-2024'],
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
    id: 'grona-mal',
    term: 'Gröna mål',
    definition:
      'Samordningsteamen i Västmanland kallar vissa avslutsorsaker för ”gröna”: arbete, studier, aktivt arbetssökande och fortsatt aktiv arbetslivsinriktad rehabilitering utan teamets samordnade stöd. De visar att deltagaren har tagit steg mot egen försörjning. Avslut till medicinsk rehabilitering räknas inte som grönt.',
    related: ['avslut-och-avslutsorsak', 'stegforflyttning', 'medicinsk-rehabilitering'],
    sources: ['arsrapport-2024'],
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
    id: 'inskrivning',
    term: 'Inskrivning',
    definition:
      'När en person formellt börjar som deltagare i teamet efter en remiss. Ofta gör personen först ett studiebesök, och sedan hålls ett uppstartsmöte med deltagaren, remittenten och teamet. Teamen i Västmanland har en gemensam process för inskrivning.',
    related: ['remiss-och-remittent', 'kartlaggning', 'deltagare'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019', 'avesta-2021-2022'],
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
    id: 'kansla-av-sammanhang',
    term: 'Känsla av sammanhang',
    abbreviation: 'KASAM',
    definition:
      'Hur begripligt, hanterbart och meningsfullt en person upplever sitt liv och sin omvärld. Ett av teamen i Västmanland använder ett frågeformulär om KASAM för att följa deltagarnas utveckling.',
    related: ['stegforflyttning', 'act'],
    sources: ['arsrapport-2024', 'nns-fantastiska-resultat'],
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
    id: 'ors-och-srs',
    term: 'ORS och SRS',
    definition:
      'Två korta skattningsskalor. Med ORS (Outcome Rating Scale) skattar deltagaren hur hen mår, till exempel självkänsla och samhörighet med andra, och med SRS (Session Rating Scale) hur hen upplevde samtalet. Samordningsteamet i Hallstahammar använde dem 2019 för att följa och prata om deltagarnas utveckling.',
    related: ['skalfraga', 'losningsfokus', 'stegforflyttning'],
    sources: ['hallstahammar-2019'],
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
    id: 'region-vastmanland',
    term: 'Region Västmanland',
    definition:
      'Regionen som ansvarar för hälso- och sjukvården i Västmanlands län och en av parterna i samordningsförbundet i länet. Regionen bidrar med kurator eller psykiatrisjuksköterska från psykiatrin i flera av teamen. I NNS-rapporten från 2016 heter den Landstinget Västmanland.',
    related: ['parterna'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019'],
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
    id: 'samhallsekonomisk-analys',
    term: 'Samhällsekonomisk analys',
    definition:
      'En beräkning av vad det kostar samhället när en person står utanför arbetslivet och vad samhället vinner när personen kommer i arbete, fördelat på kommun, region, Arbetsförmedlingen, Försäkringskassan och personen själv. I NNS-rapporten från 2016 gör konsultföretaget Payoff sådana analyser med nyckeltal som verkningsgrad och återbetalningstid.',
    related: ['nationella-natverket-for-samordningsforbund', 'egen-forsorjning'],
    sources: ['nns-fantastiska-resultat'],
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
    id: 'samordningsforbund',
    term: 'Samordningsförbund',
    definition:
      'En egen organisation som Försäkringskassan, Arbetsförmedlingen, regionen och en eller flera kommuner bildar för finansiell samordning. Förbundet leds av en styrelse med ledamöter från parterna och finansierar samverkansinsatser, till exempel samordningsteamen. I rapporterna finns Samordningsförbundet Västmanland, Norra Västmanlands Samordningsförbund och Södra Dalarnas Samordningsförbund.',
    related: ['finansiell-samordning', 'parterna', 'samordningsteam'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019', 'avesta-2021-2022'],
    externalSource: 'Lag (2003:1210) om finansiell samordning av rehabiliteringsinsatser',
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
    id: 'samverkansteam',
    term: 'Samverkansteam',
    definition:
      'Ett annat namn på ett team som liknar ett samordningsteam. Samverkansteam Avesta i Dalarna drivs gemensamt av Arbetsförmedlingen, Försäkringskassan, Region Dalarna och Avesta kommun och finansieras av Södra Dalarnas Samordningsförbund.',
    related: ['samordningsteam'],
    sources: ['arsrapport-2024', 'nns-fantastiska-resultat', 'avesta-2021-2022'],
  },
  {
    id: 'sius',
    term: 'SIUS',
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
    id: 'stegforflyttning',
    term: 'Stegförflyttning',
    definition:
      'Ett steg som deltagaren tar närmare arbete, studier eller egen försörjning, även om målet inte är nått än. Teamen mäter stegförflyttning på flera sätt, till exempel med avslutsorsaker, skalfrågor och deltagarens egen bedömning.',
    related: ['grona-mal', 'skalfraga', 'bip'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019'],
  },
  {
    id: 'styrgrupp',
    term: 'Styrgrupp',
    definition:
      'Varje team leds av en styrgrupp med chefer från parterna. Styrgruppen tar fram lokala mål och styr teamet inom de riktlinjer som samordningsförbundets styrelse har satt.',
    related: ['parterna', 'samordningsforbund', 'verksamhetsledare'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019', 'avesta-2021-2022'],
  },
  {
    id: 'supported-employment',
    term: 'Supported Employment',
    definition:
      'En arbetsmodell som hjälper personer med funktionsnedsättning eller andra hinder att hitta och behålla ett arbete på den öppna arbetsmarknaden. Man pratar om arbete tidigt, letar tillsammans efter en passande arbetsplats och ger stöd så länge det behövs. Flera team i Västmanland har utbildat personal i modellen.',
    related: ['sius', 'arbetstraning', 'bip'],
    sources: ['arsrapport-2024', 'nns-fantastiska-resultat'],
  },
  {
    id: 'sus',
    term: 'SUS',
    definition:
      'Sektorsövergripande system för uppföljning av samverkan och finansiell samordning inom rehabiliteringsområdet, ett nationellt system där bland annat tid i insatsen och avslutsorsak registrerades. SUS kunde användas fram till 2022. Det nya systemet Uppföljning Finsam saknar de personuppgifter som behövs, så teamen i Västmanland tog själva fram statistiken för 2024.',
    related: ['finansiell-samordning', 'avslut-och-avslutsorsak'],
    sources: ['arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019'],
  },
  {
    id: 'verksamhetsledare',
    term: 'Verksamhetsledare',
    definition:
      'Den som leder teamets dagliga arbete, ofta samtidigt som hen arbetar med deltagare som social- eller arbetskonsulent. Verksamhetsledaren ansvarar för uppföljning och rapporter och deltar i styrgruppens möten. I Avesta heter rollen verksamhetssamordnare.',
    related: ['styrgrupp', 'socialkonsulent', 'arbetskonsulent'],
    sources: ['hs-teamets-delning', 'arsrapport-2024', 'nns-fantastiska-resultat', 'hallstahammar-2019', 'avesta-2021-2022'],
  },
];
