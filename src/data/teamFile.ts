/**
 * One team file (src/data/teams/<id>.yaml): the team's short name, its place in the site's order of
 * the teams and its profile, the fact box on its page. The file's name is the team's id. Staff and
 * FTE are not here; they come from the results data of the profile's year, so that no figure is
 * typed twice. The loader is teamLoad.ts.
 */
import {sentence, sourceRefSchema, text, year, z} from './zod';

/** What a team's id (the file's name without .yaml) may look like: it is also part of the team page's address. */
export const teamIdPattern = /^[a-z][a-z0-9-]*$/;
export const teamIdRule = 'ska börja med en liten bokstav a–z och bara ha små bokstäver a–z, siffror och bindestreck';

/** A team's id. Which ids exist is data (the files in src/data/teams/), so the type is a string. */
export type TeamId = string;

export const teamFileSchema = z.strictObject({
  /** The name in running text, filters and tables, e.g. "FNS", "Västerås". */
  shortName: text,
  /** The team's place in the site's order of the teams, 1 first; no two teams share a place. */
  position: z.number().int('ska vara ett heltal').min(1, 'ska vara 1 eller större'),
  /** Full name as the report uses it, e.g. "Samordningsteam FNS". */
  name: text,
  municipalities: z.array(text).min(1, 'ska ange minst en kommun'),
  /** The county (län) without "län", e.g. "Västmanland". */
  county: text,
  /** The samordningsförbund that funds the team (as the newest report says). */
  forbund: text,
  /** Who hosts the team (employer of the operations manager, premises). */
  host: sentence,
  /** Parties in the steering group. */
  steeringGroup: z.array(text).min(1, 'ska ange minst en part'),
  targetGroup: sentence,
  /** Who refers participants to the team. */
  referrers: z.array(text).min(1, 'ska ange minst en remittent'),
  /** The year the profile describes. */
  year,
  /** Where each part of the profile is stated. */
  refs: z.array(sourceRefSchema).min(1, 'ska ange minst en källa'),
});

type TeamFile = z.infer<typeof teamFileSchema>;

/** A team as every page may list it: '@generated/team-data/default/teams.json', in the site's order. */
export interface TeamListEntry {
  team: TeamId;
  shortName: string;
}

/** A team's profile, the fact box on its page: '@generated/team-data/default/profiles.json', in the site's order. */
export type TeamProfile = {team: TeamId} & Omit<TeamFile, 'shortName' | 'position'>;
