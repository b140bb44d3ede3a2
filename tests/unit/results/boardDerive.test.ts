import {
  appliesTo,
  formatDuration,
  fundsRows,
  genderOutcomes,
  genderRows,
  teamsWithoutDuration,
  totalMonths,
} from '@site/src/data/results/boardDerive';
import {board} from './boardFixtures';
import {county, teamYear} from './fixtures';

const ref = {source: 'arsrapport-2024', lines: 'L1'} as const;
const withCurator = teamYear({
  team: 'fns',
  staffing: {ref, rows: [{role: 'Socialkonsulent', employer: 'kommun', fte: 1}, {role: 'Kurator', employer: 'region', fte: 0.1}]},
});
const teams = [teamYear(), withCurator];

describe('beräknat för politiker och styrelser', () => {
  it('räknar om tid i insatsen till månader och skriver den som rapporten', () => {
    expect(totalMonths({years: 1, months: 4})).toBe(16);
    expect(totalMonths({years: 1, months: 11})).toBe(23);
    expect(totalMonths({years: 0, months: 16.8})).toBe(16.8);
    expect(formatDuration({years: 1, months: 4})).toBe('1 år och 4 månader');
    expect(formatDuration({years: 0, months: 9.9})).toBe('9,9 månader');
    expect(formatDuration({years: 2, months: 0})).toBe('2 år');
    expect(formatDuration({years: 1, months: 1})).toBe('1 år och 1 månad');
  });

  it('medel för alla team: teamens rader, kuratorsraden, radsumman (beräknat) och rapportens total', () => {
    const rows = fundsRows(teams, county());
    expect(rows.map((row) => row.label)).toEqual(['sala', 'fns', 'Kurator', 'Summa av raderna (beräknat)', 'Totalt enligt rapportens text']);
    const sum = rows[3]!;
    expect(sum).toMatchObject({grantedTkr: 2400, usedTkr: 2000, statedDifferenceTkr: null, derived: true, ref: null});
    expect(sum.usedShare).toBeCloseTo(2000 / 2400);
    expect(rows[0]!.usedShare).toBe(0.9);
    expect(rows[4]).toMatchObject({grantedTkr: 2400, usedTkr: 2000, derived: false});
  });

  it('medel på en teamsida: bara teamets rad, och kuratorsraden bara där teamet har kurator från regionen', () => {
    expect(fundsRows(teams, county(), 'sala').map((row) => row.label)).toEqual(['sala']);
    expect(fundsRows(teams, county(), 'fns').map((row) => row.label)).toEqual(['fns', 'Kurator']);
    expect(fundsRows(teams, county(), 'avesta')).toEqual([]);
  });

  it('uppgifter om alla fem team (team: null) hör till teamen i Västmanland, inte till Avesta', () => {
    expect(appliesTo({team: null, year: 2024}, 'sala', teams)).toBe(true);
    expect(appliesTo({team: null, year: 2024}, 'avesta', teams)).toBe(false);
    expect(appliesTo({team: 'avesta', year: 2022}, 'avesta', teams)).toBe(true);
    expect(appliesTo({team: 'fns', year: 2024}, 'sala', teams)).toBe(false);
    expect(appliesTo({team: 'fns', year: 2024}, undefined, teams)).toBe(true);
    // An entry for all teams of another year's report does not belong to a team that was not in that report.
    expect(appliesTo({team: null, year: 2025}, 'sala', teams)).toBe(false);
    expect(appliesTo({team: null, year: 2025}, 'sala', [...teams, teamYear({year: 2025})])).toBe(true);
  });

  it('säger vilka team som saknar tid i insatsen 2024', () => {
    expect(teamsWithoutDuration(teams, board().timeInProgramme, 2024)).toEqual(['fns']);
    // Another year: the 2024 time does not count for it.
    expect(teamsWithoutDuration([...teams, teamYear({year: 2025})], board().timeInProgramme, 2025)).toEqual(['sala']);
  });

  it('räknar avslutade per kön som deltagare minus inskrivna vid slutet, och andelen i mål av dem', () => {
    const [outcome] = genderOutcomes(board().gender);
    expect(outcome!.ended).toEqual({women: 4, men: 4});
    expect(outcome!.goalShare).toEqual({women: 0.75, men: 0.5});
    expect(outcome!.rows.map((row) => row.group)).toEqual(['i-mal', 'arbete']);
    expect(genderOutcomes(board().gender, 'sala')).toEqual([]);
  });

  it('hoppar över en period där deltagare, inskrivna vid slutet eller i mål saknas', () => {
    expect(genderOutcomes(board().gender.filter((row) => row.group !== 'aktiva-vid-slut'))).toEqual([]);
  });

  it('tar med 2024 års könsfördelning från teamens rader, med rätt grupp, nyast först', () => {
    const withGender = teamYear({team: 'surahammar', gender: {women: 8, men: 1, basis: 'nya', ref}});
    const rows = genderRows([withGender], board().gender);
    expect(rows[0]).toMatchObject({team: 'surahammar', group: 'nya', women: 8, men: 1, year: 2024});
    expect(rows[0]!.womenShare).toBeCloseTo(8 / 9);
    expect(rows.slice(1).every((row) => row.year === 2022)).toBe(true);
    expect(genderRows([withGender], board().gender, 'surahammar')).toHaveLength(1);
  });
});
