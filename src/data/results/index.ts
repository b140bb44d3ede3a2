import type {TeamId} from '../teams';
import type {PeriodResult, TeamYear2024} from './schema';
import {county2024, teams2024} from './vastmanland2024';
import {periodResults} from './periodResults';
import {boardFigures} from './board';

export {county2024, teams2024, periodResults, boardFigures};

export function result2024Of(team: TeamId): TeamYear2024 | undefined {
  return teams2024.find((row) => row.team === team);
}

export function periodResultsOf(team: TeamId): PeriodResult[] {
  return periodResults.filter((result) => result.team === team);
}
