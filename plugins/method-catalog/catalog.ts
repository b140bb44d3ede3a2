/**
 * Builds the method catalogue from the Metodhandbok's docs: every page except the landing page
 * must describe itself in `method:` front matter (see methodMetadataSchema). Pure, so it is unit-tested.
 */
import {methodMetadataSchema, type MethodEntry} from '../../src/data/schemas';
import {describeIssues} from '../../src/data/validate';

/** What the catalogue needs of a loaded doc (a subset of Docusaurus' DocMetadata). */
export interface LoadedDoc {
  /** e.g. "@site/docs/losningsfokus.mdx" */
  source: string;
  permalink: string;
  title: string;
  description: string;
  frontMatter: Record<string, unknown>;
}

/** The landing page lists the methods and is not one itself. */
export const landingPermalink = '/metodhandbok';

function fileOf(doc: LoadedDoc): string {
  return doc.source.replace(/^@site\//, '');
}

export function buildMethodCatalog(docs: readonly LoadedDoc[]): {methods: MethodEntry[]; problems: string[]} {
  const methods: MethodEntry[] = [];
  const problems: string[] = [];
  for (const doc of docs) {
    if (doc.permalink.replace(/\/$/, '') === landingPermalink) continue;
    if (doc.frontMatter.method === undefined) {
      problems.push(`${fileOf(doc)}: front matter saknar "method" (vad, för vem, syfte, form, vem leder, team)`);
      continue;
    }
    const result = methodMetadataSchema.safeParse(doc.frontMatter.method);
    if (!result.success) {
      problems.push(...describeIssues(fileOf(doc), 'method', result.error));
      continue;
    }
    methods.push({...result.data, title: doc.title, description: doc.description, permalink: doc.permalink});
  }
  methods.sort((a, b) => a.title.localeCompare(b.title, 'sv'));
  return {methods, problems};
}
