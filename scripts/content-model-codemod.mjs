#!/usr/bin/env node
/**
 * Codemod: brings the MDX pages of the three sections (docs/, samordningsteamen/, exempel/) to the
 * content model (plugins/method-catalog): prose and Markdown, no imports, sources in front matter.
 *
 *   node scripts/content-model-codemod.mjs            all pages in the three folders
 *   node scripts/content-model-codemod.mjs a.mdx b.mdx only these files
 *   node scripts/content-model-codemod.mjs --check    changes nothing; exit 1 if a page needs converting
 *
 * What it does on each page:
 * - removes the imports of site components (the writer's vocabulary, plugins/method-catalog/vocabulary.json)
 *   and of the generated catalogues, and the props that only passed a catalogue on (methods={methods});
 * - moves `## Källor` with `<SourceList ids details>` and a following list of other sources (with or
 *   without a line before it) into front matter as `sources: [{id, where}]`, `otherSources: [...]` and
 *   `otherSourcesIntro:` (Källor is rendered from them);
 * - turns `<ProcessFlow steps={[{title, text, who}]}>` into a Markdown list inside <ProcessFlow>;
 * - moves `team="…"` of <TeamFacts>, <TeamResults> and <BoardFigures> into front matter `team:`.
 *
 * Idempotent: a converted page is left as it is. Anything it cannot convert safely (another import,
 * a Källor section that is not last or holds something else, a step with Markdown characters …) stops
 * it with a message naming the file and the reason, before any file is written.
 */
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {isDeepStrictEqual} from 'node:util';
import matter from 'gray-matter';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';

const root = fileURLToPath(new URL('..', import.meta.url));
const sections = ['docs', 'samordningsteamen', 'exempel'];
const vocabulary = JSON.parse(readFileSync(join(root, 'plugins/method-catalog/vocabulary.json'), 'utf8'));
const teamComponents = new Set(['TeamFacts', 'TeamResults', 'BoardFigures']);
const generatedPrefix = '@generated/method-catalog/';
const componentsPrefix = '@site/src/components/';

class CodemodError extends Error {}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).use(remarkGfm).use(remarkDirective);

