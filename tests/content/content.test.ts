import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import matter from 'gray-matter';
import {checkFrontMatter, describeFinding, findPersonalData} from './rules';
import {findSourceProblems} from '../../plugins/method-catalog/catalog';
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

describe('metodhandboken, teamen och exemplen följer innehållsmodellen', () => {
  const files = pageFiles().filter((file) => /^(docs|samordningsteamen|exempel)\//.test(file));

  it.each(files)('%s: källorna i front matter, inga importer och ingen egen rubrik Källor', (file) => {
    const text = read(file);
    const doc = {source: `@site/${file}`, permalink: '', title: '', description: '', frontMatter: matter(text).data};
    const problems = [
      ...findSourceProblems([doc]),
      ...[...text.matchAll(/^import .*$/gm)].map((match) => `${file}: "${match[0]}": komponenterna finns utan import (plugins/method-catalog/vocabulary.json)`),
      ...(/^#{1,6}\s+Källor\s*$/m.test(text) ? [`${file}: egen rubrik Källor; källorna anges i front matter (sources:)`] : []),
    ];
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
