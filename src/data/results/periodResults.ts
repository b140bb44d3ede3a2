/**
 * Results two older reports give in their own terms:
 * - Hallstahammar 2019 (seeds/003_a0aff5c80b97cf24.txt, PDF-extracted text),
 * - Avesta 1 juli 2021–30 juni 2022 (seeds/004_3cb5d9b8340d8eb3.txt, OCR text with broken å/ä/ö).
 * Every number is as printed; line refs are to those files as numbered by `sed -n`. Nothing is
 * computed here: shares and sums are computed in derive.ts. Amounts are in kronor, as printed.
 */
import type {PeriodResult} from './schema';

const hallstahammar = 'hallstahammar-2019' as const;
const avesta = 'avesta-2021-2022' as const;

export const periodResults: readonly PeriodResult[] = [
  {
    id: 'hallstahammar-2019',
    team: 'hallstahammar',
    period: 'Kalenderåret 2019',
    year: 2019,
    positiveDefinition: {
      // "Tabell visar 73.3% positiva resultat." The report does not list the categories in words.
      text: 'Rapporten anger att tabellen över avslutsorsaker visar 73,3 % positiva resultat men skriver inte ut vilka avslutsorsaker som räknas som positiva; andelen stämmer med avslut till arbete, studier, Arbetsförmedlingen och fortsatt arbetslivsinriktad rehabilitering i kommunal regi (Jobbcentrum), medan avslut till fortsatt medicinsk rehabilitering och avhopp inte räknas som positiva. Rapporten säger dessutom att alla som avslutades till fortsatt arbetsinriktad eller medicinsk rehabilitering upplevde en positiv stegförflyttning enligt skalan ORS, men det ingår inte i andelen.',
      ref: {source: hallstahammar, lines: 'L105–L119, L515–L574'},
      statedShare: 'Andel positiva resultat bland de avslutade',
    },
    endReasons: {
      // Tabell 2: headers L529–L570, values "29 15 1 3 3 0 4 4" on L572 (first two = active, ended).
      ref: {source: hallstahammar, lines: 'L529–L574'},
      ended: 15,
      rows: [
        {label: 'Varav drop-outs', count: 1, positive: false},
        {label: 'Antal till fortsatt medicinsk rehab', count: 3, positive: false},
        {label: 'Antal till arbete', count: 3, positive: true},
        {label: 'Antal till studier', count: 0, positive: true},
        {label: 'Antal till Arbetsförmedlingen', count: 4, positive: true},
        {label: 'Antal till fortsatt arbetslivsinriktad rehab i kommunal regi', count: 4, positive: true},
      ],
    },
    keyFigures: [
      {label: 'Deltagare under året', value: 29, unit: 'personer', ref: {source: hallstahammar, lines: 'L85, L513'}},
      {label: 'Kvinnor bland deltagarna', value: 18, unit: 'personer', ref: {source: hallstahammar, lines: 'L85, L513'}},
      {label: 'Män bland deltagarna', value: 10, unit: 'personer', ref: {source: hallstahammar, lines: 'L85, L513'}},
      {label: 'Andel positiva resultat bland de avslutade', value: 73.3, unit: 'procent', ref: {source: hallstahammar, lines: 'L574'}},
      {label: 'Andel deltagare anvisade av Arbetsförmedlingen', value: 46, unit: 'procent', ref: {source: hallstahammar, lines: 'L256–L259'}},
      {label: 'Andel deltagare anvisade av Försäkringskassan', value: 25, unit: 'procent', ref: {source: hallstahammar, lines: 'L256, L261–L262'}},
      {label: 'Andel deltagare anvisade av IFO Hallstahammar', value: 29, unit: 'procent', ref: {source: hallstahammar, lines: 'L256, L264–L267'}},
      {label: 'Genomsnittlig tid i insatsen 2019', value: 9.9, unit: 'månader', ref: {source: hallstahammar, lines: 'L121–L125, L594–L598'}},
      {
        label: 'Genomströmningstid 2017, före sammanslagningen',
        value: 13.9,
        unit: 'månader',
        ref: {source: hallstahammar, lines: 'L121–L123, L594–L596'},
      },
      {
        label: 'Tid i offentlig försörjning enligt SUS (rapporten anger att siffran är för låg)',
        value: 5.7,
        unit: 'år',
        ref: {source: hallstahammar, lines: 'L125–L129, L598–L604'},
      },
      {label: 'Tilldelade medel 2019', value: 1_200_000, unit: 'kr', ref: {source: hallstahammar, lines: 'L1597'}},
      {label: 'Utfall 2019', value: 1_159_420, unit: 'kr', ref: {source: hallstahammar, lines: 'L1599–L1601'}},
      {label: 'Överskott som gick tillbaka till Samordningsförbundet', value: 40_580, unit: 'kr', ref: {source: hallstahammar, lines: 'L1601–L1603'}},
      {label: 'Verksamhetsledarens tjänstgöring i teamet', value: 40, unit: 'procent', ref: {source: hallstahammar, lines: 'L1047–L1049'}},
      {
        label: 'Arbetsförmedlarens tjänstgöring i teamet till och med 25 september 2019',
        value: 50,
        unit: 'procent',
        ref: {source: hallstahammar, lines: 'L1051–L1053'},
      },
      {
        label: 'Arbetsförmedlarens tjänstgöring i teamet från 12 november 2019',
        value: 5,
        unit: 'procent',
        ref: {source: hallstahammar, lines: 'L1053–L1055'},
      },
      {
        label: 'Arbetskonsulenter på Jobbcentrum som också stöttat teamets deltagare',
        value: 4,
        unit: 'personer',
        ref: {source: hallstahammar, lines: 'L1057–L1059'},
      },
      {
        label: 'Arbetsledare på Jobbcentrum som också stöttat teamets deltagare',
        value: 5,
        unit: 'personer',
        ref: {source: hallstahammar, lines: 'L1057–L1059'},
      },
    ],
    discrepancies: [
      {
        field: 'gender',
        text: 'Rapporten anger att teamet arbetade med 29 personer, 18 kvinnor och 10 män. Kvinnor och män blir tillsammans 28, inte 29, och rapporten förklarar inte skillnaden. Sajten visar siffrorna som de står.',
        ref: {source: hallstahammar, lines: 'L85, L513'},
      },
      {
        field: 'referrals',
        text: 'Andelarna per anvisande myndighet (Af 46 %, FK 25 % och IFO Hallstahammar 29 %) går jämnt ut med 28 deltagare (13, 7 och 8 personer), inte med de 29 som rapporten anger. Rapporten anger inga antal. Vi återger andelarna som de står.',
        ref: {source: hallstahammar, lines: 'L85, L256–L267'},
      },
      {
        field: 'endReasons',
        text: 'Tabell 2 är sönderbruten i textfilen: rubrikerna står utspridda på egna rader och alla värden på en rad (29 15 1 3 3 0 4 4). Sajten har parat ihop värdena med rubrikerna i den ordning de står, och det stämmer med textens beskrivning av avslutsorsakerna.',
        ref: {source: hallstahammar, lines: 'L515–L572'},
      },
      {
        field: 'funds',
        text: 'I avsnittet om personalen står att budgeten 2019 var ”1 157 milj.kr”, men avsnittet Ekonomi anger att tilldelade medel var 1 200 000 kr och utfallet 1 159 420 kr. ”1 157 milj.kr” är troligen ett skrivfel för 1,157 miljoner kronor och stämmer ändå inte med 1 200 000 kr. Sajten visar beloppen från avsnittet Ekonomi.',
        ref: {source: hallstahammar, lines: 'L1194–L1196, L1597–L1603'},
      },
      {
        field: 'staffing',
        text: 'Rapporten anger att den nya arbetsförmedlaren arbetade 5 % ”från 2019-11-12 till 12-12-31”. Slutdatumet är troligen ett skrivfel för 2019-12-31, alltså årets slut. Sajten anger bara startdatumet.',
        ref: {source: hallstahammar, lines: 'L1053–L1055'},
      },
    ],
  },
  {
    id: 'avesta-2021-2022',
    team: 'avesta',
    period: '1 juli 2021–30 juni 2022',
    year: 2022,
    positiveDefinition: {
      // "15 av 24 = 62,5 % gick till arbete/studier/annan arbetslivsinriktad rehab" (L247); "62,5% i mål" (L11).
      text: 'Rapporten räknar en avslutad deltagare som ”i mål” när hen har gått till arbete (med eller utan lönestöd), studier eller annan arbetslivsinriktad rehabilitering; avslut till sjukersättning, till ”annat” och tidiga avhopp räknas inte som i mål.',
      ref: {source: avesta, lines: 'L11–L13, L245–L250'},
      statedShare: 'Andel av de avslutade som kom ”i mål”',
    },
    endReasons: {
      // Table "Deltagarresultat 210701-220630": values "34 24 0 12 2 1 1 8 43" on L243
      // (first = enrolled 2021-07-01, second = ended, last = active 2022-06-30).
      ref: {source: avesta, lines: 'L235–L243'},
      ended: 24,
      rows: [
        {label: 'Varav dropouts (tidiga avhopp)', count: 0, positive: false},
        {label: 'Antal i arbete', count: 12, positive: true},
        {label: 'Antal i studier', count: 2, positive: true},
        {label: 'Antal till annan arbetslivsinriktad rehab', count: 1, positive: true},
        {label: 'Antal till sjukersättning', count: 1, positive: false},
        {label: 'Antal till annat', count: 8, positive: false},
      ],
    },
    keyFigures: [
      {
        label: 'Deltagare under perioden (avslutade och fortsatt inskrivna)',
        value: 67,
        unit: 'personer',
        ref: {source: avesta, lines: 'L51–L52, L232–L233'},
      },
      {label: 'Kvinnor bland deltagarna under perioden', value: 37, unit: 'personer', ref: {source: avesta, lines: 'L232–L233'}},
      {label: 'Män bland deltagarna under perioden', value: 30, unit: 'personer', ref: {source: avesta, lines: 'L232–L233'}},
      {label: 'Nyinskrivna under perioden', value: 34, unit: 'personer', ref: {source: avesta, lines: 'L14, L51, L229'}},
      {label: 'Kvinnor bland de nyinskrivna', value: 20, unit: 'personer', ref: {source: avesta, lines: 'L229–L230'}},
      {label: 'Män bland de nyinskrivna', value: 14, unit: 'personer', ref: {source: avesta, lines: 'L229–L230'}},
      {label: 'Aktiva deltagare 1 juli 2021', value: 34, unit: 'personer', ref: {source: avesta, lines: 'L54, L243'}},
      {label: 'Aktiva deltagare 30 juni 2022', value: 43, unit: 'personer', ref: {source: avesta, lines: 'L9, L54, L243'}},
      {label: 'Kvinnor bland de aktiva 30 juni 2022', value: 23, unit: 'personer', ref: {source: avesta, lines: 'L9–L10, L54–L55'}},
      {label: 'Män bland de aktiva 30 juni 2022', value: 20, unit: 'personer', ref: {source: avesta, lines: 'L9–L10, L54–L55'}},
      {label: 'Inskrivna i genomsnitt under perioden (ungefär)', value: 45, unit: 'personer', ref: {source: avesta, lines: 'L8–L9'}},
      {label: 'Kö till start efter sommaren 2022 (ungefär)', value: 15, unit: 'personer', ref: {source: avesta, lines: 'L92–L93'}},
      {
        label: 'Avslutade ”i mål” (arbete, studier eller annan arbetslivsinriktad rehabilitering)',
        value: 15,
        unit: 'personer',
        ref: {source: avesta, lines: 'L11, L247'},
      },
      {label: 'Andel av de avslutade som kom ”i mål”', value: 62.5, unit: 'procent', ref: {source: avesta, lines: 'L11, L247'}},
      {label: 'Kvinnor bland dem som kom ”i mål”', value: 9, unit: 'personer', ref: {source: avesta, lines: 'L11–L12'}},
      {label: 'Män bland dem som kom ”i mål”', value: 6, unit: 'personer', ref: {source: avesta, lines: 'L11–L12'}},
      {
        label: 'Avslutade som gått vidare till arbete eller studier och försörjer sig på lön eller studiemedel',
        value: 14,
        unit: 'personer',
        ref: {source: avesta, lines: 'L684–L685'},
      },
      {
        label: 'Av dem: tidigare beroende av försörjningsstöd',
        value: 13,
        unit: 'personer',
        ref: {source: avesta, lines: 'L685'},
      },
      {
        label: 'Av dem: genomsnittlig tid i bidragsberoende (ungefär)',
        value: 7,
        unit: 'år',
        ref: {source: avesta, lines: 'L685–L686'},
      },
      {label: 'Genomströmningstid juli 2021–juni 2022, snitt', value: 16.8, unit: 'månader', ref: {source: avesta, lines: 'L13, L253, L256–L257'}},
      {label: 'Genomströmningstid januari–december 2021', value: 25.2, unit: 'månader', ref: {source: avesta, lines: 'L256–L257, L272'}},
      {label: 'Genomströmningstid juli 2020–juni 2021', value: 21.3, unit: 'månader', ref: {source: avesta, lines: 'L256–L257'}},
      {label: 'Genomströmningstid januari–december 2020', value: 20.5, unit: 'månader', ref: {source: avesta, lines: 'L256–L257'}},
      {label: 'Genomströmningstid juli 2019–juni 2020', value: 17.8, unit: 'månader', ref: {source: avesta, lines: 'L256–L257'}},
      {label: 'Genomströmningstid januari–december 2019', value: 17.8, unit: 'månader', ref: {source: avesta, lines: 'L256–L257'}},
      {label: 'Tid i bidragsberoende bland de avslutade, snitt', value: 7, unit: 'år', ref: {source: avesta, lines: 'L262'}},
      {label: 'Tid i bidragsberoende bland de avslutade, snitt för kvinnor', value: 7.9, unit: 'år', ref: {source: avesta, lines: 'L262'}},
      {label: 'Tid i bidragsberoende bland de avslutade, snitt för män', value: 5.6, unit: 'år', ref: {source: avesta, lines: 'L262'}},
      {label: 'Medelålder bland de avslutade', value: 35.7, unit: 'år', ref: {source: avesta, lines: 'L263'}},
      {label: 'Medelålder bland de aktiva vid periodens slut', value: 38, unit: 'år', ref: {source: avesta, lines: 'L7–L8, L57–L58'}},
      {label: 'Aktiva deltagare 30 år eller yngre vid periodens slut', value: 12, unit: 'personer', ref: {source: avesta, lines: 'L8, L58–L59'}},
      {label: 'Andel aktiva deltagare 30 år eller yngre vid periodens slut', value: 28, unit: 'procent', ref: {source: avesta, lines: 'L8, L58–L59'}},
      {
        label: 'Andel inskrivna som har, har haft eller behöver insatser från vuxenpsykiatrin (ungefär)',
        value: 80,
        unit: 'procent',
        ref: {source: avesta, lines: 'L61–L62'},
      },
      {label: 'Nyinskrivna remitterade av Socialförvaltningen/skolan', value: 14, unit: 'personer', ref: {source: avesta, lines: 'L67–L74'}},
      {label: 'Nyinskrivna remitterade av Regionen', value: 16, unit: 'personer', ref: {source: avesta, lines: 'L67–L74'}},
      {label: 'Nyinskrivna remitterade av Försäkringskassan', value: 2, unit: 'personer', ref: {source: avesta, lines: 'L67–L74'}},
      {label: 'Nyinskrivna remitterade av Arbetsförmedlingen', value: 2, unit: 'personer', ref: {source: avesta, lines: 'L67–L74'}},
      {label: 'Nyinskrivna med försörjning via socialtjänsten', value: 16, unit: 'personer', ref: {source: avesta, lines: 'L64–L71'}},
      {label: 'Nyinskrivna med försörjning via Försäkringskassan', value: 14, unit: 'personer', ref: {source: avesta, lines: 'L64–L71'}},
      {label: 'Nyinskrivna utan offentlig försörjning', value: 4, unit: 'personer', ref: {source: avesta, lines: 'L64–L71'}},
      {label: 'Aktiva 30 juni 2022 remitterade av Socialförvaltningen', value: 18, unit: 'personer', ref: {source: avesta, lines: 'L76–L84'}},
      {label: 'Aktiva 30 juni 2022 remitterade av Regionen', value: 19, unit: 'personer', ref: {source: avesta, lines: 'L76–L84'}},
      {label: 'Aktiva 30 juni 2022 remitterade av Försäkringskassan', value: 2, unit: 'personer', ref: {source: avesta, lines: 'L76–L84'}},
      {label: 'Aktiva 30 juni 2022 remitterade av Arbetsförmedlingen', value: 4, unit: 'personer', ref: {source: avesta, lines: 'L76–L84'}},
      {label: 'Aktiva 30 juni 2022 med försörjning via socialtjänsten', value: 23, unit: 'personer', ref: {source: avesta, lines: 'L76–L81'}},
      {label: 'Aktiva 30 juni 2022 med försörjning via Försäkringskassan', value: 16, unit: 'personer', ref: {source: avesta, lines: 'L76–L81'}},
      {
        label: 'Aktiva 30 juni 2022 med annan försörjning (försörjs av anhöriga)',
        value: 4,
        unit: 'personer',
        ref: {source: avesta, lines: 'L76–L81, L88–L89'},
      },
      {label: 'Coacher på heltid vid periodens slut', value: 3, unit: 'tjänster', ref: {source: avesta, lines: 'L18–L19, L293–L296, L304'}},
      {
        label: 'Arbetsförmedlarens tjänstgöring i teamet (tas bort från 1 september 2022)',
        value: 20,
        unit: 'procent',
        ref: {source: avesta, lines: 'L298, L304–L305'},
      },
      {label: 'Region Dalarnas representant i teamet', value: 20, unit: 'procent', ref: {source: avesta, lines: 'L300'}},
      {label: 'Socialtjänstens representant i teamet', value: 20, unit: 'procent', ref: {source: avesta, lines: 'L301'}},
      {label: 'Budget för helåret 2022, summa', value: 2_300_000, unit: 'kr', ref: {source: avesta, lines: 'L664–L672'}},
      {label: 'Utfall januari–juni 2022, summa', value: 1_189_650, unit: 'kr', ref: {source: avesta, lines: 'L664–L672'}},
      {
        label: 'Helårsprognos 2022 enligt budgettabellens kolumn ”Prognos”, summa (texten väntar ett litet överskott)',
        value: 10_000,
        unit: 'kr',
        ref: {source: avesta, lines: 'L656–L658, L666–L672'},
      },
    ],
    discrepancies: [
      {
        field: 'participants',
        text: 'Rapporten anger 34 aktiva deltagare den 1 juli 2021, 34 nyinskrivna och 24 avslutade under perioden och 43 aktiva den 30 juni 2022. Men 34 + 34 − 24 blir 44, inte 43, och 34 + 34 blir 68, medan rapporten anger 67 deltagare totalt (avslutade plus fortsatt inskrivna). Rapporten förklarar inte skillnaden på en person, så sajten visar siffrorna som de står.',
        ref: {source: avesta, lines: 'L51–L55, L232, L243'},
      },
      {
        field: 'participants',
        text: 'Tabellen över genomströmningstid är inläst med textigenkänning, och värdena för januari–december 2020 och januari–december 2021 står som ”205man” och ”252man”. Sajten visar dem som 20,5 och 25,2 månader; 25,2 stöds av texten, som säger att genomströmningstiden sjunkit från drygt 25 till knappt 17 månader.',
        ref: {source: avesta, lines: 'L256–L257, L272'},
      },
      {
        field: 'endReasons',
        text: 'Resultattabellen är inläst med textigenkänning och rubrikerna är delvis förvanskade. Sajten visar rubrikerna med rättad stavning och värdena i den ordning de står (34, 24, 0, 12, 2, 1, 1, 8, 43); de stämmer med textens uppgifter om arbete, studier och annan arbetslivsinriktad verksamhet.',
        ref: {source: avesta, lines: 'L235–L250'},
      },
      {
        field: 'endReasons',
        text: 'Texten säger att 9 personer avslutades till ”annat”, och en av dem söker hel sjukersättning, men tabellen har 8 under ”Antal till annat” och 1 under ”Antal till sjukersättning”. Det är samma personer räknade på två sätt; sajten visar tabellens uppdelning.',
        ref: {source: avesta, lines: 'L243–L268'},
      },
      {
        field: 'referrals',
        text: 'Tabellen över nyinskrivna anger att Socialförvaltningen/skolan remitterade 14 deltagare, men texten säger att socialtjänsten remitterade 7 kvinnor och 6 män, alltså 13. Den fjortonde kan ha kommit från skolan, men rapporten säger inte det. Sajten visar tabellens 14.',
        ref: {source: avesta, lines: 'L73, L117–L118'},
      },
      {
        field: 'staffing',
        text: 'Personallistan anger arbetsförmedlaren, Region Dalarnas representant och socialtjänstens representant till 20 % vardera, men sammanfattningen anger Socialförvaltningen och Region Dalarna till 10–20 % vardera och bemanningsavsnittet arbetsförmedlaren till 10–20 %. Sajten visar personallistans 20 %.',
        ref: {source: avesta, lines: 'L18–L21, L298–L305'},
      },
      {
        field: 'funds',
        text: 'Budgettabellen gäller budgetåret 2022 (kalenderår) med utfall till och med 30 juni 2022, inte rapportperioden juli 2021–juni 2022. Vad kolumnen ”Prognos” betyder förklaras inte; texten säger bara att verksamheten troligen går med ett litet överskott. Sajten visar beloppen som de står, med den periodangivelsen.',
        ref: {source: avesta, lines: 'L656–L672'},
      },
    ],
  },
];
