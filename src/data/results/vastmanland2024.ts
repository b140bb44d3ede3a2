/**
 * Figures for 2024 from "Årsrapport 2024 – Samordningsteam i Västmanland" (seeds/001_cec97cc825b221ec.txt).
 * Every number is as printed; line refs are to that file as numbered by `sed -n`. Where the report
 * contradicts itself, the figure stays as printed and a `discrepancies` note explains it.
 * Sums and shares are computed in derive.ts, not here.
 */
import type {County2024, TeamYear2024} from './schema';

const source = 'arsrapport-2024' as const;

export const teams2024: readonly TeamYear2024[] = [
  {
    team: 'fns',
    year: 2024,
    // "Under 2024 har Samordningsteamet FNS arbetat med 69 personer varav 33 nyinskrivna deltagare."
    participants: {total: 69, new: 33, ref: {source, lines: 'L658'}},
    gender: null,
    referrals: {
      basis: 'remitterande-part',
      ref: {source, lines: 'L660–L667'},
      rows: [
        {label: 'Fagersta kommun - Försörjningsstöd', party: 'kommun', new: 10, total: 21},
        {label: 'KAA (Skinnskatteberg och Norberg)', party: 'kommun', new: 1, total: 3},
        {label: 'Norbergs kommun', party: 'kommun', new: 2, total: 8},
        {label: 'Skinnskattebergs kommun', party: 'kommun', new: 0, total: 1},
        {label: 'Försäkringskassan', party: 'forsakringskassan', new: 10, total: 21},
        {label: 'Arbetsförmedlingen', party: 'arbetsformedlingen', new: 2, total: 6},
        {label: 'Region Västmanland', party: 'region', new: 8, total: 9},
      ],
      statedTotal: null,
    },
    endReasons: {
      ref: {source, lines: 'L669–L672'},
      ended: 38,
      dropouts: 2,
      work: 4,
      studies: 1,
      jobSeekers: 2,
      continuedRehab: 11,
      medicalRehab: 15,
      other: 3,
      continuedRehabLabel: 'Fortsatt aktiv rehabilitering utan behov av samordnat stöd',
      otherLabel: 'Övriga avslut på grund av flytt eller föräldraledighet',
    },
    staffing: {
      ref: {source, lines: 'L42–L47, L532, L597'},
      rows: [
        {role: 'Verksamhetsledare/socialkonsulent', employer: 'kommun', fte: 1.0},
        {role: 'Socialkonsulenter i Fagersta kommun (varav 1,5 finansieras av Fagersta kommun)', employer: 'kommun', fte: 2.0},
        {role: 'Socialkonsulent i Norbergs kommun', employer: 'kommun', fte: 0.5},
        {role: 'Arbetsförmedlare', employer: 'arbetsformedlingen', fte: 0.4, period: 'till och med sommaren 2024'},
        {role: 'Kurator (fyra timmar i veckan)', employer: 'region', fte: 0.1},
      ],
    },
    funds: {grantedTkr: 1528, usedTkr: 1284, statedDifferenceTkr: 241, ref: {source, lines: 'L216'}},
    discrepancies: [
      {
        field: 'funds',
        text: 'Rapporten anger differensen 241 tkr för FNS, men tilldelade 1 528 tkr minus använda 1 284 tkr blir 244 tkr. Vi återger beloppen och differensen som de står i rapporten och rättar inte differensen.',
        ref: {source, lines: 'L216'},
      },
      {
        field: 'staffing',
        text: 'Personallistan anger 1,0 verksamhetsledare och 2,0 socialkonsulenter i Fagersta kommun, men kapitlet om FNS berättar att en av socialkonsulenterna blev verksamhetsledare efter en pensionsavgång, att arbetsförmedlaren slutade och att teamet blev två personer mindre under året. Rapporten säger inte om listan visar bemanningen före eller efter förändringarna, så sajten visar listan som den står.',
        ref: {source, lines: 'L43–L46, L597'},
      },
    ],
  },
  {
    team: 'sala',
    year: 2024,
    // "Under 2024 har vi arbetat med 44 personer och vi har tagit mot 20 nya deltagare."
    participants: {total: 44, new: 20, ref: {source, lines: 'L818'}},
    gender: null,
    referrals: {
      basis: 'remitterande-part',
      ref: {source, lines: 'L818–L824'},
      rows: [
        {label: 'Försäkringskassan', party: 'forsakringskassan', new: 8, total: 18},
        {label: 'Arbetsförmedlingen', party: 'arbetsformedlingen', new: 2, total: 7},
        {label: 'Sala Kommun', party: 'kommun', new: 9, total: 17},
        {label: 'Regionen', party: 'region', new: 0, total: 0},
        // Not a table row: L818 says one new and one earlier participant applied on their own.
        {label: 'Sökt på egen hand (utan remittent)', party: 'egen-anmalan', new: 1, total: 2},
      ],
      statedTotal: null,
    },
    endReasons: {
      ref: {source, lines: 'L826–L829'},
      ended: 17,
      dropouts: 0,
      work: 3,
      studies: 3,
      jobSeekers: 0,
      continuedRehab: 3,
      medicalRehab: 8,
      other: 0,
      continuedRehabLabel: 'Fortsatt aktiv rehabilitering utan behov av samordnat stöd',
      otherLabel: 'Övriga avslutade (flytt, föräldraledighet med mera)',
    },
    staffing: {
      ref: {source, lines: 'L49–L53, L760, L768'},
      rows: [
        {role: 'Verksamhetsledare/socialkonsulent', employer: 'kommun', fte: 1.0},
        {role: 'Socialkonsulent', employer: 'kommun', fte: 1.0},
        {role: 'Arbetsförmedlare (fyra förmiddagar i veckan)', employer: 'arbetsformedlingen', fte: 0.4},
        {role: 'Psykiatrisjuksköterska (en förmiddag i veckan)', employer: 'region', fte: 0.1, period: 'från våren 2024'},
      ],
    },
    funds: {grantedTkr: 1700, usedTkr: 1605, statedDifferenceTkr: 95, ref: {source, lines: 'L217'}},
    discrepancies: [
      {
        field: 'referrals',
        text: 'Tabellen över remitterande part summerar till 19 nya och 42 deltagare totalt, men teamet hade 20 nya och 44 deltagare totalt. Enligt texten sökte en ny och en tidigare deltagare på egen hand och hade ingen remitterande part. Sajten visar dem som en egen rad, ”Sökt på egen hand (utan remittent)”, som inte finns i rapportens tabell.',
        ref: {source, lines: 'L818'},
      },
    ],
  },
  {
    team: 'hallstahammar',
    year: 2024,
    // "Under året har Samordningsteam Hallstahammar arbetat med totalt 31 deltagare varav 14 var nya."
    participants: {total: 31, new: 14, ref: {source, lines: 'L264'}},
    // "Fördelningen i teamet var 22 kvinnor och 9 män." 22 + 9 = 31, i.e. all participants.
    gender: {women: 22, men: 9, basis: 'alla', ref: {source, lines: 'L272'}},
    referrals: {
      basis: 'remitterande-part',
      ref: {source, lines: 'L266–L272'},
      rows: [
        {label: 'Kommunen - IFO', party: 'kommun', new: 0, total: 4},
        {label: 'Arbetsförmedlingen', party: 'arbetsformedlingen', new: 2, total: 3},
        {label: 'Försäkringskassan', party: 'forsakringskassan', new: 11, total: 21},
        {label: 'Kommunen - KAA', party: 'kommun', new: 1, total: 3},
      ],
      statedTotal: null,
    },
    endReasons: {
      ref: {source, lines: 'L358–L363'},
      ended: 14,
      dropouts: 0,
      work: 3,
      studies: 4,
      jobSeekers: 0,
      continuedRehab: 2,
      medicalRehab: 3,
      other: 2,
      continuedRehabLabel: 'Fortsatt aktiv rehabilitering utan behov av samordnat stöd',
      otherLabel: 'Övriga avslutade (flytt, föräldraledighet med mera)',
    },
    staffing: {
      ref: {source, lines: 'L55–L59, L240, L276'},
      rows: [
        {role: 'Verksamhetsledare/arbetskonsulent', employer: 'kommun', fte: 1.0},
        {role: 'Arbetskonsulent', employer: 'kommun', fte: 0.6, period: 'från februari 2024'},
        {role: 'Arbetsförmedlare', employer: 'arbetsformedlingen', fte: 0.2},
        {role: 'Arbetsförmedlare, projekt Supported Employment', employer: 'arbetsformedlingen', fte: 0.2, period: 'augusti–december'},
        {role: 'Kurator', employer: 'region', fte: 0.1, period: 'maj–juni och november–december'},
      ],
    },
    funds: {grantedTkr: 1250, usedTkr: 1250, statedDifferenceTkr: 0, ref: {source, lines: 'L214'}},
    discrepancies: [
      {
        field: 'staffing',
        text: 'Personallistan anger att kuratorn fanns i teamet maj–juni och november–december. Kapitlet om Hallstahammar berättar i stället att teamet stod utan kurator i sju månader från september 2023, att den nya kuratorn slutade i september 2024 och att en tillfällig kurator kom två månader senare, alltså ungefär april–september och från november. Rapporten förklarar inte skillnaden. Vi återger personallistans perioder och kapitlets berättelse som de står.',
        ref: {source, lines: 'L59, L282, L298'},
      },
    ],
  },
  {
    team: 'surahammar',
    year: 2024,
    // "tagit emot 9 nya deltagare" (L430), "arbetat med totalt 24 deltagare" (L432).
    participants: {total: 24, new: 9, ref: {source, lines: 'L430–L432'}},
    gender: {women: 8, men: 1, basis: 'nya', ref: {source, lines: 'L440'}},
    referrals: {
      basis: 'remitterande-part',
      ref: {source, lines: 'L434–L438'},
      rows: [
        {label: 'Surahammars kommun', party: 'kommun', new: 2, total: 11},
        {label: 'Arbetsförmedlingen', party: 'arbetsformedlingen', new: 1, total: 2},
        {label: 'Försäkringskassan', party: 'forsakringskassan', new: 5, total: 10},
        {label: 'Regionen', party: 'region', new: 1, total: 1},
      ],
      statedTotal: null,
    },
    endReasons: {
      ref: {source, lines: 'L477–L480'},
      ended: 10,
      dropouts: 0,
      work: 2,
      studies: 1,
      jobSeekers: 0,
      continuedRehab: 3,
      medicalRehab: 3,
      other: 1,
      continuedRehabLabel: 'Fortsatt aktiv rehabilitering utan behov av samordnat stöd',
      otherLabel: 'Övriga avslutade (flytt, föräldraledighet med mera)',
    },
    staffing: {
      ref: {source, lines: 'L62–L65, L414'},
      rows: [
        {role: 'Verksamhetsledare/socialkonsulent', employer: 'kommun', fte: 1.0},
        {role: 'Arbetsförmedlare', employer: 'arbetsformedlingen', fte: 0.6},
        {role: 'Kurator', employer: 'region', fte: 0.1, period: 'maj–juni och november–december'},
      ],
    },
    funds: {grantedTkr: 1200, usedTkr: 1090, statedDifferenceTkr: 110, ref: {source, lines: 'L215'}},
    discrepancies: [
      {
        field: 'gender',
        text: 'Kapitlet om Surahammar anger 8 kvinnor och 1 man bland de 9 nya deltagarna, men länsavsnittet säger att könsfördelningen i Surahammar är 50/50. Siffrorna gäller troligen olika grupper, nya deltagare respektive alla 24 deltagare, men rapporten säger inte det. Vi återger båda uppgifterna som de står och väljer inte mellan dem.',
        ref: {source, lines: 'L87, L440'},
      },
      {
        field: 'staffing',
        text: 'Personallistan anger att kuratorn fanns i teamet maj–juni och november–december, men kapitlet om Surahammar säger att den nya kuratorn började i mitten av april 2024 och slutade i september. Sajten visar personallistans perioder.',
        ref: {source, lines: 'L65, L414'},
      },
    ],
  },
  {
    team: 'vasteras',
    year: 2024,
    // "arbetat med totalt 129 deltagare varav 89 var nya deltagare."
    participants: {total: 129, new: 89, ref: {source, lines: 'L919'}},
    gender: null,
    referrals: {
      // The table groups by the participant's income ("Remitterande part (ersättning)"), L919.
      basis: 'ersattning',
      ref: {source, lines: 'L919–L926'},
      rows: [
        {label: 'Försäkringskassan (FK)', party: 'forsakringskassan', new: 58, total: 82},
        {label: 'Ekonomiskt bistånd', party: 'kommun', new: 23, total: 38},
        {label: 'Ingen offentlig försörjning', party: 'ingen-offentlig-forsorjning', new: 5, total: 7},
        {label: 'Aktivitetsstöd (arbetsförmedlingen)', party: 'arbetsformedlingen', new: 3, total: 4},
      ],
      statedTotal: {new: 89, total: 129},
    },
    endReasons: {
      ref: {source, lines: 'L1014–L1017'},
      ended: 53,
      dropouts: null,
      work: 3,
      studies: 5,
      jobSeekers: 0,
      continuedRehab: 18,
      medicalRehab: 24,
      other: 3,
      continuedRehabLabel: 'Fortsatt aktiv rehabilitering mot arbete',
      otherLabel: 'Övriga avslutade (flytt, föräldraledighet med mera)',
    },
    staffing: {
      ref: {source, lines: 'L67–L70, L879, L930–L938'},
      rows: [
        {role: 'Verksamhetsledare/arbetskonsulent', employer: 'kommun', fte: 1.0, period: 'januari–september'},
        {role: 'Arbetskonsulenter', employer: 'kommun', fte: 6.0},
        {role: 'Arbetsförmedlare (onsdag–fredag)', employer: 'arbetsformedlingen', fte: 0.6},
      ],
    },
    funds: {grantedTkr: 6200, usedTkr: 5832, statedDifferenceTkr: 368, ref: {source, lines: 'L218'}},
    discrepancies: [
      {
        field: 'referrals',
        text: 'Tabellen anger totalt 129 deltagare, men raderna för totalt antal deltagare summerar till 131 (82 + 38 + 7 + 4). Kolumnen för nya deltagare stämmer med totalen 89. Sajten visar raderna och totalraden som de står i rapporten.',
        ref: {source, lines: 'L921–L926'},
      },
      {
        field: 'endReasons',
        text: 'Rutan för antal drop-outs är tom i rapportens tabell. Sajten visar den som uppgift saknas, inte som noll; de övriga avslutsorsakerna summerar till 53, som är antalet avslutade.',
        ref: {source, lines: 'L1016–L1017'},
      },
      {
        field: 'endReasons',
        text: 'Texten säger att 49 % ”av de 129 deltagare” som teamet haft nått de gröna målen, men andelen motsvarar de 53 som avslutades (26 av 53), inte alla 129 deltagare. Andelen ska därför läsas som en andel av de avslutade.',
        ref: {source, lines: 'L1014'},
      },
      {
        field: 'staffing',
        text: 'Personallistan anger verksamhetsledaren januari–september, men kapitlet om Västerås säger att verksamhetsledaren slutade i oktober 2024 och inte ersattes. Sajten visar personallistans period.',
        ref: {source, lines: 'L68, L934'},
      },
    ],
  },
];

