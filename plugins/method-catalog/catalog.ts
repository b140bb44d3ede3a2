/**
 * The content model of the three sections, checked when the site is built: every method page
 * describes itself in `method:`, every team page names its team in `team:`, every practice example
 * describes itself in `example:` (see schemas.ts), and every page of the three sections lists its
 * reports in `sources:` (see pageSchema.ts). Builds the catalogues that the finders, the fact boxes,
 * the referral page and the print page read. Pure, so it is unit-tested.
 */
import type * as z from 'zod';
import {exampleMetadataSchema, methodMetadataSchema, type ExampleEntry, type MethodEntry} from '../../src/data/schemas';
import {otherSourcesIntroSchema, otherSourcesSchema, pageSourcesSchema, type TeamPageEntry} from '../../src/data/pageSchema';
import {teamIdSchema} from '../../src/data/teamIdSchema';
import {siteTeams} from '../../src/data/teamLoad';
import {describeIssues} from '../../src/data/validate';

/** What a catalogue needs of a loaded doc (a subset of Docusaurus' DocMetadata). */
export interface LoadedDoc {
  /** e.g. "@site/docs/losningsfokus.mdx" */
  source: string;
  permalink: string;
  title: string;
  description: string;
  frontMatter: Record<string, unknown>;
}

/** The landing pages list the entries and are not entries themselves. */
export const landingPermalink = '/metodhandbok';
export const examplesLandingPermalink = '/exempel';
export const teamsLandingPermalink = '/samordningsteamen';

