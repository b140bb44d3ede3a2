// @vitest-environment jsdom
import React from 'react';
import {render, screen, within} from '@testing-library/react';
import BoardFigures, {publicSupportText} from '@site/src/components/BoardFigures';
import {board} from './boardFixtures';
import {county, teamYear} from './fixtures';

const data = {board: board(), teamYears: [teamYear()], countyYears: [county()], periods: []};

const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent?.replace(/\u00a0/g, ' '));

describe('avsnittet För politiker och styrelser', () => {
  it('på resultatsidan: teamens medel, kuratorsraden och en radsumma märkt beräknat, med källa på varje rad', () => {
    render(<BoardFigures data={data} />);
    const table = screen.getByRole('table', {name: 'Medel från samordningsförbundet 2024, tusen kronor (tkr)'});
    expect(cells(within(table).getByRole('row', {name: /^Sala/}))).toEqual(['1 000', '900', '100', '90', 'Årsrapport 2024, rad 1']);
    expect(cells(within(table).getByRole('row', {name: /^Kurator/}))).toEqual(['400', '200', '200', '50', 'Årsrapport 2024, rad 1']);
    expect(cells(within(table).getByRole('row', {name: /^Summa av raderna \(beräknat\)/}))).toEqual([
      '1 400',
      '1 100',
      '–',
      '78,6',
      'Beräknat: summan av raderna ovan',
    ]);
    expect(screen.getByRole('heading', {level: 3, name: 'Det här vet vi inte'})).toBeInTheDocument();
    // Every team in the data has a time for 2024, so no team is listed as missing one.
    expect(screen.queryByText(/anger inte tiden för/)).toBeNull();
  });

  it('på en teamsida: rubriker på nivå 4, bara teamets rad och ingen radsumma', () => {
    render(<BoardFigures team="sala" level={4} data={data} />);
    const table = screen.getByRole('table', {name: /^Medel från samordningsförbundet 2024/});
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(within(table).queryByRole('row', {name: /Summa/})).toBeNull();
    expect(screen.getByRole('heading', {level: 4, name: 'Hur länge deltagarna är i teamet'})).toBeInTheDocument();
    const durations = screen.getByRole('table', {name: 'Genomsnittlig tid i teamet, som rapporterna anger den'});
    expect(cells(within(durations).getByRole('row', {name: /^2024/}))).toEqual(['Tid i insatsen', '1 år och 4 månader', '16', 'Årsrapport 2024, rad 1']);
    // The five teams' common statements belong on a Västmanland team's page …
    expect(screen.getByText(/Hur det gick efter avslut\./)).toBeInTheDocument();
    // … Avesta's co-funding does not.
    expect(screen.queryByText(/Kommunen sköt till pengar/)).toBeNull();
    expect(screen.getByText(/beskriver inga egna pengar från kommunen/)).toBeInTheDocument();
  });

  it('på Avestas sida: resultat för kvinnor och män med avslutade och andel i mål märkta beräknat, och inga siffror för Västmanland', () => {
    render(<BoardFigures team="avesta" level={4} data={data} />);
    expect(screen.queryByRole('table', {name: /^Medel från samordningsförbundet 2024/})).toBeNull();
    const results = screen.getByRole('table', {name: /^Resultat för kvinnor och män: Avesta/});
    expect(cells(within(results).getByRole('row', {name: /^Avslutade \(beräknat\)/}))).toEqual(['4', '4']);
    expect(cells(within(results).getByRole('row', {name: /^Andel i mål av de avslutade, % \(beräknat\)/}))).toEqual(['75', '50']);
    expect(screen.getByText(/Kommunen sköt till pengar/)).toBeInTheDocument();
    expect(screen.queryByText(/Hur det gick efter avslut/)).toBeNull();
  });

  it('skriver tid i offentlig försörjning i ord där rapporten bara anger en andel i ord', () => {
    expect(publicSupportText(board().publicSupport[0]!)).toBe('Längre än 4 år: mer än hälften av deltagarna');
    expect(
      publicSupportText({...board().publicSupport[0]!, measure: {kind: 'medeltal', years: 7, approximate: false, women: 7.9, men: 5.6}}),
    ).toBe('7 år i genomsnitt (kvinnor 7,9 år, män 5,6 år)');
    expect(publicSupportText({...board().publicSupport[0]!, measure: {kind: 'medeltal', years: 7, approximate: true}})).toBe('Ungefär 7 år i genomsnitt');
  });
});
