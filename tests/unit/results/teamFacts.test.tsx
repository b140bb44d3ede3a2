// @vitest-environment jsdom
/**
 * The fact box labels the staff "Personal <the profile's year>"; the staff must come from that
 * year's results, not from a fixed year. With a made-up 2025 (tests/fixtures) and Hallstahammar's
 * profile moved to 2025, the box must list 2025's staff; the other teams' profiles stay on 2024.
 */
import React from 'react';
import {render, screen, within} from '@testing-library/react';

vi.mock('@generated/results-data/default/results.json', async () => {
  const {loadResults, siteResultsDir} = await import('@site/src/data/results/load');
  return {default: loadResults([siteResultsDir, 'tests/fixtures/results/second-year']).data};
});
vi.mock('@site/src/data/teamProfiles', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@site/src/data/teamProfiles')>();
  return {
    ...actual,
    profileOf: (team: Parameters<typeof actual.profileOf>[0]) => {
      const profile = actual.profileOf(team);
      return team === 'hallstahammar' ? {...profile, year: 2025} : profile;
    },
  };
});

import TeamFacts from '@site/src/components/TeamFacts';

const staffOf = (label: string) => {
  const term = screen.getByText(label, {selector: 'dt'});
  return within(term.nextElementSibling as HTMLElement).getAllByRole('listitem').map((item) => item.textContent);
};

describe('faktarutan på en teamsida', () => {
  it('visar personalen för profilens år, som rubriken säger', () => {
    render(<TeamFacts team="hallstahammar" />);
    expect(staffOf('Personal 2025')).toEqual([
      'Påhittad arbetskonsulent 2025, kommunen: 1,5 heltidstjänster',
      'Arbetsförmedlare, Arbetsförmedlingen: 0,5 heltidstjänster',
    ]);
  });

  it('visar 2024 års personal för en profil från 2024, också när det finns ett nyare år', () => {
    render(<TeamFacts team="sala" />);
    expect(staffOf('Personal 2024')).toEqual([
      'Verksamhetsledare/socialkonsulent, kommunen: 1,0 heltidstjänst',
      'Socialkonsulent, kommunen: 1,0 heltidstjänst',
      'Arbetsförmedlare (fyra förmiddagar i veckan), Arbetsförmedlingen: 0,4 heltidstjänster',
      'Psykiatrisjuksköterska (en förmiddag i veckan), Region Västmanland: 0,1 heltidstjänster (från våren 2024)',
    ]);
  });
});
