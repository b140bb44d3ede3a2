// @vitest-environment jsdom
import React from 'react';
import {fireEvent, render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import AreaTable from '@site/src/pages/verktyg/livshjulet/_components/AreaTable';
import FocusPanel, {followUpQuestions} from '@site/src/pages/verktyg/livshjulet/_components/FocusPanel';
import Wheel from '@site/src/pages/verktyg/livshjulet/_components/Wheel';
import {initialState, setValue} from '@site/src/tools/livshjulet/model';

describe('skalfrågornas följdfrågor', () => {
  it('utgår från deltagarens värde', () => {
    expect(followUpQuestions(4)[0]).toBe('Vad gör att det är en 4 och inte en 2?');
    expect(followUpQuestions(4)[1]).toBe('Hur skulle det se ut om det var en 5? Vad skulle vara annorlunda?');
    expect(followUpQuestions(0)[0]).toBe('Hur har du klarat dig hittills, trots att det är så tufft?');
    expect(followUpQuestions(10)[1]).toBe('Vad behöver du göra för att det ska fortsätta vara så här bra?');
    expect(followUpQuestions(null)).toHaveLength(1);
  });
});

describe('livsområdenas reglage', () => {
  const handlers = () => ({onRename: vi.fn(), onValue: vi.fn(), onRemove: vi.fn(), onAdd: vi.fn(), onFocusArea: vi.fn()});

  it('reglage och sifferruta ger samma värde och är namngivna per område', async () => {
    const on = handlers();
    render(<AreaTable state={setValue(initialState(), 'ekonomi', 'now', 5)} {...on} />);
    const slider = screen.getByRole('slider', {name: 'Hur det är nu, Ekonomi'});
    expect(slider).toHaveValue('5');
    expect(slider).toHaveAttribute('aria-valuetext', '5 av 10');
    expect(screen.getByRole('slider', {name: 'Hur det är nu, Boende'})).toHaveAttribute('aria-valuetext', 'Inte skattat');
    fireEvent.change(slider, {target: {value: '7'}});
    expect(on.onValue).toHaveBeenCalledWith('ekonomi', 'now', 7);
    await userEvent.setup().type(screen.getByRole('spinbutton', {name: 'Dit jag vill, Ekonomi, skriv 0–10'}), '9');
    expect(on.onValue).toHaveBeenLastCalledWith('ekonomi', 'wish', 9);
  });

  it('tar inte bort under tre områden och lägger inte till över tolv', () => {
    const on = handlers();
    const state = initialState();
    const three = {...state, areas: state.areas.slice(0, 3)};
    render(<AreaTable state={three} {...on} />);
    expect(screen.getByRole('button', {name: 'Ta bort Arbete och sysselsättning'})).toBeDisabled();
  });
});

describe('samtalspanelen', () => {
  it('visar frågor för valt område och sparar anteckning och nästa steg', async () => {
    const onText = vi.fn();
    render(<FocusPanel state={setValue(initialState(), 'halsa', 'now', 3)} areaId="halsa" onSelect={vi.fn()} onText={onText} />);
    expect(screen.getByRole('list', {name: 'Frågor om Hälsa'})).toHaveTextContent('Vad gör att det är en 3 och inte en 1?');
    await userEvent.setup().type(screen.getByRole('textbox', {name: 'Nästa steg för Hälsa'}), 'X');
    expect(onText).toHaveBeenCalledWith('halsa', 'nextStep', 'X');
  });
});

describe('hjulet', () => {
  it('har en textversion och ritar nu som fyllda sektorer och önskat läge som streckade linjer', () => {
    const {container} = render(
      <Wheel
        id="test"
        areas={initialState().areas.slice(0, 4)}
        layers={[
          {style: 'fill', label: 'nu', values: {arbete: 4}},
          {style: 'dashed', label: 'vill', values: {arbete: 8}},
        ]}
        description="Livshjul med 4 livsområden: Arbete 4 av 10, vill till 8."
      />,
    );
    expect(screen.getByRole('img', {name: 'Livshjul med 4 livsområden: Arbete 4 av 10, vill till 8.'})).toBeInTheDocument();
    expect(container.querySelectorAll('path.fill')).toHaveLength(1);
    expect(container.querySelectorAll('path.dashed')).toHaveLength(1);
  });
});
