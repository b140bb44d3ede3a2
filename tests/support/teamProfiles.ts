/**
 * '@generated/team-data/default/profiles.json' in the tests: the profiles from the site's own team
 * files, read by the same loader as the build (see teamList.ts beside this file).
 */
import {siteTeams} from '@site/src/data/teamLoad';

export default siteTeams().profiles;
