// @vitest-environment jsdom
import React from 'react';
import {render, screen} from '@testing-library/react';
import ScrollableTable from '@site/src/components/ScrollableTable';
import {tableLabel, textOf} from '@site/src/components/ScrollableTable/tableLabel';

describe('Markdown-tabellernas namn (ScrollableTable)', () => {
  it('namnger skrollytan efter kolumnrubrikerna, också när en rubrik har en förkortning i sig', () => {
    render(
      <ScrollableTable>
        <thead>
          <tr>
            <th>Grupp</th>
            <th>
              Vem <strong>leder</strong>
            </th>
            <th>
              <abbr>SIP</abbr>
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>Öppet forum</td>
            <td>Hela teamet</td>
            <td>Nej</td>
          </tr>
        </tbody>
      </ScrollableTable>,
    );
    expect(screen.getByRole('region', {name: 'Tabell: Grupp, Vem leder och SIP'})).toBeInTheDocument();
  });

  it('två tabeller med olika kolumner får olika namn, och en tabell utan rubrikrad heter Tabell', () => {
    const table = (headers: string[]) => (
      <thead>
        <tr>
          {headers.map((header) => (
            <th key={header}>{header}</th>
          ))}
        </tr>
      </thead>
    );
    expect(tableLabel(table(['Dag', 'Vad som händer']))).toBe('Tabell: Dag och Vad som händer');
    expect(tableLabel(table(['Mått', 'När']))).not.toBe(tableLabel(table(['Dag', 'Vad som händer'])));
    expect(tableLabel(null)).toBe('Tabell');
    expect(textOf(['a', 1, <em key="x">b</em>])).toBe('a1b');
  });
});
