/**
 * '@generated/team-data/default/teams.json' in the tests: the site's own team files, read by the
 * same loader as the build (siteTeams in src/data/teamLoad.ts). A test can point the loader at other
 * folders with vi.mock (see tests/unit/teams/thirdCounty.test.tsx).
 */
import {siteTeams} from '@site/src/data/teamLoad';

export default siteTeams().teams;
