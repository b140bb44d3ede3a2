import {selectResults} from '@site/src/pages/resultat/_components/selectResults';
import type {PeriodResult} from '@site/src/data/results/schema';
import {teamYear} from './fixtures';

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

const teams = [teamYear({team: 'sala'}), teamYear({team: 'hallstahammar'})];
const periods = [period('hallstahammar', 2019), period('avesta', 2022)];

describe('urvalet på resultatsidan', () => {
  it('visar allt utan val och för okända värden', () => {
    for (const query of [{team: '', year: ''}, {team: 'oslo', year: '1999'}]) {
      const selection = selectResults(query, teams, periods);
      expect(selection.teams2024).toHaveLength(2);
      expect(selection.periods).toHaveLength(2);
      expect(selection.description).toBe('Visar resultat för alla team, alla år.');
    }
  });

  it('filtrerar på team över alla år', () => {
    const selection = selectResults({team: 'hallstahammar', year: ''}, teams, periods);
    expect(selection.teams2024.map((t) => t.team)).toEqual(['hallstahammar']);
    expect(selection.periods.map((p) => p.id)).toEqual(['hallstahammar-2019']);
  });

  it('filtrerar på år', () => {
    const selection = selectResults({team: '', year: '2022'}, teams, periods);
    expect(selection.teams2024).toEqual([]);
    expect(selection.periods.map((p) => p.id)).toEqual(['avesta-2022']);
  });

  it('säger till när valet inte ger några resultat', () => {
    expect(selectResults({team: 'avesta', year: '2024'}, teams, periods).description).toBe('Inga resultat för Avesta, 2024.');
  });
});
