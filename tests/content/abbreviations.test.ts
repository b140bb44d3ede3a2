import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {knownAbbreviations} from '@site/src/data/abbreviations';
import {glossary} from '@site/src/data/glossary';
import {pageFiles, projectRoot} from './files';
import {abbreviationProblems} from './rules';

describe('förkortningar i innehållet', () => {
  it('känner till förkortningarna i ordlistan', () => {
    expect(knownAbbreviations.map((known) => known.abbreviation)).toEqual(expect.arrayContaining(['IFO', 'KAA', 'SIP', 'SUS', 'FK', 'Af']));
  });

  for (const file of pageFiles()) {
    it(`${file}: första användningen av varje förkortning är förklarad med <Abbr>, och varje <Abbr> finns i ordlistan`, () => {
      const problems = abbreviationProblems(readFileSync(`${projectRoot}${file}`, 'utf8'), knownAbbreviations, glossary.map((entry) => entry.id));
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
});
