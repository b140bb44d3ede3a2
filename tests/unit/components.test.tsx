// @vitest-environment jsdom
import React from 'react';
import {render, screen, within} from '@testing-library/react';
import SourceList from '@site/src/components/SourceList';
import ScrollableTable from '@site/src/components/ScrollableTable';
import AudienceRoutes from '@site/src/pages/_components/AudienceRoutes';
import {sources} from '@site/src/data/sources';

describe('SourceList', () => {
  it('listar rapporterna i den ordning sidan anger, med utgivare, år och länk', () => {
    render(<SourceList ids={['nns-fantastiska-resultat', 'arsrapport-2024']} />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const nns = sources.find((source) => source.id === 'nns-fantastiska-resultat')!;
    expect(items[0]).toHaveTextContent(`${nns.title}. ${nns.publisher}, ${nns.year}.`);
    expect(within(items[0]!).getByRole('link', {name: 'Mer om källan'})).toHaveAttribute(
      'href',
      '/kallor#nns-fantastiska-resultat',
    );
  });
});

describe('AudienceRoutes', () => {
  it('visar vägen för alla fyra läsargrupper', () => {
    render(<AudienceRoutes />);
    expect(screen.getByRole('heading', {level: 2, name: 'Vad vill du göra?'})).toBeInTheDocument();
    const headings = screen.getAllByRole('heading', {level: 3}).map((heading) => heading.textContent);
    expect(headings).toEqual([
      'Du arbetar i ett samordningsteam',
      'Du vill remittera en person till ett team',
      'Du är politiker eller sitter i en styrelse',
      'Du är deltagare eller anhörig',
    ]);
    expect(screen.getByRole('link', {name: 'Vad är ett samordningsteam? (lättläst)'})).toHaveAttribute('href', '/lattlast/vad-ar-ett-samordningsteam');
    expect(screen.getByRole('link', {name: 'Till metodhandboken'})).toHaveAttribute('href', '/metodhandbok');
    expect(screen.getByRole('link', {name: 'Till samordningsteamen'})).toHaveAttribute('href', '/samordningsteamen');
    // The page written for referrers, not the overview it is 1 400 px down on.
    expect(screen.getByRole('link', {name: 'Till sidan för dig som remitterar'})).toHaveAttribute('href', '/samordningsteamen/for-dig-som-remitterar');
    expect(screen.getByRole('link', {name: 'Till resultaten'})).toHaveAttribute('href', '/resultat');
  });
});

describe('ScrollableTable', () => {
  it('lägger tabellen i ett namngivet område som går att nå med tangentbordet', () => {
    render(
      <ScrollableTable>
        <tbody>
          <tr>
            <td>Sala</td>
          </tr>
        </tbody>
      </ScrollableTable>,
    );
    const region = screen.getByRole('region', {name: 'Tabell'});
    expect(region).toHaveAttribute('tabindex', '0');
    expect(within(region).getByRole('table')).toBeInTheDocument();
  });
});
