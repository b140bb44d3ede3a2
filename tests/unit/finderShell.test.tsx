// @vitest-environment jsdom
import React from 'react';
import {render, screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import FinderShell, {countText} from '@site/src/components/FinderShell';

const words = {plural: 'metoder', none: 'Ingen metod'};

describe('sökarnas skal', () => {
  it('säger hur många som visas, och vad man gör när inget passar', () => {
    expect(countText(18, 18, words)).toBe('Visar alla 18 metoder.');
    expect(countText(4, 18, words)).toBe('Visar 4 av 18 metoder.');
    expect(countText(0, 16, {plural: 'exempel', none: 'Inget exempel'})).toBe('Inget exempel passar alla val. Ta bort något val för att se fler.');
  });

  it('visar sökarens egna filter, korten med länk och fakta, och knappen som tar bort valen', async () => {
    const onClear = vi.fn();
    render(
      <FinderShell
        label="Filtrera metoderna"
        filters={<input type="checkbox" aria-label="Ett filter" />}
        clearLabel="Visa alla metoder"
        anyFilter
        onClear={onClear}
        total={2}
        words={words}
        cards={[{href: '/metodhandbok/bip', title: 'BIP', text: 'Ett arbetssätt.', facts: [{term: 'Team', value: 'Sala'}]}]}
      />,
    );
    const form = screen.getByRole('form', {name: 'Filtrera metoderna'});
    expect(within(form).getByRole('checkbox', {name: 'Ett filter'})).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Visar 1 av 2 metoder.');
    const card = screen.getByRole('listitem');
    expect(within(card).getByRole('link', {name: 'BIP'})).toHaveAttribute('href', '/metodhandbok/bip');
    expect(card).toHaveTextContent('Ett arbetssätt.TeamSala');
    await userEvent.setup().click(screen.getByRole('button', {name: 'Visa alla metoder'}));
    expect(onClear).toHaveBeenCalledOnce();
  });

  it('knappen är avstängd när inget är valt', () => {
    render(<FinderShell label="F" filters={null} clearLabel="Visa alla" anyFilter={false} onClear={() => {}} total={0} words={words} cards={[]} />);
    expect(screen.getByRole('button', {name: 'Visa alla'})).toBeDisabled();
  });
});
