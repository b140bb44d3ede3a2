/**
 * The results as the pages read them: every file in src/data/results/years, put together by
 * plugins/results-data when the site is built (in the tests, by tests/support/results.ts). The list
 * of years comes from the files, so a new year needs no code.
 */
import results from '@generated/results-data/default/results.json';
import type {TeamId} from '../teams';
import type {CountyYear, PeriodResult, TeamYear} from './schema';

export type {ResultsData} from './load';

/** What each county report states for the county, newest year first. */
export const countyYears: readonly CountyYear[] = results.countyYears;
/** One row per team and year, newest year first. */
export const teamYears: readonly TeamYear[] = results.teamYears;
export const periodResults: readonly PeriodResult[] = results.periodResults;
export const boardFigures = results.board;

/** The years with a county report, newest first. */
export const countyReportYears: readonly number[] = countyYears.map((county) => county.year);

/** The newest county report (the results page's "i korthet"). */
export const latestCountyYear: CountyYear | undefined = countyYears[0];

export function countyYearOf(year: number): CountyYear | undefined {
  return countyYears.find((county) => county.year === year);
}

/** The team rows of one year's county report. */
export function teamYearsIn(year: number): TeamYear[] {
  return teamYears.filter((row) => row.year === year);
}

/** One team's rows, newest year first. */
export function teamYearsOf(team: TeamId): TeamYear[] {
  return teamYears.filter((row) => row.team === team);
}

export function teamYearOf(team: TeamId, year: number): TeamYear | undefined {
  return teamYears.find((row) => row.team === team && row.year === year);
}

export function periodResultsOf(team: TeamId): PeriodResult[] {
  return periodResults.filter((result) => result.team === team);
}
