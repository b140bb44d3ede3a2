import {initialTableState, nextSort, visibleFormats} from '@site/src/components/GroupFormatTable/tableLogic';
import type {GroupFormat} from '@site/src/data/schemas';

function format(id: string, name: string, overrides: Partial<GroupFormat>): GroupFormat {
  return {
    id,
    name,
    team: 'fns',
    category: 'halsa',
    purpose: 'Syfte.',
    size: null,
    period: null,
    frequency: null,
    length: null,
    leads: null,
    year: 2024,
    ref: {source: 'arsrapport-2024', lines: 'L1'},
    ...overrides,
  };
}

const formats = [
  format('a', 'Öppet forum', {team: 'sala', category: 'gemenskap-och-aktivitet'}),
  format('b', 'Välkomstart', {team: 'fns', category: 'introduktion'}),
  format('c', 'Avslutningsgrupp', {team: 'avesta', category: 'introduktion'}),
  format('d', 'Hälsogrupp', {team: 'fns', category: 'halsa'}),
];

const names = (list: GroupFormat[]) => list.map((f) => f.name);

describe('gruppformatens tabell', () => {
  it('sorterar först efter team i webbplatsens ordning, sedan efter namn', () => {
    expect(names(visibleFormats(formats, initialTableState))).toEqual(['Hälsogrupp', 'Välkomstart', 'Öppet forum', 'Avslutningsgrupp']);
  });

  it('sorterar på namn med Ö sist och vänder ordningen vid andra klicket', () => {
    const byName = nextSort(initialTableState, 'name');
    expect(names(visibleFormats(formats, byName))).toEqual(['Avslutningsgrupp', 'Hälsogrupp', 'Välkomstart', 'Öppet forum']);
    expect(names(visibleFormats(formats, nextSort(byName, 'name')))).toEqual(['Öppet forum', 'Välkomstart', 'Hälsogrupp', 'Avslutningsgrupp']);
  });

  it('sorterar ett namn inom citattecken efter dess första bokstav', () => {
    const withQuoted = [...formats, format('e', '”onsdagsgruppen”', {team: 'hallstahammar', category: 'arbete-och-studier'})];
    expect(names(visibleFormats(withQuoted, nextSort(initialTableState, 'name')))).toEqual(['Avslutningsgrupp', 'Hälsogrupp', '”onsdagsgruppen”', 'Välkomstart', 'Öppet forum']);
  });

  it('filtrerar på team och slag', () => {
    expect(names(visibleFormats(formats, {...initialTableState, team: 'fns'}))).toEqual(['Hälsogrupp', 'Välkomstart']);
    expect(names(visibleFormats(formats, {...initialTableState, category: 'introduktion'}))).toEqual(['Välkomstart', 'Avslutningsgrupp']);
    expect(visibleFormats(formats, {...initialTableState, team: 'sala', category: 'halsa'})).toEqual([]);
  });
});
