// @vitest-environment jsdom
import React, {useState} from 'react';
import {render, screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import MethodFinder from '@site/src/components/MethodFinder';
import {MethodFactsBox} from '@site/src/components/MethodFacts';
import ProcessFlow from '@site/src/components/ProcessFlow';
import GroupFormatTableView from '@site/src/components/GroupFormatTable/GroupFormatTableView';
import type {GroupFormat, MethodEntry} from '@site/src/data/schemas';

// The finder keeps its filters in the address; outside a Docusaurus site a component state stands in for it.
vi.mock('@docusaurus/theme-common', () => ({
  useQueryStringList: (_key: string) => {
    const [values, setValues] = useState<string[]>([]);
    return [values, (update: string[] | ((old: string[]) => string[])) => setValues((old) => (typeof update === 'function' ? update(old) : update))];
  },
}));

// MethodFacts reads the page's front matter through useDoc(); the tests render its box directly.
vi.mock('@docusaurus/plugin-content-docs/client', () => ({useDoc: () => ({frontMatter: {}, metadata: {source: 'test'}})}));

function method(title: string, overrides: Partial<MethodEntry>): MethodEntry {
  return {
    title,
    description: `${title}.`,
    permalink: `/metodhandbok/${title.toLowerCase()}`,
    what: `${title} är en metod.`,
    forWhom: 'Alla deltagare.',
    purposes: ['forhallningssatt'],
    formats: ['individuellt'],
    leads: 'Arbetskonsulenten',
    teams: ['sala'],
    ...overrides,
  };
}

const methods = [
  method('Lösningsfokus', {purposes: ['forhallningssatt'], formats: ['individuellt', 'grupp', 'organisation'], teams: ['sala', 'fns']}),
  method('Arbetsträning', {purposes: ['arbete'], teams: ['hallstahammar']}),
  method('Hälsogrupper', {purposes: ['halsa'], formats: ['grupp'], teams: ['fns']}),
];

describe('MethodFinder', () => {
  it('visar alla metoder innan något är valt', () => {
    render(<MethodFinder methods={methods} />);
    expect(screen.getByRole('status')).toHaveTextContent('Visar alla 3 metoder.');
    expect(screen.getAllByRole('heading', {level: 3}).map((h) => h.textContent)).toEqual(['Lösningsfokus', 'Arbetsträning', 'Hälsogrupper']);
  });

  it('filtrerar på syfte, form och team med tangentbordet och kan visa alla igen', async () => {
    const user = userEvent.setup();
    render(<MethodFinder methods={methods} />);
    const form = screen.getByRole('group', {name: 'Form'});
    within(form).getByRole('checkbox', {name: 'I grupp'}).focus();
    await user.keyboard(' ');
    expect(screen.getByRole('status')).toHaveTextContent('Visar 2 av 3 metoder.');

    await user.click(within(screen.getByRole('group', {name: 'Team'})).getByRole('checkbox', {name: 'Sala'}));
    expect(screen.getAllByRole('heading', {level: 3}).map((h) => h.textContent)).toEqual(['Lösningsfokus']);

    await user.click(within(screen.getByRole('group', {name: 'Syfte'})).getByRole('checkbox', {name: 'Arbete och studier'}));
    expect(screen.getByRole('status')).toHaveTextContent('Ingen metod passar alla val.');

    await user.click(screen.getByRole('button', {name: 'Visa alla metoder'}));
    expect(screen.getByRole('status')).toHaveTextContent('Visar alla 3 metoder.');
    expect(screen.getByRole('button', {name: 'Visa alla metoder'})).toBeDisabled();
  });

  it('länkar varje metod till dess sida', () => {
    render(<MethodFinder methods={methods} />);
    expect(screen.getByRole('link', {name: 'Arbetsträning'})).toHaveAttribute('href', '/metodhandbok/arbetsträning');
  });
});

describe('MethodFactsBox', () => {
  it('visar vad, för vem, syfte, form, vem leder och team på svenska', () => {
    render(<MethodFactsBox method={methods[0]!} title="Lösningsfokus" />);
    const box = screen.getByRole('complementary', {name: 'Kort om metoden: Lösningsfokus'});
    expect(box).toHaveTextContent('VadLösningsfokus är en metod.');
    expect(box).toHaveTextContent('FormIndividuellt, i grupp och i hela organisationen');
    expect(within(box).getByRole('link', {name: 'Sala'})).toHaveAttribute('href', '/samordningsteamen/sala');
    expect(within(box).getByRole('link', {name: 'FNS'})).toHaveAttribute('href', '/samordningsteamen/fns');
  });

  it('länkar till exemplen från praktiken som använder metoden', () => {
    render(<MethodFactsBox method={methods[0]!} title="Lösningsfokus" examples={[{title: 'UFFE', permalink: '/exempel/uffe'}]} />);
    expect(screen.getByRole('link', {name: 'UFFE'})).toHaveAttribute('href', '/exempel/uffe');
  });
});

describe('ProcessFlow', () => {
  it('är en numrerad lista med namn, och visar vem som deltar', () => {
    render(
      <ProcessFlow label="Vägen in i teamet">
        <ol>
          <li>
            <strong>Remiss</strong>
            {'\nHandläggaren skickar en remiss.'}
          </li>
          <li>
            <strong>Startmöte</strong>
            {'\nAlla träffas.\nVem: Deltagaren, remittenten och teamet'}
          </li>
        </ol>
      </ProcessFlow>,
    );
    const list = screen.getByRole('list', {name: 'Vägen in i teamet'});
    expect(list.tagName).toBe('OL');
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByText('Remiss')).toHaveClass('title');
    expect(screen.getByText('Alla träffas.')).toHaveClass('text');
    expect(screen.getByText('Vem: Deltagaren, remittenten och teamet')).toBeInTheDocument();
  });

  it('stoppar innehåll som inte är en lista, och namnger flödet', () => {
    expect(() => render(<ProcessFlow label="Vägen">Bara text.</ProcessFlow>)).toThrow(
      '<ProcessFlow label="Vägen">: innehållet ska vara en lista i Markdown',
    );
  });
});

