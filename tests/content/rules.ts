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
