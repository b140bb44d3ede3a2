// @vitest-environment jsdom
import React from 'react';
import {render, screen, within} from '@testing-library/react';
import TeamsByMunicipality, {referenceText, teamForMunicipality} from '@site/src/components/TeamsByMunicipality';
import {noTeamGuidance} from '@site/src/data/referrerGuidance';
import {sourceIds} from '@site/src/data/sourceIds';
import {vastmanlandMunicipalities} from '@site/src/data/vastmanlandMunicipalities';

describe('vägledningen för kommuner utan samordningsteam', () => {
  it('varje påstående har källa och rader i rapporten', () => {
    for (const statement of noTeamGuidance.statements) {
      expect(statement.refs.length, statement.text).toBeGreaterThan(0);
      for (const ref of statement.refs) {
        expect(sourceIds).toContain(ref.source);
        expect(ref.lines).toMatch(/^L\d+(–L\d+)?$/);
      }
    }
  });

  it('källhänvisningen grupperar raderna per rapport', () => {
    expect(
      referenceText([
        {source: 'arsrapport-2024', lines: 'L18'},
        {source: 'arsrapport-2024', lines: 'L36'},
        {source: 'hallstahammar-2019', lines: 'L101'},
      ]),
    ).toMatch(/^Årsrapport 2024 – Samordningsteam i Västmanland, rad 18, 36; .+, rad 101$/);
  });

  it('Köping, Arboga och Kungsör har inget team i rapporterna, och deras rader länkar till vägledningen', () => {
    const without = vastmanlandMunicipalities.filter((municipality) => !teamForMunicipality(municipality.name)).map((m) => m.name);
    expect(without.sort()).toEqual(['Arboga', 'Kungsör', 'Köping']);
    render(<TeamsByMunicipality />);
    const table = screen.getByRole('table', {name: 'Kommunerna i Västmanland och deras samordningsteam'});
    const koping = within(table).getByRole('row', {name: /Köping/});
    expect(within(koping).getByRole('link', {name: 'Vad kan jag göra?'})).toHaveAttribute('href', `#${noTeamGuidance.id}`);
    const guidance = screen.getByRole('region', {name: noTeamGuidance.heading});
    expect(guidance).toHaveAttribute('id', noTeamGuidance.id);
    expect(guidance).toHaveTextContent('Rapporterna beskriver inget samordningsteam för Arboga, Kungsör och Köping.');
    expect(within(guidance).getByRole('link', {name: /Samordnad individuell plan/})).toHaveAttribute('href', '/ordlista#samordnad-individuell-plan');
  });
});
