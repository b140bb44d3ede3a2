import {filterMethods, filtersFromQuery, noFilters} from '@site/src/components/MethodFinder/filterMethods';
import type {MethodEntry} from '@site/src/data/schemas';

function method(title: string, overrides: Partial<MethodEntry>): MethodEntry {
  return {
    title,
    description: `${title}.`,
    permalink: `/metodhandbok/${title.toLowerCase()}`,
    what: 'Vad.',
    forWhom: 'Vem.',
    purposes: ['forhallningssatt'],
    formats: ['individuellt'],
    leads: 'Teamet',
    teams: ['sala'],
    ...overrides,
  };
}

const methods = [
  method('Hälsogrupp', {purposes: ['halsa'], formats: ['grupp'], teams: ['fns', 'sala']}),
  method('Arbetsträning', {purposes: ['arbete'], formats: ['individuellt'], teams: ['hallstahammar']}),
  method('Introduktionsgrupp', {purposes: ['komma-igang', 'halsa'], formats: ['grupp'], teams: ['fns']}),
];

const titles = (list: MethodEntry[]) => list.map((m) => m.title);

describe('filterMethods', () => {
  it('visar allt utan filter', () => {
    expect(titles(filterMethods(methods, noFilters))).toEqual(['Hälsogrupp', 'Arbetsträning', 'Introduktionsgrupp']);
  });

  it('visar metoder som har något av de valda syftena', () => {
    expect(titles(filterMethods(methods, {...noFilters, purposes: ['arbete', 'komma-igang']}))).toEqual([
      'Arbetsträning',
      'Introduktionsgrupp',
    ]);
  });

  it('kräver att alla slags filter stämmer', () => {
    expect(titles(filterMethods(methods, {purposes: ['halsa'], formats: ['grupp'], teams: ['sala']}))).toEqual(['Hälsogrupp']);
    expect(filterMethods(methods, {purposes: ['arbete'], formats: ['grupp'], teams: []})).toEqual([]);
  });
});

describe('filtersFromQuery', () => {
  it('läser adressens filter och struntar i okända värden', () => {
    expect(filtersFromQuery({syfte: ['halsa', 'okant'], form: ['grupp'], team: ['sala', 'oslo']})).toEqual({
      purposes: ['halsa'],
      formats: ['grupp'],
      teams: ['sala'],
    });
  });
});
