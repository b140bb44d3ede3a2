import {countyReportYears, countyYearOf, periodResults, teamYearsIn} from '@site/src/data/results';
import {countyTotals} from '@site/src/data/results/derive';
import {teamOrder} from '@site/src/data/teams';
import {teamProfiles} from '@site/src/data/teamProfiles';

const teamsOf2024 = teamYearsIn(2024);
const countyOf2024 = countyYearOf(2024)!;

describe('resultaten 2024 i datafilen', () => {
  it('har ett år med länsrapport, 2024, läst ur src/data/results/years', () => {
    expect(countyReportYears).toEqual([2024]);
  });

  it('har de fem teamen i Västmanland', () => {
    expect(teamsOf2024.map((team) => team.team)).toEqual(['fns', 'sala', 'hallstahammar', 'surahammar', 'vasteras']);
  });

  it('summerar till de totaler rapporten anger för länet: deltagare och avslutade', () => {
    const totals = countyTotals(teamsOf2024, countyOf2024);
    expect(totals.participants).toBe(countyOf2024.participants.value);
    expect(totals.ended).toBe(countyOf2024.ended.value);
  });

  it('visar rapportens egna motsägelser med en fotnot i stället för att rätta dem', () => {
    const vasteras = teamsOf2024.find((team) => team.team === 'vasteras')!;
    const rowSum = vasteras.referrals.rows.reduce((sum, row) => sum + row.total, 0);
    expect(rowSum).not.toBe(vasteras.participants.total);
    expect(vasteras.discrepancies.some((note) => note.field === 'referrals')).toBe(true);

    const granted = countyTotals(teamsOf2024, countyOf2024).grantedTkr;
    expect(granted).not.toBe(countyOf2024.funds.grantedTkr);
    expect(countyOf2024.discrepancies.some((note) => note.field === 'funds')).toBe(true);
  });

  it('har ett tomt värde (null), inte en nolla, där rapporten lämnar en ruta tom', () => {
    expect(teamsOf2024.find((team) => team.team === 'vasteras')!.endReasons.dropouts).toBeNull();
  });
});

describe('tidigare perioder och teamprofiler', () => {
  it('har Hallstahammar 2019 och Avesta 2021/22 med egna definitioner av positivt avslut', () => {
    expect(periodResults.map((result) => result.id).sort()).toEqual(['avesta-2021-2022', 'hallstahammar-2019']);
    for (const result of periodResults) expect(result.positiveDefinition.text.length).toBeGreaterThan(20);
  });

  it('har en profil för varje team', () => {
    expect(teamProfiles.map((profile) => profile.team)).toEqual([...teamOrder]);
  });
});
