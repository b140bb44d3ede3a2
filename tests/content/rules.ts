/**
 * Content rules for every page's source file (see ../shared/CONTENT.md):
 * front matter with title and description, and no personal data.
 * Pure functions, so that the rules themselves are unit-tested (tests/unit/contentRules.test.ts).
 */

export interface Finding {
  line: number;
  kind: 'personnummer' | 'telefonnummer' | 'e-postadress';
  match: string;
}

const patterns: readonly {kind: Finding['kind']; regex: RegExp}[] = [
  {
    // ÅÅMMDD-NNNN or ÅÅÅÅMMDDNNNN; day 61–91 covers samordningsnummer.
    kind: 'personnummer',
    regex: /(?<![\d-])(?:19|20)?\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]|6[1-9]|[78]\d|9[01])[-+]?\d{4}(?![\d-])/g,
  },
  {
    // +46 or 0046 followed by a number, in any grouping.
    kind: 'telefonnummer',
    regex: /(?:\+46|\b0046)[\s-]?\(?0?\)?\d{1,3}(?:[\s-]?\d{2,3}){2,4}\b/g,
  },
  {
    // Swedish national format: area code, separator, subscriber number (08-123 45 67, 070-123 45 67).
    kind: 'telefonnummer',
    regex: /(?<![\d,.-])0\d{1,3}[-/]\s?\d{2,3}(?:[\s-]?\d{2,3}){1,3}(?![\d-]|[,.]\d)/g,
  },
  {
    // Mobile number written without separators: 0701234567.
    kind: 'telefonnummer',
    regex: /(?<!\d)07[02369]\d{7}(?!\d)/g,
  },
  {
    kind: 'e-postadress',
    regex: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g,
  },
];

/** Every personnummer, phone number or e-mail address in `text`, with its line number. */
export function findPersonalData(text: string): Finding[] {
  const findings: Finding[] = [];
  text.split('\n').forEach((lineText, index) => {
    for (const {kind, regex} of patterns) {
      for (const match of lineText.matchAll(regex)) {
        findings.push({line: index + 1, kind, match: match[0]});
      }
    }
  });
  return findings;
}

/** Front-matter fields every page must have, and the rule each must follow. */
export function checkFrontMatter(data: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const field of ['title', 'description'] as const) {
    const value = data[field];
    if (value === undefined) problems.push(`front matter saknar "${field}"`);
    else if (typeof value !== 'string' || value.trim() === '') problems.push(`front matter "${field}" ska vara en text`);
  }
  const description = data.description;
  if (typeof description === 'string' && description.length > 200) {
    problems.push(`front matter "description" är ${description.length} tecken; den ska vara högst 200`);
  }
  const language = data.lang ?? data.language ?? data.locale;
  if (language !== undefined && language !== 'sv') {
    problems.push(`front matter anger språket "${String(language)}"; alla sidor ska vara på svenska (sv)`);
  }
  return problems;
}

/** "docs/x.md:12: telefonnummer "070-123 45 67"" */
export function describeFinding(file: string, finding: Finding): string {
  return `${file}:${finding.line}: innehåller ett ${finding.kind} ("${finding.match}"). Personuppgifter får inte publiceras.`;
}

/** An abbreviation the rule knows: as written, and the glossary id that explains it. */
export interface AbbreviationRule {
  abbreviation: string;
  termId: string;
}

function mask(text: string, regex: RegExp): string {
  return text.replace(regex, (match) => match.replace(/[^\n]/g, ' '));
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Problems with abbreviations in a page's source: the first use of each known abbreviation in
 * the running text must be wrapped in <Abbr term="…"> for that abbreviation, and every
 * <Abbr term="…"> must name a glossary entry. Headings, links, code, front matter, imports and
 * tag attributes do not count as running text (an <Abbr> is a link, and may not sit in one).
 */
export function abbreviationProblems(source: string, known: readonly AbbreviationRule[], glossaryIds: readonly string[]): string[] {
  const problems: string[] = [];
  const elements = [...source.matchAll(/<Abbr\s+term=["']([^"']*)["']\s*(?:\/>|>([\s\S]*?)<\/Abbr>)/g)].map((match) => ({
    term: match[1] ?? '',
    start: match.index,
    end: match.index + match[0].length,
  }));
  for (const element of elements) {
    if (!glossaryIds.includes(element.term)) {
      problems.push(`rad ${lineOf(source, element.start)}: <Abbr term="${element.term}"> finns inte i ordlistan`);
    } else if (!known.some((rule) => rule.termId === element.term)) {
      problems.push(`rad ${lineOf(source, element.start)}: "${element.term}" i ordlistan har ingen förkortning`);
    }
  }
  let text = source;
  text = mask(text, /^---\n[\s\S]*?\n---\n/); // front matter
  text = mask(text, /^```[\s\S]*?^```/gm); // code blocks
  text = mask(text, /`[^`\n]*`/g); // inline code
  text = mask(text, /\{\/\*[\s\S]*?\*\/\}/g); // MDX comments
  text = mask(text, /<!--[\s\S]*?-->/g);
  text = mask(text, /^(?:import|export)\s.*$/gm);
  text = mask(text, /^#{1,6}\s.*$/gm); // headings
  text = mask(text, /!?\[[^\]\n]*\]\([^)\n]*\)/g); // Markdown links and images
  text = mask(text, /<(Link|a)\b[^>]*>[\s\S]*?<\/\1>/g); // JSX links
  text = mask(text, /<\/?[A-Za-z][^>]*>/g); // tags and their attributes
  text = mask(text, /\{[^{}\n]*\}/g); // MDX expressions on one line
  for (const rule of known) {
    const first = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(rule.abbreviation)}(?![\\p{L}\\p{N}])`, 'u').exec(text);
    if (!first) continue;
    const wrapped = elements.some((element) => element.term === rule.termId && element.start <= first.index && first.index < element.end);
    if (!wrapped) {
      problems.push(
        `rad ${lineOf(source, first.index)}: första användningen av "${rule.abbreviation}" ska vara <Abbr term="${rule.termId}">${rule.abbreviation}</Abbr>`,
      );
    }
  }
  return problems;
}
