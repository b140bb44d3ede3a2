/**
 * Reads the team files (src/data/teams/<id>.yaml, one per team) from one or more folders, checks
 * each against the schema (teamFile.ts) and puts them in the site's order of the teams (`position`).
 * Runs in Node only: when the site is built (plugins/team-data writes what the pages read,
 * src/data/validate.ts stops the build on an error), in the schemas of the other data files, which
 * accept only the teams read here (teamIdSchema.ts), and in the tests, which can point it at other
 * folders (tests/fixtures/teams/…).
 */
import {existsSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {teamFileSchema, teamIdPattern, teamIdRule, type TeamListEntry, type TeamProfile} from './teamFile';
import {dataFilesIn, fileIssues, isObject, readDataFile} from './yamlFile';

/** The site's own team files, relative to the site's folder. */
export const siteTeamsDir = 'src/data/teams';

const fileExtension = /\.ya?ml$/;

/** Everything the pages read about the teams, in the site's order. */
export interface TeamData {
  /** Id and short name of every team: what filters, tables and running text need. */
  teams: TeamListEntry[];
  /** Every team's profile: what the fact box and the municipality map need. */
  profiles: TeamProfile[];
}

/**
 * Reads every .yaml and .yml file in `dirs` (absolute, or relative to `root`). `problems` names
 * file, field and rule for each error; with problems, `data` holds the teams that could be read.
 */
export function loadTeams(dirs: readonly string[], root: string = process.cwd()): {data: TeamData; problems: string[]} {
  const problems: string[] = [];
  const read: {name: string; position: number; entry: TeamListEntry; profile: TeamProfile}[] = [];
  for (const file of dataFilesIn(dirs, root, fileExtension, 'teamfiler')) {
    if ('problem' in file) {
      problems.push(file.problem);
      continue;
    }
    const {path, name, entry} = file;
    const team = entry.replace(fileExtension, '');
    if (!teamIdPattern.test(team)) {
      problems.push(`${name}: id (filens namn): "${team}" ${teamIdRule}, t.ex. sala.yaml eller norra-dalarna.yaml`);
      continue;
    }
    const earlier = read.find((other) => other.entry.team === team);
    if (earlier) {
      problems.push(`${name}: id (filens namn): "${team}" finns redan i ${earlier.name}; ett team har en fil`);
      continue;
    }
    const {raw, problem} = readDataFile(path, name);
    if (problem) {
      problems.push(problem);
      continue;
    }
    if (!isObject(raw)) {
      problems.push(`${name}: (hela filen): ska vara teamets uppgifter, shortName, position, name, municipalities och så vidare`);
      continue;
    }
    const result = teamFileSchema.safeParse(raw);
    if (!result.success) {
      problems.push(...fileIssues(name, result.error));
      continue;
    }
    const {shortName, position, ...profile} = result.data;
    const samePlace = read.find((other) => other.position === position);
    if (samePlace) {
      problems.push(`${name}: position: ${position} är redan platsen för ${samePlace.entry.team} (${samePlace.name}); två team kan inte ha samma plats i ordningen`);
      continue;
    }
    read.push({name, position, entry: {team, shortName}, profile: {team, ...profile}});
  }
  if (read.length === 0 && problems.length === 0) problems.push(`${dirs.join(', ')}: inga teamfiler (<id>.yaml)`);
  read.sort((a, b) => a.position - b.position);
  return {data: {teams: read.map((team) => team.entry), profiles: read.map((team) => team.profile)}, problems};
}

let siteTeamData: {stamp: string; data: TeamData} | undefined;

/**
 * The site's teams (src/data/teams/, from the working folder), read again only when a file there is
 * added, removed or changed (as under `npm start`). The schemas of the other data files check team
 * ids against these; a test can point this at other folders with vi.mock (see
 * tests/unit/teams/thirdCounty.test.tsx). Problems in the team files are reported by
 * src/data/validate.ts and plugins/team-data; here the teams that could be read count.
 */
export function siteTeams(): TeamData {
  const dir = join(process.cwd(), siteTeamsDir);
  const stamp = existsSync(dir)
    ? readdirSync(dir)
        .filter((file) => fileExtension.test(file))
        .sort()
        .map((file) => `${file} ${statSync(join(dir, file)).mtimeMs}`)
        .join('\n')
    : '';
  if (siteTeamData?.stamp !== stamp) siteTeamData = {stamp, data: loadTeams([siteTeamsDir]).data};
  return siteTeamData.data;
}
