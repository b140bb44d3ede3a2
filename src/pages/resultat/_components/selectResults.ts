import type {CountyYear, PeriodResult, TeamYear} from '@site/src/data/results/schema';
import {isTeamId, teamName, type TeamId} from '@site/src/data/teams';

export interface YearOption {
  value: string;
  label: string;
}

/** "1 juli 2021–30 juni 2022" → "2021–2022"; "Kalenderåret 2019" → "2019". */
function yearsInPeriod(period: string): string {
  const years = [...new Set(period.match(/\b(19|20)\d\d\b/g) ?? [])];
  return years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : (years[0] ?? period);
}

/**
 * The years a reader can choose, newest first, from the data: each county report's year, and each
 * earlier report's period with its team ("2021–2022 (Avesta)").
 */
export function resultYearOptions(counties: readonly CountyYear[], periods: readonly PeriodResult[]): YearOption[] {
  const options = new Map<number, YearOption>();
  for (const county of counties) options.set(county.year, {value: String(county.year), label: String(county.year)});
  for (const period of periods) {
    if (!options.has(period.year)) {
      options.set(period.year, {value: String(period.year), label: `${yearsInPeriod(period.period)} (${teamName(period.team)})`});
    }
  }
  return [...options.entries()].sort(([a], [b]) => b - a).map(([, option]) => option);
}

export interface ResultSelection {
  team: TeamId | 'alla';
  year: string;
  /** The county reports' team rows that match, by year, newest first. */
  countyYears: {year: number; teams: TeamYear[]}[];
  periods: PeriodResult[];
  /** One sentence for the status line, read out when the choice changes. */
  description: string;
}

/** What the results page shows for `?team=…&ar=…`; unknown values mean "alla". */
export function selectResults(
  query: {team: string; year: string},
  data: {countyYears: readonly CountyYear[]; teamYears: readonly TeamYear[]; periods: readonly PeriodResult[]},
): ResultSelection {
  const options = resultYearOptions(data.countyYears, data.periods);
  const team = isTeamId(query.team) ? query.team : 'alla';
  const year = options.some((option) => option.value === query.year) ? query.year : 'alla';
  const teamMatches = (id: TeamId) => team === 'alla' || id === team;
  const yearMatches = (value: number) => year === 'alla' || String(value) === year;
  const shownYears = data.countyYears
    .filter((county) => yearMatches(county.year))
    .map((county) => ({
      year: county.year,
      teams: data.teamYears.filter((row) => row.year === county.year && teamMatches(row.team)),
    }))
    .filter((shown) => shown.teams.length > 0);
  const shownPeriods = data.periods.filter((period) => teamMatches(period.team) && yearMatches(period.year));
  const who = team === 'alla' ? 'alla team' : teamName(team);
  const when = year === 'alla' ? 'alla år' : options.find((option) => option.value === year)!.label;
  const count = shownYears.reduce((sum, shown) => sum + shown.teams.length, 0) + shownPeriods.length;
  return {
    team,
    year,
    countyYears: shownYears,
    periods: shownPeriods,
    description: count === 0 ? `Inga resultat för ${who}, ${when}.` : `Visar resultat för ${who}, ${when}.`,
  };
}
