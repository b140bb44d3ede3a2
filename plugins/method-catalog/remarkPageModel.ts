/**
 * Remark plugin for the pages of the three content sections (docs/, samordningsteamen/, exempel/),
 * run before Docusaurus' own plugins so that the heading it adds gets its id and its place in the
 * table of contents:
 *
 * 1. Källor: appends "## Källor" with the reports from the page's `sources:` front matter
 *    (<PageSources />, which renders them as pages wrote <SourceList> by hand before) and, from `otherSources:`, a list of
 *    other public sources (after the line in `otherSourcesIntro:`, when there is one). A page without `sources:`, with an unknown report or with a "Källor"
 *    heading of its own stops the build with a Swedish message naming the file.
 * 2. The writer's vocabulary: the site's components in vocabulary.json (fact boxes, figures,
 *    ProcessFlow, finders …) are used in MDX without imports. The plugin adds the import for each
 *    one the page uses, so a page's JavaScript holds only the components it shows (registering them
 *    all in MDXComponents would put every one of them in every page's main.js).
 *
 * The print page (src/pages/skriv-ut-metodhandboken) bundles the same MDX files through the same
 * loader, so it gets the same Källor and imports.
 */
import {basename, relative} from 'node:path';
import {otherSourcesIntroSchema, otherSourcesSchema, pageSourcesSchema} from '../../src/data/pageSchema';
import {describeIssues} from '../../src/data/validate';
import vocabularyJson from './vocabulary.json';

export interface VocabularyEntry {
  /** The module the component is imported from. */
  from: string;
  /** "default" or the name of a named export. */
  export: string;
}

/** Component name as authors write it → where it comes from. */
export const vocabulary: Readonly<Record<string, VocabularyEntry>> = vocabularyJson;

// Minimal shapes of the mdast and estree nodes this plugin reads and writes.
interface Node {
  type: string;
  children?: Node[];
  [key: string]: unknown;
}
interface Tree extends Node {
  children: Node[];
}
interface File {
  path?: string;
  cwd?: string;
  data: {frontMatter?: Record<string, unknown>; [key: string]: unknown};
}
interface Parser {
  parse(markdown: string): unknown;
}

const sourcesHeading = 'Källor';

function fileName(file: File): string {
  return file.path ? relative(file.cwd ?? process.cwd(), file.path) : 'okänd fil';
}

function textOf(node: Node): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

function importNode(names: readonly string[], from: string): Node {
  const specifiers = names.map((name) => {
    const local = {type: 'Identifier', name};
    const exported = vocabulary[name]!.export;
    return exported === 'default'
      ? {type: 'ImportDefaultSpecifier', local}
      : {type: 'ImportSpecifier', imported: {type: 'Identifier', name: exported}, local};
  });
  const source = {type: 'Literal', value: from, raw: JSON.stringify(from)};
  const text = names.map((name) => (vocabulary[name]!.export === 'default' ? name : `{${name}}`)).join(', ');
  return {
    type: 'mdxjsEsm',
    value: `import ${text} from ${JSON.stringify(from)};`,
    data: {estree: {type: 'Program', sourceType: 'module', body: [{type: 'ImportDeclaration', specifiers, source}]}},
  };
}

/** The names the page's own imports and exports already bind (pages written before the vocabulary). */
function boundNames(tree: Tree): Set<string> {
  const names = new Set<string>();
  for (const node of tree.children) {
    if (node.type !== 'mdxjsEsm') continue;
    const body = ((node.data as {estree?: {body?: Node[]}} | undefined)?.estree?.body ?? []) as Node[];
    for (const statement of body) {
      for (const specifier of (statement.specifiers as Node[] | undefined) ?? []) names.add((specifier.local as {name: string}).name);
      const declaration = statement.declaration as Node | undefined;
      for (const declarator of (declaration?.declarations as Node[] | undefined) ?? []) {
        const id = declarator.id as {name?: string};
        if (id.name) names.add(id.name);
      }
    }
  }
  return names;
}

