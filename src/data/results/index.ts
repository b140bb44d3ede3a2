import type {TeamId} from '../teams';
import type {PeriodResult, TeamYear2024} from './schema';
import {county2024, teams2024} from './vastmanland2024';
import {periodResults} from './periodResults';
import {boardFigures} from './board';

export {county2024, teams2024, periodResults, boardFigures};

/** Every team's results, one row per team and year: for code that takes the year from the row, not from its name. */
export const teamYears: readonly TeamYear2024[] = teams2024;

export function result2024Of(team: TeamId): TeamYear2024 | undefined {
  return teams2024.find((row) => row.team === team);
}

export function periodResultsOf(team: TeamId): PeriodResult[] {
  return periodResults.filter((result) => result.team === team);
}