describe('GroupFormatTableView', () => {
  const base = {purpose: 'Syfte.', size: null, period: null, frequency: 'en gång i veckan', length: null, leads: null, year: 2024, ref: {source: 'arsrapport-2024', lines: 'L540–L548'}} as const;
  const formats: GroupFormat[] = [
    {...base, id: 'valkomstart-fns', name: 'Välkomstart', team: 'fns', category: 'introduktion', period: 'sedan oktober 2024', page: '/metodhandbok/gruppformat'},
    {...base, id: 'forum-sala', name: 'Öppet forum', team: 'sala', category: 'gemenskap-och-aktivitet'},
  ];

  it('filtrerar på team och sorterar med rubrikknapparna', async () => {
    const user = userEvent.setup();
    render(<GroupFormatTableView formats={formats} />);
    expect(screen.getByRole('status')).toHaveTextContent('Visar alla 2 grupper.');
    expect(screen.getAllByRole('cell', {name: 'Anges inte'}).length).toBeGreaterThan(0);
    expect(screen.getByRole('link', {name: 'Välkomstart'})).toHaveAttribute('href', '/metodhandbok/gruppformat');
    // När (period) and Hur ofta (frequency) are separate columns.
    const headers = screen.getAllByRole('columnheader').map((cell) => cell.textContent);
    const valkomstart = within(screen.getByRole('rowheader', {name: 'Välkomstart'}).closest('tr')!).getAllByRole('cell').map((cell) => cell.textContent);
    expect(valkomstart[headers.indexOf('När') - 1]).toBe('sedan oktober 2024');
    expect(valkomstart[headers.indexOf('Hur ofta') - 1]).toBe('en gång i veckan');

    await user.selectOptions(screen.getByRole('combobox', {name: 'Team'}), 'sala');
    expect(screen.getByRole('status')).toHaveTextContent('Visar 1 av 2 grupper.');
    expect(screen.getByRole('rowheader', {name: 'Öppet forum'})).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', {name: 'Team'}), 'alla');
    const nameHeader = screen.getByRole('columnheader', {name: /Grupp/});
    await user.click(within(nameHeader).getByRole('button'));
    expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(nameHeader).getByRole('button'));
    expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Öppet forum', 'Välkomstart']);
  });
});