/** The first block of a piece of Markdown from the front matter. */
function parseMarkdown(parser: Parser, markdown: string, name: string, field: string): Node | undefined {
  try {
    return (parser.parse(markdown) as Tree).children[0];
  } catch (error) {
    throw new Error(`${name}: ${field}: ska vara Markdown (${(error as Error).message})`);
  }
}

/** Källor from the front matter; throws, naming the file, when the page cannot have it. */
export function sourcesSection(tree: Tree, file: File, parser: Parser): Node[] {
  const name = fileName(file);
  const frontMatter = file.data.frontMatter ?? {};
  walk(tree, (node) => {
    if (node.type === 'heading' && textOf(node).trim() === sourcesHeading) {
      throw new Error(
        `${name}: sidan har en egen rubrik "${sourcesHeading}"; regel: källorna anges i front matter (sources:, otherSources:) och Källor skrivs ut av sig själv`,
      );
    }
    if (node.type === 'mdxJsxFlowElement' && node.name === 'SourceList') {
      throw new Error(`${name}: <SourceList> i texten; regel: källorna anges i front matter (sources:) och Källor skrivs ut av sig själv`);
    }
  });
  if (frontMatter.sources === undefined) {
    throw new Error(`${name}: front matter saknar "sources"; regel: varje sida anger sina källor (sources: - id: arsrapport-2024)`);
  }
  const sources = pageSourcesSchema.safeParse(frontMatter.sources);
  if (!sources.success) throw new Error(describeIssues(name, 'sources', sources.error).join('\n'));
  const nodes: Node[] = [
    {type: 'heading', depth: 2, children: [{type: 'text', value: sourcesHeading}]},
    // Reads `sources:` itself, so that the list is not in the page's JavaScript twice (front matter and props).
    {type: 'mdxJsxFlowElement', name: 'PageSources', attributes: [], children: []},
  ];
  if (frontMatter.otherSourcesIntro !== undefined) {
    const intro = otherSourcesIntroSchema.safeParse(frontMatter.otherSourcesIntro);
    if (!intro.success) throw new Error(describeIssues(name, 'otherSourcesIntro', intro.error).join('\n'));
    if (frontMatter.otherSources === undefined) throw new Error(`${name}: otherSourcesIntro: står före otherSources, som saknas`);
    const paragraph = parseMarkdown(parser, intro.data.replace(/\n/g, ' '), name, 'otherSourcesIntro');
    if (paragraph?.type !== 'paragraph') throw new Error(`${name}: otherSourcesIntro: ska vara en rad text i Markdown`);
    nodes.push(paragraph);
  }
  if (frontMatter.otherSources !== undefined) {
    const others = otherSourcesSchema.safeParse(frontMatter.otherSources);
    if (!others.success) throw new Error(describeIssues(name, 'otherSources', others.error).join('\n'));
    const list = parseMarkdown(parser, others.data.map((line) => `- ${line.replace(/\n/g, ' ')}`).join('\n'), name, 'otherSources');
    if (list?.type !== 'list' || list.children?.length !== others.data.length) {
      throw new Error(`${name}: otherSources: varje källa ska vara en rad i Markdown, inte en lista eller rubrik`);
    }
    nodes.push(list);
  }
  return nodes;
}

/** Imports for the vocabulary components the page uses and does not import itself. */
export function vocabularyImports(tree: Tree): Node[] {
  const bound = boundNames(tree);
  const used = new Set<string>();
  walk(tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && typeof node.name === 'string') {
      if (Object.hasOwn(vocabulary, node.name) && !bound.has(node.name)) used.add(node.name);
    }
  });
  const byModule = new Map<string, string[]>();
  for (const name of [...used].sort()) {
    const from = vocabulary[name]!.from;
    byModule.set(from, [...(byModule.get(from) ?? []), name]);
  }
  return [...byModule].map(([from, names]) => importNode(names, from));
}

/** The plugin; partials (files starting with "_") are pieces of pages, not pages, and get no Källor. */
export default function remarkPageModel(this: Parser) {
  const parser = this;
  return (tree: Tree, file: File): void => {
    if (file.path && !basename(file.path).startsWith('_')) tree.children.push(...sourcesSection(tree, file, parser));
    tree.children.unshift(...vocabularyImports(tree));
  };
}
