// @vitest-environment jsdom
/**
 * A second year is data, not code: the loader reads the site's own results files and a made-up
 * year 2025 from tests/fixtures (never shown on the site), and the results page, its year filter,
 * the charts, the CSV files, a team page's results and the figures for boards all take the year
 * with no change in the code.
 */
import React, {type ReactNode} from 'react';
import {render, screen, within} from '@testing-library/react';

vi.mock('@generated/results-data/default/results.json', async () => {
  const {loadResults, siteResultsDir} = await import('@site/src/data/results/load');
  const {data, problems} = loadResults([siteResultsDir, 'tests/fixtures/results/second-year']);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return {default: data};
});
// The page's frame (theme layout, Källor) and the reading guide (MDX) are not what this test is about.
vi.mock('@site/src/components/SitePage', () => ({
  default: ({title, children}: {title: string; children: ReactNode}) => (
    <main>
      <h1>{title}</h1>
      {children}
    </main>
  ),
}));
vi.mock('@site/src/pages/resultat/_reading-guide.mdx', () => ({default: () => null}));
const query = vi.hoisted(() => ({team: '', ar: ''}));
vi.mock('@docusaurus/theme-common', () => ({
  useQueryString: (key: 'team' | 'ar') => [query[key], () => undefined],
}));

import ResultsPage from '@site/src/pages/resultat';
import TeamResults from '@site/src/components/TeamResults';
import BoardFigures from '@site/src/components/BoardFigures';
import {countyReportYears, teamYearOf} from '@site/src/data/results';
import {loadResults, siteResultsDir} from '@site/src/data/results/load';

const csvOf = (link: HTMLElement) => decodeURIComponent(link.getAttribute('href')!.replace(/^data:text\/csv;charset=utf-8,/, ''));
const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent?.replace(/\u00a0/g, ' '));

beforeEach(() => {
  query.team = '';
  query.ar = '';
});

