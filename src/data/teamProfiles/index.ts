import type {TeamId} from '../teams';
import type {TeamProfile} from './schema';
import {profile as fns} from './fns';
import {profile as sala} from './sala';
import {profile as hallstahammar} from './hallstahammar';
import {profile as surahammar} from './surahammar';
import {profile as vasteras} from './vasteras';
import {profile as avesta} from './avesta';

/** Every team's profile, in the order the site lists the teams. */
export const teamProfiles: readonly TeamProfile[] = [fns, sala, hallstahammar, surahammar, vasteras, avesta];

export function profileOf(team: TeamId): TeamProfile {
  const found = teamProfiles.find((profile) => profile.team === team);
  if (!found) throw new Error(`src/data/teamProfiles: profil för "${team}" saknas`);
  return found;
}
