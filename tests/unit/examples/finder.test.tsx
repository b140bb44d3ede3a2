// @vitest-environment jsdom
import React, {useState} from 'react';
import {render, screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExampleFinder from '@site/src/components/ExampleFinder';
import {ExampleFactsBox} from '@site/src/components/ExampleFacts';
import {ExampleFiguresTable} from '@site/src/components/ExampleFigures';
import {exampleFiltersFromQuery, filterExamples, filterOptions, noExampleFilters} from '@site/src/components/ExampleFinder/filterExamples';
import type {ExampleEntry, MethodEntry} from '@site/src/data/schemas';
import methodsJson from '../../support/methods.json';

vi.mock('@docusaurus/theme-common', () => {
  const state = () => useState<string>('');
  return {
    useQueryString: (_key: string) => {
      const [value, setValue] = state();
      return [value, (next: string | null) => setValue(next ?? '')];
    },
    useQueryStringList: (_key: string) => {
      const [values, setValues] = useState<string[]>([]);
      return [values, (update: string[] | ((old: string[]) => string[])) => setValues((old) => (typeof update === 'function' ? update(old) : update))];
    },
  };
});
vi.mock('@docusaurus/plugin-content-docs/client', () => ({useDoc: () => ({frontMatter: {}, metadata: {source: 'test'}})}));

const methods = methodsJson as MethodEntry[];

function example(title: string, overrides: Partial<ExampleEntry>): ExampleEntry {
  return {
    title,
    description: `${title} är ett exempel.`,
    permalink: `/exempel/${title.toLowerCase()}`,
    forbund: 'Förbund A',
    county: 'Län',
    targetGroups: ['unga-vuxna'],
    methods: [],
    resultKinds: ['individ'],
    period: '2015',
    source: 'nns-fantastiska-resultat',
    figures: [],
    ...overrides,
  };
}

const examples = [
  example('UFFE', {methods: ['supported-employment'], targetGroups: ['aktivitetsersattning'], forbund: 'Skåne Nordost'}),
  example('TUNA', {methods: ['losningsfokus'], targetGroups: ['psykisk-ohalsa'], resultKinds: ['individ', 'samhallsekonomi'], forbund: 'RAR Sörmland'}),
  example('VFK', {targetGroups: ['personal-och-organisationer'], resultKinds: ['struktur'], forbund: 'Finsam Falun'}),
];

describe('filterExamples', () => {
  it('filtrerar på metod: exakt de exempel som har metoden', () => {
    expect(filterExamples(examples, {...noExampleFilters, method: 'supported-employment'}).map((e) => e.title)).toEqual(['UFFE']);
  });

  it('kombinerar slags resultat (något av) med förbund (exakt)', () => {
    expect(filterExamples(examples, {...noExampleFilters, resultKinds: ['samhallsekonomi', 'struktur']}).map((e) => e.title)).toEqual(['TUNA', 'VFK']);
    expect(filterExamples(examples, {...noExampleFilters, resultKinds: ['struktur'], forbund: 'RAR Sörmland'})).toEqual([]);
  });

  it('erbjuder bara metoder och förbund som finns, och struntar i okända värden i adressen', () => {
    const options = filterOptions(examples);
    expect(options.methods).toEqual(['losningsfokus', 'supported-employment']);
    expect(exampleFiltersFromQuery({metod: 'ips', malgrupp: ['unga-vuxna', 'x'], resultat: ['struktur'], forbund: 'Okänt'}, options)).toEqual({
      method: '',
      targetGroups: ['unga-vuxna'],
      resultKinds: ['struktur'],
      forbund: '',
    });
  });
});

describe('ExampleFinder', () => {
  it('filtrerar på metod och slags resultat med tangentbordet och visar alla igen', async () => {
    const user = userEvent.setup();
    render(<ExampleFinder examples={examples} methods={methods} />);
    expect(screen.getByRole('status')).toHaveTextContent('Visar alla 3 exempel.');

    await user.selectOptions(screen.getByRole('combobox', {name: 'Metod'}), 'Supported Employment');
    expect(screen.getAllByRole('heading', {level: 3}).map((h) => h.textContent)).toEqual(['UFFE']);

    await user.selectOptions(screen.getByRole('combobox', {name: 'Metod'}), '');
    within(screen.getByRole('group', {name: 'Slags resultat'})).getByRole('checkbox', {name: 'Struktur'}).focus();
    await user.keyboard(' ');
    expect(screen.getAllByRole('heading', {level: 3}).map((h) => h.textContent)).toEqual(['VFK']);

    await user.click(screen.getByRole('button', {name: 'Visa alla exempel'}));
    expect(screen.getByRole('status')).toHaveTextContent('Visar alla 3 exempel.');
  });
});

describe('exemplets faktaruta och siffror', () => {
  it('visar förbund, målgrupp, resultat och länkar metoderna till handboken', () => {
    render(<ExampleFactsBox example={examples[0]!} />);
    const box = screen.getByRole('complementary', {name: 'Kort om exemplet'});
    expect(box).toHaveTextContent('SamordningsförbundSkåne Nordost (Län)');
    expect(within(box).getByRole('link', {name: 'Supported Employment'})).toHaveAttribute('href', '/metodhandbok/supported-employment');
  });

  it('visar varje siffra med enhet, år och rader i rapporten', () => {
    render(
      <ExampleFiguresTable
        figures={[{label: 'Andel till arbete', value: 41.5, unit: 'procent', year: 2015, lines: 'L600–L602', note: 'Rapporten avrundar.'}]}
        sourceTitle="NNS-rapporten"
      />,
    );
    const row = screen.getByRole('row', {name: /Andel till arbete/});
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['41,5 %', '2015', 'NNS-rapporten, rad 600–602']);
    expect(row).toHaveTextContent('Rapporten avrundar.');
  });

  it('säger till när rapporten inte anger några siffror', () => {
    render(<ExampleFiguresTable figures={[]} sourceTitle="NNS-rapporten" />);
    expect(screen.getByText('Rapporten anger inga siffror om resultaten för det här exemplet.')).toBeInTheDocument();
  });
});