function textOf(node) {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

function walk(node, visit, parent = null) {
  visit(node, parent);
  for (const child of node.children ?? []) walk(child, visit, node);
}

/** The value of a literal expression: strings, numbers, arrays and objects of them; nothing computed. */
function literal(node, where) {
  switch (node?.type) {
    case 'Literal':
      if (typeof node.value === 'string' || typeof node.value === 'number') return node.value;
      break;
    case 'TemplateLiteral':
      if (node.expressions.length === 0) return node.quasis.map((quasi) => quasi.value.cooked).join('');
      break;
    case 'ArrayExpression':
      return node.elements.map((element) => literal(element, where));
    case 'ObjectExpression':
      return Object.fromEntries(
        node.properties.map((property) => {
          if (property.type !== 'Property' || property.computed || property.kind !== 'init') {
            throw new CodemodError(`${where}: kan bara läsa enkla nycklar`);
          }
          const key = property.key.type === 'Identifier' ? property.key.name : literal(property.key, where);
          return [key, literal(property.value, where)];
        }),
      );
  }
  throw new CodemodError(`${where}: värdet är inte en enkel text, lista eller ett objekt (${node?.type ?? 'inget'})`);
}

function attributeValue(attribute, where) {
  if (attribute.type !== 'mdxJsxAttribute') throw new CodemodError(`${where}: {...spridda} attribut kan inte konverteras`);
  const value = attribute.value;
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value;
  const expression = value.data?.estree?.body?.[0]?.expression;
  return {expression, source: value.value};
}

/** `name="…"` or `name={…}` as the element had it. */
function attributeSource(attribute) {
  const value = attribute.value;
  if (value === null || value === undefined) return attribute.name;
  if (typeof value === 'string') return `${attribute.name}=${JSON.stringify(value)}`;
  return `${attribute.name}={${value.value}}`;
}

function rebuiltElement(node, attributes) {
  return `<${node.name}${attributes.map((attribute) => ` ${attributeSource(attribute)}`).join('')} />`;
}

/** A YAML scalar: plain where that is safe, else double-quoted (JSON is valid YAML). */
function yamlScalar(value) {
  const plain =
    /^[A-Za-zÅÄÖåäöÉé0-9(][^\n]*$/.test(value) &&
    !/: |:$| #|[{}[\]]|^(true|false|yes|no|on|off|null|~)$/i.test(value) &&
    !/^[\d.,\s-]+$/.test(value) &&
    value === value.trim();
  return plain ? value : JSON.stringify(value);
}

function sourcesYaml(sources, otherSources, otherSourcesIntro) {
  const lines = ['sources:'];
  for (const source of sources) {
    lines.push(`  - id: ${yamlScalar(source.id)}`);
    if (source.where !== undefined) lines.push(`    where: ${yamlScalar(source.where)}`);
  }
  if (otherSourcesIntro !== undefined) lines.push(`otherSourcesIntro: ${yamlScalar(otherSourcesIntro)}`);
  if (otherSources.length > 0) {
    lines.push('otherSources:');
    for (const line of otherSources) lines.push(`  - ${yamlScalar(line)}`);
  }
  return lines.join('\n');
}

const markdownSpecial = /[*_[\]{}<>`\\#|~]|^\s*(\d+[.)]|[-+*>])\s/;

function stepLine(value, where, field) {
  if (typeof value !== 'string' || value.trim() === '') throw new CodemodError(`${where}: ${field} ska vara en text`);
  if (value.includes('\n') || markdownSpecial.test(value)) {
    throw new CodemodError(`${where}: ${field} innehåller tecken som betyder något i Markdown (${JSON.stringify(value)}); skriv om steget för hand`);
  }
  return value.trim();
}

/** `<ProcessFlow label steps>` as a Markdown list inside <ProcessFlow>. */
function processFlowMarkdown(node, file) {
  const where = `${file}:${node.position.start.line}: <ProcessFlow>`;
  if (node.position.start.column !== 1) throw new CodemodError(`${where}: står inte i början av en rad (inne i en lista?)`);
  let label;
  let steps;
  for (const attribute of node.attributes) {
    const value = attributeValue(attribute, where);
    if (attribute.name === 'label' && typeof value === 'string') label = value;
    else if (attribute.name === 'label') label = literal(value.expression, `${where} label`);
    else if (attribute.name === 'steps') steps = literal(value.expression, `${where} steps`);
    else throw new CodemodError(`${where}: okänt attribut "${attribute.name}"`);
  }
  if (typeof label !== 'string') throw new CodemodError(`${where}: saknar label`);
  if (!Array.isArray(steps) || steps.length === 0) throw new CodemodError(`${where}: steps ska vara en lista med steg`);
  const items = steps.map((step, index) => {
    const at = `${where} steg ${index + 1}`;
    const unknown = Object.keys(step).filter((key) => !['title', 'text', 'who'].includes(key));
    if (unknown.length > 0) throw new CodemodError(`${at}: okända fält ${unknown.join(', ')}`);
    const lines = [`${index + 1}. **${stepLine(step.title, at, 'title')}**`, `   ${stepLine(step.text, at, 'text')}`];
    if (step.who !== undefined) lines.push(`   Vem: ${stepLine(step.who, at, 'who')}`);
    return lines.join('\n');
  });
  return `<ProcessFlow label=${JSON.stringify(label)}>\n\n${items.join('\n')}\n\n</ProcessFlow>`;
}

/** The page converted, or the same text when there is nothing to convert. Throws CodemodError. */
export function convertPage(text, file) {
  const frontMatterMatch = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
  if (!frontMatterMatch) throw new CodemodError(`${file}: saknar front matter (--- överst)`);
  const frontMatter = matter(text).data;
  let tree;
  try {
    tree = parser.parse(text);
  } catch (error) {
    throw new CodemodError(`${file}: MDX kan inte läsas (${error.message})`);
  }
  const edits = [];
  const generatedBindings = new Set();
  let team;
  let sources;
  let otherSources = [];
  let otherSourcesIntro;

  const setTeam = (value, where) => {
    if (typeof value !== 'string') throw new CodemodError(`${where}: team ska vara en text, t.ex. team="sala"`);
    if (team !== undefined && team !== value) throw new CodemodError(`${where}: team="${value}", men sidan har redan team "${team}"`);
    team = value;
  };

  // Imports: the vocabulary and the generated catalogues go; anything else is for a person to decide.
  for (const node of tree.children) {
    if (node.type !== 'mdxjsEsm') continue;
    const where = `${file}:${node.position.start.line}`;
    for (const statement of node.data?.estree?.body ?? []) {
      if (statement.type !== 'ImportDeclaration') {
        throw new CodemodError(`${where}: sidan har egen kod (${statement.type}); flytta den till en komponent`);
      }
      const from = statement.source.value;
      if (from.startsWith(generatedPrefix)) {
        for (const specifier of statement.specifiers) generatedBindings.add(specifier.local.name);
        continue;
      }
      const known = from.startsWith(componentsPrefix) && statement.specifiers.length > 0 && statement.specifiers.every((specifier) => {
        const entry = vocabulary[specifier.local.name];
        const exported = specifier.type === 'ImportDefaultSpecifier' ? 'default' : specifier.imported?.name;
        return entry !== undefined && entry.from === from && entry.export === exported;
      });
      if (!known) {
        throw new CodemodError(
          `${where}: importen från "${from}" hör inte till skribentens komponenter; lägg komponenten i plugins/method-catalog/vocabulary.json eller ta bort importen för hand`,
        );
      }
    }
    edits.push({start: node.position.start.offset, end: node.position.end.offset, text: ''});
  }

  // Källor: the heading, <SourceList> and an optional list of other public sources, last on the page.
  const sourceLists = [];
  walk(tree, (node, parent) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'SourceList') sourceLists.push({node, parent});
  });
  if (sourceLists.length > 1) throw new CodemodError(`${file}: har ${sourceLists.length} <SourceList>; en sida har en lista med källor`);
  if (sourceLists.length === 1) {
    const {node, parent} = sourceLists[0];
    const where = `${file}:${node.position.start.line}: <SourceList>`;
    if (frontMatter.sources !== undefined) throw new CodemodError(`${where}: sidan har redan sources i front matter; ta bort den ena`);
    if (parent !== tree) throw new CodemodError(`${where}: står inne i ett annat element`);
    const index = tree.children.indexOf(node);
    const heading = tree.children[index - 1];
    if (heading?.type !== 'heading' || heading.depth !== 2 || textOf(heading).trim() !== 'Källor') {
      throw new CodemodError(`${where}: står inte direkt under rubriken "## Källor"`);
    }
    let ids;
    let details = {};
    for (const attribute of node.attributes) {
      const value = attributeValue(attribute, where);
      if (attribute.name === 'ids') ids = literal(value.expression, `${where} ids`);
      else if (attribute.name === 'details') details = literal(value.expression, `${where} details`);
      else throw new CodemodError(`${where}: okänt attribut "${attribute.name}"`);
    }
    if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => typeof id === 'string')) {
      throw new CodemodError(`${where}: ids ska vara en lista med källornas id`);
    }
    const stray = Object.keys(details).filter((id) => !ids.includes(id));
    if (stray.length > 0) throw new CodemodError(`${where}: details nämner ${stray.join(', ')}, som inte står i ids`);
    sources = ids.map((id) => (details[id] === undefined ? {id} : {id, where: String(details[id]).replace(/\s+/g, ' ').trim()}));
    const rest = tree.children.slice(index + 1);
    const others = rest.filter((sibling) => sibling.type !== 'mdxjsEsm');
    // What may follow: a bulleted list of other sources, optionally after one line that introduces it.
    const [intro, list] = others[0]?.type === 'paragraph' ? others : [undefined, others[0]];
    if (others.length > (intro ? 2 : 1) || (list && (list.type !== 'list' || list.ordered)) || (intro && !list)) {
      throw new CodemodError(
        `${file}:${others[0]?.position.start.line ?? '?'}: efter <SourceList> under Källor står något annat än en punktlista med andra källor, med eller utan en rad före (${others.map((sibling) => sibling.type).join(', ')}); Källor ska stå sist på sidan`,
      );
    }
    const source = (node) => text.slice(node.position.start.offset, node.position.end.offset).replace(/\s*\n\s*/g, ' ');
    if (intro) otherSourcesIntro = source(intro);
    if (list) {
      otherSources = list.children.map((item) => {
        if (item.children.length !== 1 || item.children[0].type !== 'paragraph') {
          throw new CodemodError(`${file}:${item.position.start.line}: en annan källa ska vara en rad text`);
        }
        return source(item.children[0]);
      });
    }
    const last = others[others.length - 1] ?? node;
    edits.push({start: heading.position.start.offset, end: last.position.end.offset, text: ''});
  } else if (frontMatter.sources === undefined) {
    throw new CodemodError(`${file}: har varken sources i front matter eller <SourceList> under ## Källor; ange sidans källor för hand`);
  }

  // Elements: ProcessFlow steps, team props, catalogue props.
  walk(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const where = `${file}:${node.position.start.line}: <${node.name}>`;
    if (node.name === 'ProcessFlow' && node.attributes.some((attribute) => attribute.name === 'steps')) {
      if (node.children.length > 0) throw new CodemodError(`${where}: har både steps och innehåll`);
      edits.push({start: node.position.start.offset, end: node.position.end.offset, text: processFlowMarkdown(node, file)});
      return;
    }
    const kept = [];
    let changed = false;
    for (const attribute of node.attributes) {
      if (teamComponents.has(node.name) && attribute.name === 'team') {
        setTeam(attributeValue(attribute, where), where);
        changed = true;
      } else if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'object' && attribute.value !== null && generatedBindings.has(attribute.value.value.trim())) {
        changed = true;
      } else {
        kept.push(attribute);
      }
    }
    if (!changed) return;
    if (node.children.length > 0) throw new CodemodError(`${where}: elementet har innehåll och kan inte skrivas om`);
    edits.push({start: node.position.start.offset, end: node.position.end.offset, text: rebuiltElement(node, kept)});
  });

  if (team !== undefined && frontMatter.team !== undefined && frontMatter.team !== team) {
    throw new CodemodError(`${file}: team="${team}" i texten men team: ${frontMatter.team} i front matter`);
  }

  if (edits.length === 0) return text;

  // Front matter: team and sources go last in it, before the closing ---.
  const additions = [];
  if (team !== undefined && frontMatter.team === undefined) additions.push(`team: ${yamlScalar(team)}`);
  if (sources !== undefined) additions.push(sourcesYaml(sources, otherSources, otherSourcesIntro));
  if (additions.length > 0) {
    const closing = frontMatterMatch[0].lastIndexOf('---');
    edits.push({start: closing, end: closing, text: `${additions.join('\n')}\n`});
  }

  let result = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    // A removed block takes the blank lines after it along, so the text around it keeps its spacing.
    const end = edit.text === '' ? edit.end + (/^[ \t]*(\r?\n)*/.exec(text.slice(edit.end))?.[0].length ?? 0) : edit.end;
    result = result.slice(0, edit.start) + edit.text + result.slice(end);
  }
  result = result.replace(/\s*$/, '\n');
  const [head] = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(result);

  // Check what was written: the front matter says what the page said, and no binding is left dangling.
  const data = matter(result).data;
  if (sources !== undefined && !isDeepStrictEqual(data.sources, sources)) throw new CodemodError(`${file}: sources blev fel i front matter`);
  if (otherSources.length > 0 && !isDeepStrictEqual(data.otherSources, otherSources)) throw new CodemodError(`${file}: otherSources blev fel i front matter`);
  if (data.otherSourcesIntro !== otherSourcesIntro) throw new CodemodError(`${file}: otherSourcesIntro blev fel i front matter`);
  const body = result.slice(head.length);
  for (const name of generatedBindings) {
    if (new RegExp(`\\{[^{}]*\\b${name}\\b[^{}]*\\}`).test(body)) {
      throw new CodemodError(`${file}: använder "${name}" från den genererade katalogen på annat sätt än som ett helt attribut (${name}={${name}})`);
    }
  }
  if (/^#{1,6}\s+Källor\s*$/m.test(body)) throw new CodemodError(`${file}: har kvar en rubrik "Källor" utan <SourceList> under sig`);
  try {
    parser.parse(result);
  } catch (error) {
    throw new CodemodError(`${file}: resultatet går inte att läsa som MDX (${error.message})`);
  }
  return result;
}

