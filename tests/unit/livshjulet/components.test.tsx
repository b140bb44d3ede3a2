// @vitest-environment jsdom
import React from 'react';
import {fireEvent, render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import AreaList from '@site/src/pages/verktyg/livshjulet/_components/AreaList';
import FocusPanel from '@site/src/pages/verktyg/livshjulet/_components/FocusPanel';
import RatingPanel from '@site/src/pages/verktyg/livshjulet/_components/RatingPanel';
import {followUpQuestions} from '@site/src/tools/livshjulet/questions';
import Wheel from '@site/src/pages/verktyg/livshjulet/_components/Wheel';
import RoundsPanel from '@site/src/pages/verktyg/livshjulet/_components/RoundsPanel';
import {addArea, initialState, maxAreas, minAreas, setValue} from '@site/src/tools/livshjulet/model';

describe('skalfrågornas följdfrågor', () => {
  it('utgår från deltagarens värde', () => {
    expect(followUpQuestions(4)[0]).toBe('Vad gör att det är en 4 och inte en 2?');
    expect(followUpQuestions(4)[1]).toBe('Hur skulle det se ut om det var en 5? Vad skulle vara annorlunda?');
    expect(followUpQuestions(0)[0]).toBe('Hur har du klarat dig hittills, trots att det är så tufft?');
    expect(followUpQuestions(10)[1]).toBe('Vad behöver du göra för att det ska fortsätta vara så här bra?');
    expect(followUpQuestions(null)).toHaveLength(1);
  });

  it('frågar inte efter ett högre värde när dit jag vill är nått eller lägre', () => {
    expect(followUpQuestions(8, 3)[1]).toBe('Du vill hellre vara på en 3 än en 8. Vad skulle bli bättre om det var lite mindre av det här?');
    expect(followUpQuestions(8, 3).join(' ')).not.toMatch(/en 9/);
    expect(followUpQuestions(6, 6)[1]).toBe('Vad behöver du göra för att det ska fortsätta vara så här bra?');
    expect(followUpQuestions(6, 9)[1]).toBe('Hur skulle det se ut om det var en 7? Vad skulle vara annorlunda?');
  });
});

describe('skattning av ett område i taget', () => {
  it('skalan är elva knappar per fråga, ingen vald för ett oskattat område, och namngiven per område', async () => {
    const onValue = vi.fn();
    const onSelect = vi.fn();
    render(<RatingPanel state={setValue(initialState(), 'ekonomi', 'now', 5)} areaId="ekonomi" onSelect={onSelect} onValue={onValue} />);
    const now = screen.getByRole('group', {name: 'Hur det är nu, Ekonomi: 5 av 10'});
    const wish = screen.getByRole('group', {name: 'Dit jag vill, Ekonomi: inte skattat'});
    expect(now.querySelectorAll('input[type=radio]')).toHaveLength(11);
    expect(screen.getAllByRole('radio', {checked: true})).toHaveLength(1);
    expect(wish.querySelector('input:checked')).toBeNull();
    const user = userEvent.setup();
    await user.click(screen.getAllByRole('radio', {name: '7'})[1]!);
    expect(onValue).toHaveBeenLastCalledWith('ekonomi', 'wish', 7);
    await user.click(screen.getByRole('button', {name: 'Töm hur det är nu, Ekonomi'}));
    expect(onValue).toHaveBeenLastCalledWith('ekonomi', 'now', null);
    await user.click(screen.getByRole('button', {name: 'Nästa område: Boende'}));
    expect(onSelect).toHaveBeenLastCalledWith('boende');
    await user.click(screen.getByRole('button', {name: 'Förra området: Studier och utveckling'}));
    expect(onSelect).toHaveBeenLastCalledWith('studier');
  });

  it('knapparnas namn börjar med texten som syns, så att den som styr med rösten kan säga den (WCAG 2.5.3)', () => {
    render(<RatingPanel state={initialState()} areaId="ekonomi" onSelect={vi.fn()} onValue={vi.fn()} />);
    for (const button of screen.getAllByRole('button')) {
      const visible = (button.textContent ?? '').replace(/[‹›]/g, '').trim().toLowerCase();
      const name = (button.getAttribute('aria-label') ?? button.textContent ?? '').toLowerCase();
      expect(name, `"${button.textContent}"`).toContain(visible);
    }
  });

  it('säger när dit jag vill är lägre än nu, i stället för negativa steg', () => {
    const state = setValue(setValue(initialState(), 'halsa', 'now', 8), 'halsa', 'wish', 3);
    render(<RatingPanel state={state} areaId="halsa" onSelect={vi.fn()} onValue={vi.fn()} />);
    expect(screen.getByText('Steg kvar: Vill ha mindre (5 steg ner).')).toBeInTheDocument();
  });
});

describe('livsområdena', () => {
  const handlers = () => ({onRename: vi.fn(), onRate: vi.fn(), onRemove: vi.fn(), onAdd: vi.fn(), onFocusArea: vi.fn()});

  it('tar inte bort under tre områden', () => {
    const on = handlers();
    const state = initialState();
    const three = {...state, areas: state.areas.slice(0, minAreas)};
    render(<AreaList state={three} {...on} />);
    expect(screen.getByRole('button', {name: 'Ta bort Arbete och sysselsättning'})).toBeDisabled();
    expect(screen.getByRole('button', {name: 'Lägg till livsområde'})).toBeEnabled();
  });

  it('lägger inte till över tolv', async () => {
    let state = initialState();
    while (state.areas.length < maxAreas) state = addArea(state, `Område ${state.areas.length + 1}`);
    const almostFull = {...state, areas: state.areas.slice(0, maxAreas - 1)};
    const on = handlers();
    const {rerender} = render(<AreaList state={almostFull} {...on} />);
    await userEvent.setup().click(screen.getByRole('button', {name: 'Lägg till livsområde'}));
    expect(on.onAdd).toHaveBeenCalledOnce();

    rerender(<AreaList state={state} {...on} />);
    const add = screen.getByRole('button', {name: 'Lägg till livsområde'});
    expect(add).toBeDisabled();
    await userEvent.setup().click(add);
    expect(on.onAdd).toHaveBeenCalledOnce();
    expect(screen.getAllByRole('button', {name: /^Ta bort /}).every((button) => !(button as HTMLButtonElement).disabled)).toBe(true);
  });

  it('visar värdena och skickar till skattningen', async () => {
    const on = handlers();
    render(<AreaList state={setValue(initialState(), 'boende', 'now', 2)} {...on} />);
    expect(screen.getByRole('group', {name: '4 Boende'})).toHaveTextContent('Nu: 2. Dit jag vill: inte skattat.');
    await userEvent.setup().click(screen.getByRole('button', {name: 'Skatta Boende'}));
    expect(on.onRate).toHaveBeenCalledWith('boende');
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

describe('omgångarna', () => {
  afterEach(() => vi.useRealTimers());

  it('hittar inte på ett datum innan sidan vet dagens, och sparar med dagens datum', () => {
    vi.useFakeTimers({toFake: ['Date']});
    vi.setSystemTime(new Date(2027, 2, 5, 10, 0));
    const onSave = vi.fn();
    render(<RoundsPanel state={initialState()} today="" onSave={onSave} onDelete={vi.fn()} />);
    const date = screen.getByLabelText('Datum');
    expect(date).toHaveValue('');
    fireEvent.click(screen.getByRole('button', {name: 'Spara omgång'}));
    expect(onSave).toHaveBeenCalledWith('Inskrivning', '2027-03-05');
  });

  it('visar dagens datum när sidan vet det', () => {
    render(<RoundsPanel state={initialState()} today="2027-03-05" onSave={vi.fn()} onDelete={vi.fn()} />);
    expect(screen.getByLabelText('Datum')).toHaveValue('2027-03-05');
  });
});
