import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describeCopy, findCopies, indexExcerpts, ownText, tokenise, type ReportExcerpt} from './copying';
import {projectRoot, textFiles} from './files';
import excerpts from './report-excerpts.json';

// Sentences of the reports that the site retells, as lower-case words (scripts/update-report-excerpts.mjs).
const index = indexExcerpts(excerpts as ReportExcerpt[]);
const files = textFiles().filter((file) => /\.(mdx?|tsx?)$/.test(file));

describe('inga meningar kopierade ur rapporterna (10 ord i följd, eller 10 med ett ord ändrat, utanför citat)', () => {
  it('har rapporternas meningar att jämföra med och sidor att läsa', () => {
    expect(index.words.length).toBeGreaterThan(5000);
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(files)('%s', (file) => {
    const text = ownText(readFileSync(join(projectRoot, file), 'utf8'));
    const problems = findCopies(tokenise(text), index).map((finding) => describeCopy(file, finding));
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
