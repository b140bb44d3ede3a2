import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import matter from 'gray-matter';
import {checkFrontMatter, describeFinding, findPersonalData} from './rules';
import {pageFiles, projectRoot, textFiles} from './files';

const read = (file: string) => readFileSync(join(projectRoot, file), 'utf8');

describe('varje sida har titel och beskrivning i front matter', () => {
  const files = pageFiles();

  it('hittar sidorna', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  it.each(files)('%s', (file) => {
    const problems = checkFrontMatter(matter(read(file)).data).map((problem) => `${file}: ${problem}`);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('inga personuppgifter: personnummer, telefonnummer eller e-postadresser', () => {
  it.each(textFiles())('%s', (file) => {
    const problems = findPersonalData(read(file)).map((finding) => describeFinding(file, finding));
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