function fileOf(doc: LoadedDoc): string {
  return doc.source.replace(/^@site\//, '');
}

function isLanding(doc: LoadedDoc, landing: string): boolean {
  return doc.permalink.replace(/\/$/, '') === landing;
}

interface CatalogOptions<T> {
  field: string;
  schema: z.ZodType<T>;
  /** Explains what the field holds, for the message when it is missing. */
  missing: string;
  skip: (doc: LoadedDoc) => boolean;
}

function buildCatalog<T extends object>(
  docs: readonly LoadedDoc[],
  options: CatalogOptions<T>,
): {entries: (T & {title: string; description: string; permalink: string})[]; problems: string[]} {
  const entries: (T & {title: string; description: string; permalink: string})[] = [];
  const problems: string[] = [];
  for (const doc of docs) {
    if (options.skip(doc)) continue;
    const value = doc.frontMatter[options.field];
    if (value === undefined) {
      problems.push(`${fileOf(doc)}: front matter saknar "${options.field}" (${options.missing})`);
      continue;
    }
    const result = options.schema.safeParse(value);
    if (!result.success) {
      problems.push(...describeIssues(fileOf(doc), options.field, result.error));
      continue;
    }
    // Stored without a trailing slash (a folder's index page has one), so that links compare equal.
    entries.push({...result.data, title: doc.title, description: doc.description, permalink: doc.permalink.replace(/\/$/, '')});
  }
  entries.sort((a, b) => a.title.localeCompare(b.title, 'sv'));
  return {entries, problems};
}

export function buildMethodCatalog(docs: readonly LoadedDoc[]): {methods: MethodEntry[]; problems: string[]} {
  const {entries, problems} = buildCatalog(docs, {
    field: 'method',
    schema: methodMetadataSchema,
    missing: 'vad, för vem, syfte, form, vem leder, team',
    skip: (doc) => isLanding(doc, landingPermalink),
  });
  return {methods: entries, problems};
}

/**
 * The practice examples; pages with `lessons: true` (the socio-economic perspective, the lessons)
 * are articles, not examples. Every method an example names must be a page in the handbook.
 */
export function buildExampleCatalog(
  docs: readonly LoadedDoc[],
  methodPermalinks: readonly string[],
): {examples: ExampleEntry[]; problems: string[]} {
  const {entries, problems} = buildCatalog(docs, {
    field: 'example',
    schema: exampleMetadataSchema,
    missing: 'förbund, län, målgrupper, metoder, slags resultat, period, källa, siffror',
    skip: (doc) => isLanding(doc, examplesLandingPermalink) || doc.frontMatter.lessons === true,
  });
  const known = new Set(methodPermalinks);
  for (const example of entries) {
    example.methods.forEach((method, index) => {
      if (!known.has(`/metodhandbok/${method}`)) {
        const doc = docs.find((candidate) => candidate.permalink === example.permalink)!;
        problems.push(`${fileOf(doc)}: example.methods[${index}]: "${method}" är ingen sida i metodhandboken`);
      }
    });
  }
  return {examples: entries, problems};
}

/** For each handbook page: the practice examples that use it, by title. Small, so method pages can load it. */
export function examplesByMethod(examples: readonly ExampleEntry[]): Record<string, {title: string; permalink: string}[]> {
  const byMethod: Record<string, {title: string; permalink: string}[]> = {};
  for (const example of examples) {
    for (const method of example.methods) {
      (byMethod[`/metodhandbok/${method}`] ??= []).push({title: example.title, permalink: example.permalink});
    }
  }
  return byMethod;
}

/**
 * `sources:` (and `otherSources:`) on every page of the three sections: Källor is rendered from them,
 * so a page without them, or with a report that is not in src/data/sources.ts, stops the build.
 */
export function findSourceProblems(docs: readonly LoadedDoc[]): string[] {
  return docs.flatMap((doc) => {
    const {sources, otherSources, otherSourcesIntro} = doc.frontMatter;
    if (sources === undefined) {
      return [`${fileOf(doc)}: front matter saknar "sources" (varje sida ska ange sina källor, t.ex. sources: [{id: arsrapport-2024, where: avsnitt 7.2}])`];
    }
    const problems = [...describeResult(doc, 'sources', pageSourcesSchema.safeParse(sources))];
    if (otherSources !== undefined) problems.push(...describeResult(doc, 'otherSources', otherSourcesSchema.safeParse(otherSources)));
    if (otherSourcesIntro !== undefined) {
      problems.push(...describeResult(doc, 'otherSourcesIntro', otherSourcesIntroSchema.safeParse(otherSourcesIntro)));
      if (otherSources === undefined) problems.push(`${fileOf(doc)}: otherSourcesIntro: står före otherSources, som saknas`);
    }
    return problems;
  });
}

function describeResult(doc: LoadedDoc, field: string, result: {success: boolean; error?: z.ZodError}): string[] {
  return result.success || !result.error ? [] : describeIssues(fileOf(doc), field, result.error);
}

/**
 * The team pages: those whose front matter names a team in `team:`. Each team with a file in
 * src/data/teams/ has exactly one page, whose fact box, results and figures for boards are read from that team.
 */
export function buildTeamCatalog(docs: readonly LoadedDoc[]): {teams: TeamPageEntry[]; problems: string[]} {
  const teams: TeamPageEntry[] = [];
  const problems: string[] = [];
  for (const doc of docs) {
    const value = doc.frontMatter.team;
    if (value === undefined) continue;
    const result = teamIdSchema.safeParse(value);
    if (!result.success) {
      problems.push(...describeIssues(fileOf(doc), 'team', result.error));
      continue;
    }
    const earlier = teams.find((entry) => entry.team === result.data);
    if (earlier) {
      problems.push(`${fileOf(doc)}: team: "${result.data}" har redan en sida (${earlier.permalink}); ett team har en sida`);
      continue;
    }
    teams.push({team: result.data, title: doc.title, description: doc.description, permalink: doc.permalink.replace(/\/$/, '')});
  }
  const order = siteTeams().teams.map((entry) => entry.team);
  for (const team of order) {
    if (!teams.some((entry) => entry.team === team)) {
      problems.push(`samordningsteamen: teamet "${team}" (src/data/teams/${team}.yaml) har ingen sida; ange team: ${team} i front matter på teamets sida`);
    }
  }
  teams.sort((a, b) => order.indexOf(a.team) - order.indexOf(b.team));
  return {teams, problems};
}
