// @vitest-environment jsdom
import React from 'react';
import {render, screen, within} from '@testing-library/react';
import {EndReasonsFigure, CostFigure} from '@site/src/components/ResultCharts';
import {teamYear} from './fixtures';

describe('diagrammens tabellalternativ', () => {
  it('avslutsorsaker: staplarnas text och tabellen har samma siffror, och CSV går att ladda ner', () => {
    render(<EndReasonsFigure year={2024} teams={[teamYear(), teamYear({team: 'fns'})]} />);
    const figure = screen.getByRole('figure', {name: 'Avslutade deltagare 2024 efter avslutsorsak'});
    const bar = within(figure).getByRole('img', {name: /^Sala:/});
    expect(bar).toHaveAccessibleName(
      'Sala: Arbete 1, Studier 1, Aktivt arbetssökande 0, Fortsatt aktiv rehabilitering 1, Medicinsk rehabilitering 2, Övrigt (flytt, föräldraledighet m.m.) 0, Avbrott 0 personer',
    );
    const table = within(figure).getByRole('table');
    const salaRow = within(table).getByRole('row', {name: /^Sala/});
    expect(within(salaRow).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['5', '1', '1', '0', '1', '2', '0', '0', '3', '60']);
    expect(within(figure).getByText('Visa siffrorna som tabell').tagName).toBe('SUMMARY');
    const download = within(figure).getByRole('link', {name: /Ladda ner data/});
    expect(download).toHaveAttribute('download', 'avslutsorsaker-2024.csv');
    expect(decodeURIComponent(download.getAttribute('href')!)).toContain('Sala;5;1;1;0;1;2;0;0;3;60');
  });

  it('kostnad per deltagare är märkt som beräknad och förklarar hur', () => {
    render(<CostFigure year={2024} teams={[teamYear()]} />);
    const figure = screen.getByRole('figure', {name: 'Kostnad per deltagare 2024 (beräknat)'});
    expect(within(figure).getByRole('img', {name: /^Sala: 90\s000 kr$/})).toBeInTheDocument();
    expect(figure).toHaveTextContent('Beräknat: använda medel (tkr) × 1 000 ÷ deltagare under året.');
  });
});
