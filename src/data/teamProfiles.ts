/**
 * Every team's profile (the fact box on its page), from the team files in src/data/teams/, in the
 * site's order. Written by plugins/team-data when the site is built (in the tests, by
 * tests/support/teamProfiles.ts). Only the components that show a profile import this (TeamFacts,
 * TeamsByMunicipality), so other pages do not load the profiles.
 */
import profiles from '@generated/team-data/default/profiles.json';
import type {TeamId, TeamProfile} from './teamFile';

export const teamProfiles: readonly TeamProfile[] = profiles;

export function profileOf(team: TeamId): TeamProfile {
  const found = teamProfiles.find((profile) => profile.team === team);
  if (!found) throw new Error(`src/data/teams/${team}.yaml: profil för "${team}" saknas`);
  return found;
}
