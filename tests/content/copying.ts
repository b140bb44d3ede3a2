/**
 * Copied sentences (see ../shared/CONTENT.md, "Write your own text from the reports"):
 * finds runs of words that a source file shares with excerpts of the reports, also when one word
 * has been changed, added or left out. Quotations (”…”, "…", «…», <q>, <blockquote>, lines that
 * start with >) and the Källor section are left out, as the site may quote a short passage
 * and must name the reports it cites.
 * Pure functions, so that the rule itself is unit-tested (tests/unit/copying.test.ts).
 */

/** One excerpt of a report: the report's file prefix (000–004), its line and its normalised words. */
export interface ReportExcerpt {
  report: string;
  line: number;
  text: string;
}

/** A word of a source file, with the line it is on. */
export interface Token {
  word: string;
  line: number;
}

export interface CopyFinding {
  /** Line in the source file where the run starts. */
  line: number;
  /** Words that are the same as in the report. */
  shared: number;
  /** 0 for a run copied word for word, 1 when one word was changed, added or left out. */
  edits: 0 | 1;
  report: string;
  reportLine: number;
  /** The run as it stands in the source file. */
  text: string;
}

/** Words as the reports' check counts them: letters and digits, lower case, soft hyphens and line-break hyphens joined. */
export function normaliseWords(text: string): string[] {
  return text.toLowerCase().replace(/\u00ad/g, '').replace(/-\s*\n\s*/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Replaces every character of a match but line breaks with a space, so that line numbers stay right. */
function blank(text: string, regex: RegExp): string {
  return text.replace(regex, (match) => match.replace(/[^\n]/g, ' '));
}

/**
 * The text of a source file that a reader sees and that is the site's own prose: quotations,
 * the Källor section of a page (also as `sources:` and `otherSources:` in front matter), import
 * lines and front-matter keys are blanked out; everything else,
 * including front-matter values, data-file strings and JSX attribute values, is kept.
 * Line breaks stay where they were.
 */
export function ownText(source: string): string {
  let text = source;
  // Front matter: keep the values, drop the keys (a YAML string in "…" is a value, not a quotation).
  const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(text);
  let head = '';
  if (frontMatter) {
    head = frontMatter[0].replace(/^(\s*-?\s*\{?\s*)[A-Za-z]+:/gm, (match) => match.replace(/[^\n]/g, ' ')).replace(/["']/g, ' ');
    head = head.replace(/,\s*[A-Za-z]+:/g, (match) => match.replace(/[^\n]/g, ' '));
    // sources:, otherSources: and otherSourcesIntro: are the page's Källor (reports, chapters, titles): a citation, not prose.
    // Blanked last, at the same places (every step keeps the length): long runs of blanks slow the key pattern above.
    for (const match of frontMatter[0].matchAll(/^(?:sources|otherSources|otherSourcesIntro):[^\n]*\n(?:(?:[ \t]+|-(?!--))[^\n]*\n)*/gm)) {
      head = head.slice(0, match.index) + match[0].replace(/[^\n]/g, ' ') + head.slice(match.index + match[0].length);
    }
    text = text.slice(frontMatter[0].length);
  }
  // The Källor section of a page lists the reports and the chapters cited: a citation, not prose.
  text = blank(text, /^##\s+Källor\b[\s\S]*$/m);
  text = blank(text, /^(?:import|export)\s.*$/gm);
  // An attribute value in "…" is text the page shows (label="…"), not a quotation.
  text = text.replace(/([A-Za-z]+)="([^"\n]*)"/g, (_match, name: string, value: string) => `${' '.repeat(name.length + 2)}${value} `);
  // Quotations: marked quotes may repeat a report.
  text = blank(text, /<blockquote[\s\S]*?<\/blockquote>|<q[\s>][\s\S]*?<\/q>/g);
  text = blank(text, /^\s*>.*$/gm);
  text = blank(text, /”[^”\n]{0,400}”|“[^”“\n]{0,400}”|»[^»«\n]{0,400}«|«[^»«\n]{0,400}»|"[^"\n]{0,400}"/g);
  return head + text;
}

/** The words of a text with the line each is on. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  let line = 0;
  const cleaned = text.replace(/\u00ad/g, '');
  for (const match of cleaned.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    while (line + 1 < lineStarts.length && (lineStarts[line + 1] ?? Infinity) <= match.index) line++;
    tokens.push({word: match[0], line: line + 1});
  }
  return tokens;
}

const SEED = 4;

/** An index of the excerpts' words for findCopies. */
export interface ExcerptIndex {
  words: string[];
  /** For every word position: which excerpt it belongs to; runs never cross from one excerpt to the next. */
  owner: number[];
  excerpts: readonly ReportExcerpt[];
  seeds: Map<string, number[]>;
}

export function indexExcerpts(excerpts: readonly ReportExcerpt[]): ExcerptIndex {
  const words: string[] = [];
  const owner: number[] = [];
  excerpts.forEach((excerpt, number) => {
    for (const word of excerpt.text.split(' ')) {
      if (!word) continue;
      words.push(word);
      owner.push(number);
    }
  });
  const seeds = new Map<string, number[]>();
  for (let position = 0; position + SEED <= words.length; position++) {
    if (owner[position] !== owner[position + SEED - 1]) continue;
    const key = words.slice(position, position + SEED).join(' ');
    const list = seeds.get(key);
    if (list) list.push(position);
    else seeds.set(key, [position]);
  }
  return {words, owner, excerpts, seeds};
}

/** How many words match going forward from site position i and report position j (same excerpt only). */
function forward(site: readonly Token[], index: ExcerptIndex, i: number, j: number, excerpt: number): number {
  let length = 0;
  while (i + length < site.length && j + length < index.words.length && index.owner[j + length] === excerpt && site[i + length]?.word === index.words[j + length]) length++;
  return length;
}

/** How many words match going backward from site position i and report position j (both exclusive). */
function backward(site: readonly Token[], index: ExcerptIndex, i: number, j: number, excerpt: number): number {
  let length = 0;
  while (i - length - 1 >= 0 && j - length - 1 >= 0 && index.owner[j - length - 1] === excerpt && site[i - length - 1]?.word === index.words[j - length - 1]) length++;
  return length;
}

/**
 * Runs of at least `minimum` words that the site's tokens share with the excerpts, word for word or
 * with one word changed, added or left out (a near-copy). Each run is reported once, at its longest.
 */
export function findCopies(site: readonly Token[], index: ExcerptIndex, minimum = 10): CopyFinding[] {
  const findings: CopyFinding[] = [];
  let coveredUntil = -1;
  for (let i = 0; i + SEED <= site.length; i++) {
    if (i < coveredUntil) continue;
    const positions = index.seeds.get(site.slice(i, i + SEED).map((token) => token.word).join(' '));
    if (!positions) continue;
    let best: {start: number; end: number; shared: number; edits: 0 | 1; j: number} | undefined;
    for (const j of positions) {
      const excerpt = index.owner[j] ?? -1;
      const ahead = forward(site, index, i, j, excerpt);
      const behind = backward(site, index, i, j, excerpt);
      let start = i - behind;
      let end = i + ahead;
      let shared = behind + ahead;
      let edits: 0 | 1 = 0;
      // One edit after the exact run: a changed word, an added word or a left-out word.
      let extra = 0;
      let extraEnd = end;
      for (const [di, dj] of [[1, 1], [1, 0], [0, 1]] as const) {
        const more = forward(site, index, i + ahead + di, j + ahead + dj, excerpt);
        if (more > extra) {
          extra = more;
          extraEnd = i + ahead + di + more;
        }
      }
      // …or one edit before it.
      let extraBefore = 0;
      let extraStart = start;
      for (const [di, dj] of [[1, 1], [1, 0], [0, 1]] as const) {
        const more = backward(site, index, i - behind - di, j - behind - dj, excerpt);
        if (more > extraBefore) {
          extraBefore = more;
          extraStart = i - behind - di - more;
        }
      }
      if (shared < minimum && Math.max(extra, extraBefore) > 0) {
        edits = 1;
        if (extra >= extraBefore) {
          shared += extra;
          end = extraEnd;
        } else {
          shared += extraBefore;
          start = extraStart;
        }
      }
      if (shared >= minimum && (!best || shared > best.shared)) best = {start, end, shared, edits, j};
    }
    if (!best) continue;
    const excerpt = index.excerpts[index.owner[best.j] ?? 0];
    findings.push({
      line: site[best.start]?.line ?? 0,
      shared: best.shared,
      edits: best.edits,
      report: excerpt?.report ?? '',
      reportLine: excerpt?.line ?? 0,
      text: site.slice(best.start, best.end).map((token) => token.word).join(' '),
    });
    coveredUntil = best.end;
  }
  return findings;
}

/** "docs/act.mdx:35: 11 ord i följd är lika som rapport 002 rad 812 (…)" */
export function describeCopy(file: string, finding: CopyFinding): string {
  const how = finding.edits === 0 ? 'ord i följd är lika som' : 'ord är lika som, med ett ord ändrat,';
  return (
    `${file}:${finding.line}: ${finding.shared} ${how} rapport ${finding.report} rad ${finding.reportLine}: "${finding.text}". ` +
    'Skriv med egna ord, eller återge ett kort citat inom citattecken och säg vem som sa det (en roll, inte ett namn).'
  );
}
