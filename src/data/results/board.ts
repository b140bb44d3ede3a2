/**
 * What a politician or board member looks for beyond the result tables, from the three reports
 * with results: Årsrapport 2024 (seeds/001_cec97cc825b221ec.txt), Hallstahammar 2019
 * (seeds/003_a0aff5c80b97cf24.txt) and Avesta 2021/22 (seeds/004_3cb5d9b8340d8eb3.txt, OCR text).
 * Line refs are to those files as numbered by `sed -n`. The texts are our own words; figures are as
 * printed. The 2024 amounts per team stay in vastmanland2024.ts (funds) and the curator row in
 * county2024.otherFunds; 2024 gender figures in teams2024[].gender. Schema: boardSchema.ts.
 */
import type {BoardFigures} from './boardSchema';

const y2024 = 'arsrapport-2024' as const;
const h2019 = 'hallstahammar-2019' as const;
const avesta = 'avesta-2021-2022' as const;

const county2024 = {team: null, period: '2024', year: 2024} as const;
const avestaPeriod = {team: 'avesta', period: '1 juli 2021–30 juni 2022', year: 2022} as const;

export const boardFigures: BoardFigures = {
  fundsNotes: [
    // L221–L223: "Flertalet av teamerna har inte använt hela det beviljade beloppet …"
    {
      ...county2024,
      kind: 'skal',
      text: 'Det saknades personal, eftersom parterna hade svårt att rekrytera och bemanna tjänsterna.',
      ref: {source: y2024, lines: 'L221'},
    },
    {...county2024, kind: 'skal', text: 'Personal var sjukskriven.', ref: {source: y2024, lines: 'L221'}},
    {
      ...county2024,
      kind: 'skal',
      text: 'Lönekostnaden för arbetsförmedlarna var svår att beräkna i förväg, så teamen räknade med marginal när de ansökte om pengar.',
      ref: {source: y2024, lines: 'L221–L223'},
    },
    {
      team: 'fns',
      period: '2024',
      year: 2024,
      kind: 'personal',
      text: 'En av socialkonsulenterna blev verksamhetsledare när den förra gick i pension, och arbetsförmedlaren slutade utan att Arbetsförmedlingen kunde ersätta hen. Teamet blev två personer färre och hade också en del längre sjukfrånvaro.',
      ref: {source: y2024, lines: 'L597'},
    },
    {
      team: 'fns',
      period: '2024',
      year: 2024,
      kind: 'kurator',
      text: 'Kuratorn fanns kvar i teamet fyra timmar i veckan och hade sina samtal och grupper i teamets lokaler.',
      ref: {source: y2024, lines: 'L47, L597'},
    },
    {
      team: 'sala',
      period: '2024',
      year: 2024,
      kind: 'kurator',
      text: 'Personallistan tar inte upp någon kurator för Sala. Från våren 2024 kom en psykiatrisjuksköterska från regionen en förmiddag i veckan, och teamet ser behov av mer samtalsstöd.',
      ref: {source: y2024, lines: 'L53, L768'},
    },
    {
      team: 'hallstahammar',
      period: '2024',
      year: 2024,
      kind: 'personal',
      text: 'En ny arbetskonsulent på deltid anställdes i februari. Det gjorde att teamet kunde ta emot fler och bli av med kön.',
      ref: {source: y2024, lines: 'L276–L278'},
    },
    {
      team: 'hallstahammar',
      period: '2024',
      year: 2024,
      kind: 'kurator',
      text: 'Teamet var utan kurator i sju månader från hösten 2023. När en ny kurator kom halverades tiden, till en dag varannan vecka, och från september 2024 var teamet utan kurator igen tills en tillfällig kurator kom efter två månader. Teamet skriver att deltagarnas framsteg påverkades negativt.',
      ref: {source: y2024, lines: 'L298'},
    },
    {
      team: 'hallstahammar',
      period: '2024',
      year: 2024,
      kind: 'extra-medel',
      text: 'Teamet fick extra Finsam-medel för en dag till i veckan med arbetsförmedlaren under hösten 2024, för att införa Supported Employment. En ansökan om att förlänga det avslogs, och en ny ansökan väntar på svar under våren 2025. Rapporten säger inte om de extra medlen ingår i tabellens belopp.',
      ref: {source: y2024, lines: 'L276, L310'},
    },
    {
      team: 'surahammar',
      period: '2024',
      year: 2024,
      kind: 'kurator',
      text: 'Teamet var utan kurator i nästan ett halvår tills en ny kurator började i mitten av april 2024, nu med halva tiden: en dag varannan vecka. Från september var teamet utan kurator igen, och en ny kurator kom i november.',
      ref: {source: y2024, lines: 'L414'},
    },
    {
      team: 'vasteras',
      period: '2024',
      year: 2024,
      kind: 'personal',
      text: 'Verksamhetsledaren slutade i oktober och ersattes inte; gruppen delade i stället på ansvaret. En arbetskonsulent kom tillbaka från föräldraledighet i december.',
      ref: {source: y2024, lines: 'L933–L934'},
    },
    {
      team: 'vasteras',
      period: '2024',
      year: 2024,
      kind: 'kurator',
      text: 'Teamet har ingen kurator utan samarbetar med psykiatrin och vårdcentralerna i Västerås, där deltagarna ofta fick vänta länge under 2024.',
      ref: {source: y2024, lines: 'L950–L952'},
    },
    {
      team: 'hallstahammar',
      period: '2019',
      year: 2019,
      kind: 'skal',
      text: 'Pengarna användes inte fullt ut eftersom personal byttes och personalstyrkan minskade under senhösten. Det som blev över gick tillbaka till samordningsförbundet.',
      ref: {source: h2019, lines: 'L1599–L1603'},
    },
    {
      ...avestaPeriod,
      kind: 'skal',
      text: 'Teamet väntade ett litet överskott för 2022, eftersom Arbetsförmedlingen inte skulle ha någon personal i teamet från september 2022 och en medarbetare skulle gå ner i arbetstid.',
      ref: {source: avesta, lines: 'L656–L662'},
    },
  ],

  timeInProgramme: [
    {
      team: 'hallstahammar',
      period: '2024',
      year: 2024,
      group: 'grona-mal',
      reportLabel: 'Genomsnittlig tid i insatsen för dem som ”är gröna”',
      duration: {years: 1, months: 4},
      ref: {source: y2024, lines: 'L360'},
    },
    {
      team: 'surahammar',
      period: '2024',
      year: 2024,
      group: 'grona-mal',
      reportLabel: 'Genomsnittlig tid i insatsen för dem som ”är gröna”',
      duration: {years: 1, months: 11},
      ref: {source: y2024, lines: 'L482'},
    },
    {
      team: 'hallstahammar',
      period: '2019',
      year: 2019,
      group: 'ej-angivet',
      reportLabel: 'Genomsnittlig tid i insatsen',
      duration: {years: 0, months: 9.9},
      ref: {source: h2019, lines: 'L121–L125, L594–L598'},
    },
    {
      team: 'hallstahammar',
      period: '2017, före sammanslagningen med Jobbcentrum',
      year: 2017,
      group: 'ej-angivet',
      reportLabel: 'Genomströmningstid',
      duration: {years: 0, months: 13.9},
      ref: {source: h2019, lines: 'L121–L123, L594–L596'},
    },
    {
      ...avestaPeriod,
      group: 'avslutade',
      reportLabel: 'Genomströmningstid, snitt',
      duration: {years: 0, months: 16.8},
      note: 'Rapporten redovisar tiden bland siffrorna för de avslutade deltagarna och skriver att den är densamma för kvinnor och män.',
      ref: {source: avesta, lines: 'L245–L253'},
    },
  ],

  publicSupport: [
    {
      ...county2024,
      who: 'Deltagarna i de fem teamen under året',
      reportLabel: 'Tid i offentlig försörjning före insats',
      measure: {kind: 'andel-over', years: 4, share: 'mer-an-halften'},
      n: 295,
      caveat: 'Diagrammet med den exakta fördelningen finns inte i det material sajten bygger på; bara textens sammanfattning finns.',
      ref: {source: y2024, lines: 'L103–L105'},
    },
    {
      ...county2024,
      who: 'Deltagarna i de fem teamen under året',
      reportLabel: 'Tid i offentlig försörjning före insats',
      measure: {kind: 'andel-over', years: 7, share: 'ungefar-en-tredjedel'},
      n: 295,
      ref: {source: y2024, lines: 'L103–L105'},
    },
    {
      team: 'hallstahammar',
      period: '2019',
      year: 2019,
      who: 'Deltagarna under året',
      reportLabel: 'Tid i offentlig försörjning',
      measure: {kind: 'medeltal', years: 5.7, approximate: false},
      caveat: 'Rapporten skriver att siffran är för låg: uppföljningssystemet SUS kan inte registrera mer än ”>9” år, och flera deltagare har haft offentlig försörjning hela sitt vuxna liv eller hela sin tid i Sverige.',
      ref: {source: h2019, lines: 'L125–L129, L598–L608'},
    },
    {
      ...avestaPeriod,
      who: 'De avslutade deltagarna',
      reportLabel: 'Tid i bidragsberoende',
      measure: {kind: 'medeltal', years: 7, approximate: false, women: 7.9, men: 5.6},
      ref: {source: avesta, lines: 'L262'},
    },
    {
      ...avestaPeriod,
      who: 'De avslutade som gick till arbete eller studier och tidigare hade försörjningsstöd',
      reportLabel: 'Genomsnittstid i bidragsberoende',
      measure: {kind: 'medeltal', years: 7, approximate: true},
      n: 13,
      ref: {source: avesta, lines: 'L684–L686'},
    },
  ],

  education: [
    {
      ...county2024,
      text: 'Deltagarna har generellt lägre utbildning än befolkningen i landet, och en del har inte gått klart grundskolan.',
      ref: {source: y2024, lines: 'L101'},
    },
    {
      ...county2024,
      text: 'Andelen som har gått klart gymnasiet tycks ha ökat något de senaste åren. Rapporten gissar att fler som tidigare studerat eller arbetat har fått psykisk ohälsa.',
      ref: {source: y2024, lines: 'L101'},
    },
    {
      ...county2024,
      text: 'Diagrammet över deltagarnas högsta utbildning per team finns inte i det material sajten bygger på, så andelarna per team är okända.',
      ref: {source: y2024, lines: 'L96–L101'},
    },
  ],

  nationalComparison: [
    {label: 'Andel i riket med enbart grundskola', percent: 10, year: 2023, statedSource: 'SCB', ref: {source: y2024, lines: 'L101'}},
    {label: 'Andel i riket med minst treårig högskoleutbildning', percent: 47, year: 2023, statedSource: 'SCB', ref: {source: y2024, lines: 'L101'}},
  ],
  nationalComparisonNote:
    'Siffrorna är årsrapportens egna jämförelse med SCB. Rapporten säger inte vilken åldersgrupp de gäller, och vi har inte kontrollerat dem mot SCB.',

  gender: [
    {team: 'hallstahammar', period: '2019', year: 2019, group: 'deltagare', women: 18, men: 10, ref: {source: h2019, lines: 'L85, L513'}},
    {...avestaPeriod, group: 'deltagare', women: 37, men: 30, ref: {source: avesta, lines: 'L232–L233'}},
    {...avestaPeriod, group: 'nya', women: 20, men: 14, ref: {source: avesta, lines: 'L229–L230'}},
    {...avestaPeriod, group: 'aktiva-vid-slut', women: 23, men: 20, ref: {source: avesta, lines: 'L9–L10, L54–L55'}},
    {...avestaPeriod, group: 'i-mal', women: 9, men: 6, ref: {source: avesta, lines: 'L11–L12'}},
    {...avestaPeriod, group: 'arbete', women: 7, men: 5, ref: {source: avesta, lines: 'L248'}},
    {...avestaPeriod, group: 'studier', women: 2, men: 0, ref: {source: avesta, lines: 'L249'}},
    {...avestaPeriod, group: 'annan-rehab', women: 0, men: 1, ref: {source: avesta, lines: 'L250'}},
  ],
  genderStatements: [
    {
      ...county2024,
      text: 'Som tidigare år var det fler kvinnor än män i teamen, utom i Surahammar, där rapporten beskriver fördelningen som jämn (50/50).',
      ref: {source: y2024, lines: 'L87'},
    },
    {
      ...county2024,
      text: 'Teamen påverkar inte fördelningen själva: de tar emot dem som myndigheterna remitterar.',
      ref: {source: y2024, lines: 'L89'},
    },
    {
      ...county2024,
      text: 'Årsrapporten 2024 redovisar inte avslutsorsaker för kvinnor och män var för sig, och diagrammet över kön och ålder finns inte i materialet.',
      ref: {source: y2024, lines: 'L82–L87, L129'},
    },
    {
      team: 'hallstahammar',
      period: '2019',
      year: 2019,
      text: 'Tabellen över deltagarna efter kön och ålder finns inte i textversionen av rapporten; bara rubriken är kvar.',
      ref: {source: h2019, lines: 'L615'},
    },
    {
      ...avestaPeriod,
      text: 'Rapporten hänvisar till en bilaga med resultat efter kön och ålder, men bilagan finns inte med.',
      ref: {source: avesta, lines: 'L251'},
    },
  ],

  coFunding: [
    {
      team: 'fns',
      period: '2024',
      year: 2024,
      text: 'Fagersta kommun betalar själv 1,5 av de 2,0 socialkonsulenttjänster i Fagersta som personallistan tar upp.',
      ref: {source: y2024, lines: 'L44'},
    },
    {
      team: 'fns',
      period: '2024',
      year: 2024,
      text: 'Fagersta kommun betalar också teamets lokaler och fordon och en del av personalkostnaderna, men kommer inte att kunna fortsätta med det 2026. Teamet skriver att de budgeterade medlen inte räcker för att behålla teamet som det ser ut i dag.',
      ref: {source: y2024, lines: 'L688–L690'},
    },
    {
      ...avestaPeriod,
      text: 'När pengarna från Södra Dalarnas samordningsförbund minskade under budgetåret 2021 sköt Avesta kommun till extra medel. Teamet kunde då behålla all personal och arbeta i samma omfattning som förut.',
      ref: {source: avesta, lines: 'L529–L531, L557–L560'},
    },
    {
      ...avestaPeriod,
      text: 'Rapporten kallar kommunens extra medel en god investering, eftersom många deltagare som länge haft försörjningsstöd gick vidare till arbete eller studier.',
      ref: {source: avesta, lines: 'L541–L547'},
    },
  ],

  unknowns: [
    {
      ...county2024,
      text: 'Hur det går för deltagarna efter att de lämnat teamet: årsrapporten säger att teamen gör en del uppföljningar på längre sikt, men redovisar inga siffror från dem. Vi vet alltså inte hur många som arbetar eller studerar ett halvår eller ett år senare.',
      ref: {source: y2024, lines: 'L120'},
    },
    {
      ...county2024,
      text: 'Vad deltagarna svarade i enkäten Indikatorer för finansiell samordning: rapporten visar svaren på fyra frågor i diagram för 2020, 2022 och 2024, men diagrammen finns inte i det material sajten bygger på. Bara några fritextsvar finns kvar.',
      ref: {source: y2024, lines: 'L141–L169'},
    },
    {
      ...county2024,
      text: 'Diagrammen över deltagarnas kön och ålder, utbildning, tid i offentlig försörjning, försörjning före insatsen och försörjning före och efter insatsen finns inte heller i materialet. Där har vi bara rapportens egna sammanfattningar i text.',
      ref: {source: y2024, lines: 'L82–L109, L134'},
    },
    {
      ...county2024,
      text: 'Statistiken för 2024 har personalen i teamen sammanställt själv. Det nationella systemet SUS finns inte kvar sedan 2023, och det nya systemet saknar de uppgifter som behövs för att följa deltagarna.',
      ref: {source: y2024, lines: 'L125'},
    },
    {
      ...county2024,
      text: 'Hur mycket kommunerna betalar utöver samordningsförbundets pengar: rapporten anger inget belopp, så tabellen över medel visar bara förbundets pengar.',
      ref: {source: y2024, lines: 'L44, L211–L219, L688–L690'},
    },
    {
      ...county2024,
      text: 'Vilka team kuratorsraden från Region Västmanland gäller: rapporten redovisar den som en egen rad utan att dela upp den på teamen.',
      ref: {source: y2024, lines: 'L219'},
    },
    {
      team: 'hallstahammar',
      period: '2024',
      year: 2024,
      text: 'Teamet vill under 2025 börja följa upp avslutade deltagare systematiskt efter ett halvår, ett år och ett och ett halvt år. Några sådana resultat finns inte ännu.',
      ref: {source: y2024, lines: 'L371–L373'},
    },
    {
      team: 'sala',
      period: '2024',
      year: 2024,
      text: 'De flesta avslutade har skriftligt gått med på att teamet hör av sig efter ungefär ett år, men teamet hade inte kontaktat någon när rapporten skrevs.',
      ref: {source: y2024, lines: 'L802–L804'},
    },
    {
      ...avestaPeriod,
      text: 'Rapporten skriver att enkätsvaren i indikatorrapporten tyder på att en hög andel deltagare är mycket nöjda, men anger inga siffror.',
      ref: {source: avesta, lines: 'L439–L441'},
    },
  ],
};
