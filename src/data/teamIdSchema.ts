/**
 * `team:` in every data file and front matter: the id of a team with a file in src/data/teams/. The
 * known teams are read from those files (teamLoad.ts), so a new team needs no code. Node only (it
 * reads files): the pages import the schemas' types, never the schemas.
 */
import {siteTeams} from './teamLoad';
import {z} from './zod';

export const teamIdSchema = z.string().superRefine((id, ctx) => {
  const known = siteTeams().teams.map((team) => team.team);
  if (!known.includes(id)) {
    ctx.addIssue({code: 'custom', message: `"${id}" är inget känt team; teamen är ${known.join(', ')} (src/data/teams/)`});
  }
});
