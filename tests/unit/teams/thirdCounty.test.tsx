// @vitest-environment jsdom
/**
 * A new team is data, not code: the loader reads the site's own team files and a made-up team in a
 * third county, Provbruk in Gävleborg, from tests/fixtures (never shown on the site), and the list of
 * teams, their order and names, the team pages' catalogue, the method pages' `teams:`, the fact box
 * and the results files all take the team with no change in the code.
 */
import React from 'react';
import {readFileSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {render, screen, within} from '@testing-library/react';

vi.mock('@site/src/data/teamLoad', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@site/src/data/teamLoad')>();
  const {data, problems} = actual.loadTeams([actual.siteTeamsDir, 'tests/fixtures/teams/third-county/teams']);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return {...actual, siteTeams: () => data};
});
vi.mock('@generated/results-data/default/results.json', async () => {
  const {loadResults, siteResultsDir} = await import('@site/src/data/results/load');
  const {data, problems} = loadResults([siteResultsDir, 'tests/fixtures/teams/third-county/results']);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return {default: data};
});
vi.mock('@docusaurus/theme-common', () => ({useQueryStringList: () => [[], () => undefined]}));

import {loadTeams, siteTeamsDir} from '@site/src/data/teamLoad';
import {teamName, teamOrder} from '@site/src/data/teams';
import {teamProfiles} from '@site/src/data/teamProfiles';
import {periodResultsOf} from '@site/src/data/results';
import {loadResults} from '@site/src/data/results/load';
import {buildMethodCatalog, buildTeamCatalog, type LoadedDoc} from '../../../plugins/method-catalog/catalog';
import TeamFacts from '@site/src/components/TeamFacts';
import TeamResults from '@site/src/components/TeamResults';
import TeamsByMunicipality from '@site/src/components/TeamsByMunicipality';
import MethodFinder from '@site/src/components/MethodFinder';

const siteOrder = ['fns', 'sala', 'hallstahammar', 'surahammar', 'vasteras', 'avesta'];

function teamPage(team: string): LoadedDoc {
  return {source: `@site/samordningsteamen/${team}.mdx`, permalink: `/samordningsteamen/${team}`, title: team, description: 'Beskrivning.', frontMatter: {team}};
}

describe('ett team i ett tredje län ur en fil, utan ändring i koden', () => {
  it('laddaren läser båda mapparna och ställer teamet på sin plats i ordningen', () => {
    expect(teamOrder).toEqual([...siteOrder, 'provbruk']);
    expect(teamName('provbruk')).toBe('Provbruk');
    expect(teamProfiles.find((profile) => profile.team === 'provbruk')).toMatchObject({county: 'Gävleborg', municipalities: ['Provbruk', 'Testvik']});
    // The site's own folder alone has no Provbruk: the fixture is never on the site.
    expect(loadTeams([siteTeamsDir]).data.teams.map((team) => team.team)).toEqual(siteOrder);
  });

  it('katalogen över teamsidorna kräver en sida för teamet och lägger den sist', () => {
    const pages = [...siteOrder, 'provbruk'].map(teamPage).reverse();
    const {teams, problems} = buildTeamCatalog(pages);
    expect(problems).toEqual([]);
    expect(teams.map((entry) => entry.team)).toEqual([...siteOrder, 'provbruk']);
    expect(buildTeamCatalog(siteOrder.map(teamPage)).problems).toEqual([
      'samordningsteamen: teamet "provbruk" (src/data/teams/provbruk.yaml) har ingen sida; ange team: provbruk i front matter på teamets sida',
    ]);
  });

  it('en metodsida kan ange teamet, och metodväljaren har det bland teamen', () => {
    const method = {
      what: 'En metod.',
      forWhom: 'Alla deltagare.',
      purposes: ['arbete'],
      formats: ['individuellt'],
      leads: 'Arbetskonsulenten',
      teams: ['sala', 'provbruk'],
    };
    const doc: LoadedDoc = {source: '@site/docs/prov.mdx', permalink: '/metodhandbok/prov', title: 'Prov', description: 'Beskrivning.', frontMatter: {method}};
    const {methods, problems} = buildMethodCatalog([doc]);
    expect(problems).toEqual([]);

    render(<MethodFinder methods={methods} />);
    const teams = within(screen.getByRole('group', {name: 'Team'})).getAllByRole('checkbox');
    expect(teams.map((box) => box.closest('label')?.textContent)).toEqual(['FNS', 'Sala', 'Hallstahammar', 'Surahammar', 'Västerås', 'Avesta', 'Provbruk']);
    expect(screen.getByText('Sala och Provbruk')).toBeInTheDocument();
  });

  it('faktarutan visar teamets profil, med personalen ur rapporten för profilens år', () => {
    render(<TeamFacts team="provbruk" />);
    const box = screen.getByRole('complementary', {name: 'Kort om Samordningsteam Provbruk'});
    expect(within(box).getByText('Provbruk och Testvik (Gävleborg)')).toBeInTheDocument();
    expect(within(box).getByText('Påhittade samordningsförbundet i Gävleborg')).toBeInTheDocument();
    expect(within(box).getByText('Personal 2023', {selector: 'dt'})).toBeInTheDocument();
    expect(within(box).getByRole('listitem')).toHaveTextContent('Påhittade arbetskonsulenter i Provbruk: 2,0');
  });

  it('resultatfilerna godtar teamet, och teamsidans resultat visar rapportens period', () => {
    expect(periodResultsOf('provbruk').map((result) => result.id)).toEqual(['provbruk-2023']);
    render(<TeamResults team="provbruk" />);
    expect(screen.getByRole('heading', {level: 3, name: 'Provbruk, Kalenderåret 2023'})).toBeInTheDocument();

    // A team row in a county report too: the made-up 2025 with Provbruk in place of Sala.
    const dir = mkdtempSync(join(tmpdir(), 'resultat-'));
    writeFileSync(join(dir, '2025.yaml'), readFileSync('tests/fixtures/results/second-year/2025.yaml', 'utf8').replace('  - team: sala\n', '  - team: provbruk\n'));
    const {data, problems} = loadResults([dir]);
    expect(problems).toEqual([]);
    expect(data.teamYears.map((row) => row.team)).toEqual(['hallstahammar', 'provbruk']);
  });

  it('kartan över Västmanlands kommuner tar inte med ett team i ett annat län', () => {
    render(<TeamsByMunicipality />);
    expect(screen.getByRole('table', {name: 'Kommunerna i Västmanland och deras samordningsteam'})).not.toHaveTextContent('Provbruk');
    expect(screen.getByText(/^Schematisk karta/)).not.toHaveTextContent('Provbruk');
  });
});