// The whole results page is a large tree for jsdom's role queries.
describe('ett andra år ur en fil, utan ändring i koden', {timeout: 60_000}, () => {
  it('laddaren läser båda mapparna och lägger det nyaste året först', () => {
    expect(countyReportYears).toEqual([2025, 2024]);
    expect(teamYearOf('hallstahammar', 2025)!.participants.total).toBe(35);
    // The site's own folder alone has no 2025: the fixture is never on the site.
    expect(loadResults([siteResultsDir]).data.countyYears.map((county) => county.year)).toEqual([2024]);
  });

  it('resultatsidan: i korthet för det nyaste året, årsvalet med 2025 och båda årens diagram med egna CSV-filer', () => {
    render(<ResultsPage />);
    expect(screen.getByRole('heading', {level: 2, name: '2025 i korthet'})).toBeInTheDocument();
    // Participants as the 2025 county row states them.
    const participants = screen.getByText('Deltagare', {selector: 'dt'}).parentElement!;
    expect(within(participants).getByText('60')).toBeInTheDocument();
    expect(participants).toHaveTextContent('Källa: årsrapporten 2025');

    const year = screen.getByRole('combobox', {name: 'År'});
    expect(within(year).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Alla år',
      '2025',
      '2024',
      '2021–2022 (Avesta)',
      '2019 (Hallstahammar)',
    ]);

    expect(screen.getByRole('heading', {level: 3, name: '2025: två team i Västmanland'})).toBeInTheDocument();
    expect(screen.getByRole('heading', {level: 3, name: '2024: fem team i Västmanland'})).toBeInTheDocument();
    const endReasons2025 = screen.getByRole('figure', {name: 'Avslutade deltagare 2025 efter avslutsorsak'});
    const download = within(endReasons2025).getByRole('link', {name: /Ladda ner data/});
    expect(download).toHaveAttribute('download', 'avslutsorsaker-2025.csv');
    expect(csvOf(download)).toContain('Hallstahammar;15;6;2;1;1;3;1;1;10;66,7');
    expect(screen.getByRole('figure', {name: 'Avslutade deltagare 2024 efter avslutsorsak'})).toBeInTheDocument();
  });

  it('resultatsidan: förändringen över tid för de team som har två år, med tabell, CSV och förbehåll', () => {
    render(<ResultsPage />);
    expect(screen.getByRole('heading', {level: 3, name: 'Förändring över tid'})).toBeInTheDocument();
    const hallstahammar = screen.getByRole('figure', {name: 'Hallstahammar över tid, 2024–2025'});
    expect(screen.getByRole('figure', {name: 'Sala över tid, 2024–2025'})).toBeInTheDocument();
    // Only teams with two years: FNS has 2024 only.
    expect(screen.queryByRole('figure', {name: /^FNS över tid/})).toBeNull();

    expect(within(hallstahammar).getByRole('img', {name: /^2024:/})).toBeInTheDocument();
    expect(within(hallstahammar).getByRole('img', {name: /^2025: Arbete 6,/})).toBeInTheDocument();
    const table = within(hallstahammar).getByRole('table');
    expect(cells(within(table).getByRole('row', {name: /^2024/}))).toEqual(['31', '14', '14', '9', '64,3', '3', '1 250', '40 323', '2,1']);
    expect(cells(within(table).getByRole('row', {name: /^2025/}))).toEqual(['35', '17', '15', '10', '66,7', '3', '1 350', '38 571', '2']);
    expect(hallstahammar).toHaveTextContent('Jämför inte teamen med varandra och rangordna dem inte');
    expect(hallstahammar).toHaveTextContent('Definitioner, kategorier och hur teamen räknar kan skilja mellan åren');
    expect(hallstahammar).toHaveTextContent('Teamets rubrik för fortsatt rehabilitering skiljer sig mellan åren');
    const csv = csvOf(within(hallstahammar).getByRole('link', {name: /Ladda ner data/}));
    expect(csv).toContain('2025;35;17;15;10;66,7;3;1350;38571;2');
    expect(csv).toContain('rangordna dem inte');
  });

  it('årsfiltret: 2025 visar bara 2025, 2024 bara 2024 och ingen vy över tid', () => {
    query.ar = '2025';
    const {unmount} = render(<ResultsPage />);
    expect(screen.getByRole('status')).toHaveTextContent('Visar resultat för alla team, 2025.');
    expect(screen.getByRole('figure', {name: 'Avslutade deltagare 2025 efter avslutsorsak'})).toBeInTheDocument();
    expect(screen.queryByRole('figure', {name: 'Avslutade deltagare 2024 efter avslutsorsak'})).toBeNull();
    expect(screen.queryByRole('heading', {name: 'Förändring över tid'})).toBeNull();
    unmount();

    query.ar = '2024';
    query.team = 'vasteras';
    render(<ResultsPage />);
    expect(screen.getByRole('status')).toHaveTextContent('Visar resultat för Västerås, 2024.');
    expect(screen.queryByRole('figure', {name: 'Avslutade deltagare 2025 efter avslutsorsak'})).toBeNull();
  });

  it('teamsidan: det nyaste året överst, förändringen över tid och fotnoten för året', () => {
    render(<TeamResults team="hallstahammar" />);
    expect(screen.getByText('Deltagare 2025')).toBeInTheDocument();
    expect(screen.getByRole('figure', {name: 'Avslutade deltagare 2025 efter avslutsorsak'})).toBeInTheDocument();
    expect(screen.getByRole('figure', {name: 'Hallstahammar över tid, 2024–2025'})).toBeInTheDocument();
    expect(screen.getByText(/Påhittad fotnot för det påhittade året 2025\./)).toBeInTheDocument();
  });

  it('teamsidan för ett team med ett enda år: ingen vy över tid', () => {
    render(<TeamResults team="fns" />);
    expect(screen.getByText('Deltagare 2024')).toBeInTheDocument();
    expect(screen.queryByRole('figure', {name: /över tid/})).toBeNull();
  });

  it('för politiker och styrelser: pengar för båda åren, årets skäl för alla team och tiden i insatsen för 2025', () => {
    render(<BoardFigures />);
    expect(screen.getByRole('table', {name: 'Medel från samordningsförbundet 2025, tusen kronor (tkr)'})).toBeInTheDocument();
    expect(screen.getByRole('table', {name: 'Medel från samordningsförbundet 2024, tusen kronor (tkr)'})).toBeInTheDocument();
    expect(screen.getByRole('link', {name: 'Pengar 2025'})).toHaveAttribute('href', '#pengar-2025');
    expect(screen.getByText(/Ett påhittat skäl till att pengar blev över 2025\./)).toBeInTheDocument();
    // The newest report is 2025, with times for Hallstahammar only.
    expect(screen.getByText(/Årsrapporten 2025 anger inte tiden för Sala\./)).toBeInTheDocument();
  });
});