function pageFiles() {
  return sections.flatMap((section) =>
    readdirSync(join(root, section), {recursive: true, encoding: 'utf8'})
      .filter((entry) => /\.mdx?$/.test(entry) && !entry.split(/[\\/]/).some((part) => part.startsWith('_')))
      .map((entry) => join(section, entry).split('\\').join('/'))
      .sort(),
  );
}

function main(args) {
  const check = args.includes('--check');
  const files = args.filter((arg) => !arg.startsWith('--')).map((file) => relative(root, join(process.cwd(), file)));
  const targets = files.length > 0 ? files : pageFiles();
  const problems = [];
  const changes = [];
  for (const file of targets) {
    try {
      const before = readFileSync(join(root, file), 'utf8');
      const after = convertPage(before, file);
      if (after !== before) changes.push({file, after});
    } catch (error) {
      if (!(error instanceof CodemodError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length > 0) {
    console.error(`Kodmoden kan inte konvertera ${problems.length} ${problems.length === 1 ? 'sida' : 'sidor'} (ingen fil är ändrad):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  if (check) {
    if (changes.length > 0) {
      console.error(`${changes.length} sidor behöver konverteras: ${changes.map((change) => change.file).join(', ')}\nKör node scripts/content-model-codemod.mjs`);
      process.exit(1);
    }
    console.log(`Alla ${targets.length} sidor följer innehållsmodellen.`);
    return;
  }
  for (const change of changes) writeFileSync(join(root, change.file), change.after);
  console.log(`${changes.length} av ${targets.length} sidor konverterade${changes.length > 0 ? `: ${changes.map((change) => change.file).join(', ')}` : ''}.`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
