import type {CountyYear, TeamYear} from '@site/src/data/results/schema';

const ref = {source: 'arsrapport-2024', lines: 'L1'} as const;

/** A small, made-up team year that passes the schema; tests change one field at a time. */
export function teamYear(overrides: Partial<TeamYear> = {}): TeamYear {
  return {
    team: 'sala',
    year: 2024,
    participants: {total: 10, new: 4, ref},
    gender: null,
    referrals: {
      basis: 'remitterande-part',
      ref,
      rows: [
        {label: 'Försäkringskassan', party: 'forsakringskassan', new: 3, total: 6},
        {label: 'Sala kommun', party: 'kommun', new: 1, total: 4},
      ],
      statedTotal: null,
    },
    endReasons: {
      ref,
      ended: 5,
      dropouts: 0,
      work: 1,
      studies: 1,
      jobSeekers: 0,
      continuedRehab: 1,
      medicalRehab: 2,
      other: 0,
      continuedRehabLabel: 'Fortsatt aktiv rehabilitering utan behov av samordnat stöd',
      otherLabel: 'Övriga',
    },
    staffing: {ref, rows: [{role: 'Arbetskonsulent', employer: 'kommun', fte: 1}, {role: 'Arbetsförmedlare', employer: 'arbetsformedlingen', fte: 0.4}]},
    funds: {grantedTkr: 1000, usedTkr: 900, statedDifferenceTkr: 100, ref},
    discrepancies: [],
    ...overrides,
  };
}

export function county(overrides: Partial<CountyYear> = {}): CountyYear {
  return {
    year: 2024,
    area: 'Västmanland',
    participants: {value: 20, ref},
    ended: {value: 10, ref},
    funds: {grantedTkr: 2400, usedTkr: 2000, ref},
    otherFunds: [{label: 'Kurator', grantedTkr: 400, usedTkr: 200, statedDifferenceTkr: 200, ref}],
    discrepancies: [],
    ...overrides,
  };
}
