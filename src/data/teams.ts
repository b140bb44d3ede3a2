/**
 * The teams the site describes, in the site's order: one file per team in src/data/teams/, read by
 * plugins/team-data when the site is built (in the tests, by tests/support/teamList.ts). A new team
 * is a new file; no code changes. Only ids and short names are here, so that every page can import
 * this; the profiles are in teamProfiles.ts.
 */
import teams from '@generated/team-data/default/teams.json';
import type {TeamId} from './teamFile';

export type {TeamId};

/** Every team's id, in the site's order (`position` in the team files). */
export const teamOrder: readonly TeamId[] = teams.map((entry) => entry.team);

/** Short names as the teams are called in running text and in filters, by id. */
export const teamNames: Readonly<Record<TeamId, string>> = Object.fromEntries(teams.map((entry) => [entry.team, entry.shortName]));

export function isTeamId(value: string): value is TeamId {
  return teamOrder.includes(value);
}

/** The team's short name, e.g. "FNS"; an id without a team file is an error in the data. */
export function teamName(team: TeamId): string {
  const name = teamNames[team];
  if (name === undefined) throw new Error(`"${team}" är inget känt team; teamen är ${teamOrder.join(', ')} (src/data/teams/)`);
  return name;
}
