#!/usr/bin/env node
// Writes tests/content/report-excerpts.json: the sentences of the source reports that the site
// retells (every report sentence that shares five words in a row with the site's text), as lower-case
// words, with the report's file prefix and line. The content test (tests/content/copying.test.ts)
// then fails if a page, a data file or a component repeats ten of those words in a row, or ten with
// one word changed, outside a marked quotation.
//
// The test reads only the file in the repository. Run this script by hand when the site starts to
// retell a new part of a report, with the folder that holds the reports:
//   node scripts/update-report-excerpts.mjs ../shared/seeds [more source folders or git trees …]
// Extra arguments are folders whose .md/.mdx/.ts/.tsx files also count as the site's text (for
// example an older version of the site, so that sentences once copied stay in the fixture).
import fs from 'node:fs';
import path from 'node:path';

const [seedsDir, ...extraRoots] = process.argv.slice(2);
if (!seedsDir) {
  console.error('Ange mappen med rapporterna, till exempel: node scripts/update-report-excerpts.mjs ../shared/seeds');
  process.exit(2);
}
const root = path.resolve(new URL('..', import.meta.url).pathname);
const outFile = path.join(root, 'tests/content/report-excerpts.json');
const SHARED = 5;
const MIN_SENTENCE = 8;

const words = (text) => text.toLowerCase().replace(/\u00ad/g, '').replace(/-\s*\n\s*/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];

function sourceFiles(base) {
  const found = [];
  for (const folder of ['docs', 'samordningsteamen', 'exempel', 'blog', 'src']) {
    const dir = path.join(base, folder);
    if (!fs.existsSync(dir)) continue;
    for (const entry of fs.readdirSync(dir, {recursive: true, encoding: 'utf8'})) {
      if (/\.(mdx?|tsx?)$/.test(entry)) found.push(path.join(dir, entry));
    }
  }
  return found;
}

const siteGrams = new Set();
for (const base of [root, ...extraRoots.map((r) => path.resolve(r))]) {
  for (const file of sourceFiles(base)) {
    const w = words(fs.readFileSync(file, 'utf8'));
    for (let i = 0; i + SHARED <= w.length; i++) siteGrams.add(w.slice(i, i + SHARED).join(' '));
  }
}

const excerpts = [];
for (const file of fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()) {
  const report = file.slice(0, 3);
  const lines = fs.readFileSync(path.join(seedsDir, file), 'utf8').split('\n');
  // Sentences may run over several lines (text taken from PDF); each keeps the line it starts on.
  let sentence = '';
  let startLine = 0;
  const flush = () => {
    const w = words(sentence);
    // A report's title and cover (its first 40 lines) may be cited anywhere, as in copycheck.
    if (startLine <= 40) {
      sentence = '';
      return;
    }
    if (w.length >= MIN_SENTENCE) {
      for (let i = 0; i + SHARED <= w.length; i++) {
        if (siteGrams.has(w.slice(i, i + SHARED).join(' '))) {
          excerpts.push({report, line: startLine, text: w.join(' ')});
          break;
        }
      }
    }
    sentence = '';
  };
  lines.forEach((line, number) => {
    // A line of its own (a heading, a table row) ends a sentence, and so do . ! ? and :.
    if (line.trim() === '') {
      flush();
      return;
    }
    for (const part of line.split(/(?<=[.!?:])\s+/)) {
      if (!sentence) startLine = number + 1;
      sentence += ` ${part}`;
      if (/[.!?:]\s*$/.test(part)) flush();
    }
    sentence += '\n';
  });
  flush();
}

fs.writeFileSync(outFile, `${JSON.stringify(excerpts, null, 0).replace(/\},\{/g, '},\n{')}\n`);
console.log(`${excerpts.length} meningar ur rapporterna skrivna till ${path.relative(root, outFile)}`);
