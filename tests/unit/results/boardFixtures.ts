import type {BoardFigures} from '@site/src/data/results/boardSchema';

const ref = {source: 'arsrapport-2024', lines: 'L1'} as const;
const avestaRef = {source: 'avesta-2021-2022', lines: 'L2'} as const;
const avesta = {team: 'avesta', period: 'juli 2021–juni 2022', year: 2022} as const;

/** Made-up board figures that pass the schema; tests change one field at a time. */
export function board(overrides: Partial<BoardFigures> = {}): BoardFigures {
  return {
    fundsNotes: [
      {team: null, period: '2024', year: 2024, kind: 'skal', text: 'Personal saknades.', ref},
      {team: 'sala', period: '2024', year: 2024, kind: 'personal', text: 'En konsulent slutade.', ref},
    ],
    timeInProgramme: [
      {team: 'sala', period: '2024', year: 2024, group: 'grona-mal', reportLabel: 'Tid i insatsen', duration: {years: 1, months: 4}, ref},
    ],
    publicSupport: [
      {
        team: null,
        period: '2024',
        year: 2024,
        who: 'Deltagarna',
        reportLabel: 'Tid i offentlig försörjning',
        measure: {kind: 'andel-over', years: 4, share: 'mer-an-halften'},
        ref,
      },
    ],
    education: [{team: null, period: '2024', year: 2024, text: 'Lägre än i riket.', ref}],
    nationalComparison: [{label: 'Enbart grundskola', percent: 10, year: 2023, statedSource: 'SCB', ref}],
    nationalComparisonNotes: ['Som rapporten anger.'],
    gender: [
      {...avesta, group: 'deltagare', women: 10, men: 8, ref: avestaRef},
      {...avesta, group: 'aktiva-vid-slut', women: 6, men: 4, ref: avestaRef},
      {...avesta, group: 'i-mal', women: 3, men: 2, ref: avestaRef},
      {...avesta, group: 'arbete', women: 2, men: 2, ref: avestaRef},
    ],
    genderStatements: [],
    coFunding: [{...avesta, text: 'Kommunen sköt till pengar.', ref: avestaRef}],
    unknowns: [{team: null, period: '2024', year: 2024, text: 'Hur det gick efter avslut.', ref}],
    ...overrides,
  };
}