export const county2024: County2024 = {
  year: 2024,
  // "Samordningsteamerna har under året arbetat med totalt 297 personer och av dessa har 132 avslutat …"
  participants: {value: 297, ref: {source, lines: 'L82'}},
  ended: {value: 132, ref: {source, lines: 'L82'}},
  // "Totalt beviljades Samordningsteamerna 12 225 tkr … och av dessa användes 11 247 tkr."
  funds: {grantedTkr: 12225, usedTkr: 11247, ref: {source, lines: 'L211'}},
  otherFunds: [
    {label: 'Kurator från Region Västmanland', grantedTkr: 400, usedTkr: 186, statedDifferenceTkr: 214, ref: {source, lines: 'L219'}},
  ],
  discrepancies: [
    {
      field: 'funds',
      text: 'Texten anger att teamen beviljades totalt 12 225 tkr, men raderna i tabellen över tilldelade medel summerar till 12 278 tkr, alltså 53 tkr mer. Summan av använda medel stämmer med texten (11 247 tkr). Sajten visar den angivna totalen 12 225 tkr.',
      ref: {source, lines: 'L211–L219'},
    },
    {
      field: 'funds',
      text: 'De tryckta differenserna summerar till 1 028 tkr. Det stämmer varken med raderna (12 278 − 11 247 = 1 031 tkr) eller med totalerna i texten (12 225 − 11 247 = 978 tkr); skillnaden mot raderna kommer från FNS-raden, där differensen anges till 241 tkr i stället för 244 tkr.',
      ref: {source, lines: 'L211–L219'},
    },
    {
      field: 'participants',
      text: 'Diagrammet över tid i offentlig försörjning före insatsen anges gälla 295 personer, medan teamen enligt texten arbetade med 297 personer under året. Rapporten förklarar inte skillnaden, och diagrammet finns inte i den textversion sajten bygger på.',
      ref: {source, lines: 'L82, L105'},
    },
  ],
};
