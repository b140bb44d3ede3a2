import {resultYearOptions, selectResults} from '@site/src/pages/resultat/_components/selectResults';
import type {PeriodResult} from '@site/src/data/results/schema';
import {county, teamYear} from './fixtures';

const period = (team: 'hallstahammar' | 'avesta', year: number): PeriodResult => ({
  id: `${team}-${year}`,
  team,
  period: String(year),
  year,
  positiveDefinition: {text: 'Definition.', ref: {source: 'hallstahammar-2019', lines: 'L1'}},
  endReasons: {ref: {source: 'hallstahammar-2019', lines: 'L1'}, ended: 1, rows: [{label: 'Arbete', count: 1, positive: true}]},
  keyFigures: [],
  discrepancies: [],
});

const teamYears = [teamYear({team: 'sala'}), teamYear({team: 'hallstahammar'})];
const periods = [period('hallstahammar', 2019), period('avesta', 2022)];
const data = {countyYears: [county()], teamYears, periods};

describe('urvalet på resultatsidan', () => {
  it('visar allt utan val och för okända värden', () => {
    for (const query of [{team: '', year: ''}, {team: 'oslo', year: '1999'}]) {
      const selection = selectResults(query, data);
      expect(selection.countyYears.flatMap((shown) => shown.teams)).toHaveLength(2);
      expect(selection.periods).toHaveLength(2);
      expect(selection.description).toBe('Visar resultat för alla team, alla år.');
    }
  });

  it('filtrerar på team över alla år', () => {
    const selection = selectResults({team: 'hallstahammar', year: ''}, data);
    expect(selection.countyYears.flatMap((shown) => shown.teams).map((t) => t.team)).toEqual(['hallstahammar']);
    expect(selection.periods.map((p) => p.id)).toEqual(['hallstahammar-2019']);
  });

  it('filtrerar på år', () => {
    const selection = selectResults({team: '', year: '2022'}, data);
    expect(selection.countyYears).toEqual([]);
    expect(selection.periods.map((p) => p.id)).toEqual(['avesta-2022']);
  });

  it('säger till när valet inte ger några resultat', () => {
    expect(selectResults({team: 'avesta', year: '2024'}, data).description).toBe('Inga resultat för Avesta, 2024.');
  });

  it('tar åren ur datan, nyast först, med perioden och teamet för de äldre rapporterna', () => {
    expect(resultYearOptions([county()], [period('hallstahammar', 2019), {...period('avesta', 2022), period: '1 juli 2021–30 juni 2022'}])).toEqual([
      {value: '2024', label: '2024'},
      {value: '2022', label: '2021–2022 (Avesta)'},
      {value: '2019', label: '2019 (Hallstahammar)'},
    ]);
    expect(resultYearOptions([county({year: 2025}), county()], []).map((option) => option.value)).toEqual(['2025', '2024']);
  });
});
