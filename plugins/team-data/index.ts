/**
 * Local plugin: reads the team files (src/data/teams/<id>.yaml, one per team), stops the build on an
 * error with file, field and rule, and writes what the pages read, in the site's order of the teams:
 * '@generated/team-data/default/teams.json' (ids and short names, imported by src/data/teams.ts on
 * every page that names a team) and '.../profiles.json' (the profiles, imported by
 * src/data/teamProfiles.ts, so only the pages with a fact box or the municipality map load them).
 * A new team is a new file; no code changes.
 */
import {join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {loadTeams, siteTeamsDir, type TeamData} from '../../src/data/teamLoad';

export default function teamDataPlugin(context: LoadContext): Plugin {
  return {
    name: 'team-data',
    getPathsToWatch() {
      return [join(context.siteDir, siteTeamsDir, '*.{yaml,yml}')];
    },
    async loadContent(): Promise<TeamData> {
      const {data, problems} = loadTeams([siteTeamsDir], context.siteDir);
      if (problems.length > 0) {
        throw new Error(`Teamfilerna innehåller fel:\n  ${problems.join('\n  ')}`);
      }
      return data;
    },
    async contentLoaded({content, actions}) {
      const {teams, profiles} = content as TeamData;
      await actions.createData('teams.json', JSON.stringify(teams));
      await actions.createData('profiles.json', JSON.stringify(profiles));
    },
  };
}
