import type {PeriodResult, TeamYear2024} from '@site/src/data/results/schema';
import {teamIds, teamNames, type TeamId} from '@site/src/data/teams';

/** The years a reader can choose: 2024 for the Västmanland teams, and the earlier reports' periods. */
export const resultYears = [
  {value: '2024', label: '2024'},
  {value: '2022', label: '2021–2022 (Avesta)'},
  {value: '2019', label: '2019 (Hallstahammar)'},
] as const;

export interface ResultSelection {
  team: TeamId | 'alla';
  year: string;
  teams2024: TeamYear2024[];
  periods: PeriodResult[];
  /** One sentence for the status line, read out when the choice changes. */
  description: string;
}

/** What the results page shows for `?team=…&ar=…`; unknown values mean "alla". */
export function selectResults(
  query: {team: string; year: string},
  teams2024: readonly TeamYear2024[],
  periods: readonly PeriodResult[],
): ResultSelection {
  const team = (teamIds as readonly string[]).includes(query.team) ? (query.team as TeamId) : 'alla';
  const year = resultYears.some((option) => option.value === query.year) ? query.year : 'alla';
  const teamMatches = (id: TeamId) => team === 'alla' || id === team;
  const shown2024 = year === 'alla' || year === '2024' ? teams2024.filter((row) => teamMatches(row.team)) : [];
  const shownPeriods = periods.filter((period) => teamMatches(period.team) && (year === 'alla' || String(period.year) === year));
  const who = team === 'alla' ? 'alla team' : teamNames[team];
  const when = year === 'alla' ? 'alla år' : resultYears.find((option) => option.value === year)!.label;
  const count = shown2024.length + shownPeriods.length;
  return {
    team,
    year,
    teams2024: shown2024,
    periods: shownPeriods,
    description: count === 0 ? `Inga resultat för ${who}, ${when}.` : `Visar resultat för ${who}, ${when}.`,
  };
}
