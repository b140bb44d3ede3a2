// @vitest-environment jsdom
import React from 'react';
import {act, fireEvent, render, screen, within} from '@testing-library/react';
import ErrorSummary from '@site/src/pages/verktyg/samhallsekonomisk-kalkyl/_components/ErrorSummary';
import PresetPicker from '@site/src/pages/verktyg/samhallsekonomisk-kalkyl/_components/PresetPicker';
import ResultBar from '@site/src/pages/verktyg/samhallsekonomisk-kalkyl/_components/ResultBar';
import ResultPanel from '@site/src/pages/verktyg/samhallsekonomisk-kalkyl/_components/ResultPanel';
import ScenarioForm from '@site/src/pages/verktyg/samhallsekonomisk-kalkyl/_components/ScenarioForm';
import {defaultScenario, rates} from '@site/src/tools/kalkyl/assumptions';
import {calculate} from '@site/src/tools/kalkyl/calculate';
import {errorEntries} from '@site/src/tools/kalkyl/errors';
import {defaultFormValues, readForm} from '@site/src/tools/kalkyl/fields';
import {presets} from '@site/src/tools/kalkyl/presets';

describe('kalkylens formulär', () => {
  it('visar felet vid fältet, kopplat till fältet, och skickar det användaren skriver', () => {
    const values = {...defaultFormValues(), kostnad: '-5'};
    const reading = readForm(values);
    const errors = reading.ok ? {} : reading.errors;
    const onChange = vi.fn();
    render(<ScenarioForm values={values} errors={errors} onChange={onChange} />);
    const cost = screen.getByRole('textbox', {name: 'Kostnad per deltagare'});
    expect(cost).toHaveValue('-5');
    expect(cost).toHaveAttribute('aria-invalid', 'true');
    expect(cost).toHaveAccessibleDescription(/^Fel: Talet kan inte vara negativt\./);
    expect(screen.getByRole('textbox', {name: 'Antal deltagare'})).not.toHaveAttribute('aria-invalid');
    fireEvent.change(screen.getByRole('textbox', {name: 'Från sjukpenning, Till studier'}), {target: {value: '2'}});
    expect(onChange).toHaveBeenCalledWith('sjukpenning-studier', '2');
  });

  it('har ett fält för varje ersättning och varje mål, med förvalets källa', () => {
    render(<ScenarioForm values={defaultFormValues()} errors={{}} onChange={vi.fn()} />);
    expect(screen.getAllByRole('textbox', {name: /^Från /})).toHaveLength(20);
    const group = screen.getByRole('group', {name: 'Försörjningsstöd'});
    expect(within(group).getByRole('textbox', {name: 'Belopp per månad'})).toHaveAccessibleDescription(/Källa: NNS-rapporten 2016 \(Payoff\), rad 508/);
  });
});

describe('felsammanfattningen', () => {
  it('länkar varje fel till sitt fält och syns inte utan fel', () => {
    const entries = errorEntries({lon: 'Skriv bara siffror, till exempel 23 000.'}, {});
    const {rerender} = render(<ErrorSummary entries={entries} intro="Rätta." />);
    expect(screen.getByRole('link', {name: 'Lön i arbete: Skriv bara siffror, till exempel 23 000.'})).toHaveAttribute('href', '#falt-lon');
    rerender(<ErrorSummary entries={[]} intro="" />);
    expect(screen.queryByRole('region')).toBeNull();
  });
});

describe('resultatet', () => {
  it('har samma siffror i diagram och tabell, och säger när resultatet är gammalt', () => {
    const result = calculate(defaultScenario(), rates);
    render(<ResultPanel result={result} forecastYears={5} isCurrent={false} />);
    expect(screen.getByText('Formuläret har fel. Resultatet gäller de senaste giltiga värdena.')).toBeInTheDocument();
    const figure = screen.getByRole('figure', {name: 'Värde per år för varje aktör'});
    const kommunBar = within(figure).getByRole('img', {name: /^Kommunen: /});
    const barValue = kommunBar.getAttribute('aria-label')?.replace(/\D/g, '');
    const row = within(figure).getByRole('row', {name: /Kommunen/});
    expect(row.textContent?.replace(/\D/g, '')).toBe(barValue);
    expect(Number(barValue)).toBe(Math.round(result.byActor.kommun));
  });
});

describe('utan giltigt scenario', () => {
  it('visar att inget resultat finns, och inga siffror i stället', () => {
    render(<ResultPanel result={null} forecastYears={5} isCurrent={false} />);
    expect(screen.getByRole('region', {name: 'Resultat'})).toHaveTextContent(/^ResultatInget resultat visas förrän du har rättat felen i formuläret\./);
    expect(screen.queryByRole('figure')).toBeNull();
    expect(screen.getByRole('link', {name: 'Gå till felen'})).toHaveAttribute('href', '#kalkyl-fel');
  });

  it('säger förvalet och enheten i ental för en person', () => {
    render(<ScenarioForm values={defaultFormValues()} errors={{}} onChange={vi.fn()} />);
    const participants = screen.getByRole('textbox', {name: 'Antal deltagare'});
    expect(participants).toHaveAccessibleDescription(/^Förval: 1 person \(2016\)/);
    expect(participants.parentElement).toHaveTextContent(/^person$/);
  });
});

describe('resultatraden', () => {
  it('läser upp meningen när användaren gör en paus, inte vid varje tangent och inte när sidan öppnas', async () => {
    vi.useFakeTimers();
    try {
      const link = {href: '#resultat-rubrik', text: 'Se hela resultatet'};
      const {rerender} = render(<ResultBar sentence="Insatsen ger samhället cirka 1 000 kr per år." link={link} />);
      const status = screen.getByRole('status');
      expect(status).toHaveTextContent('');
      rerender(<ResultBar sentence="Insatsen ger samhället cirka 2 000 kr per år." link={link} />);
      await act(() => vi.advanceTimersByTimeAsync(500));
      rerender(<ResultBar sentence="Insatsen ger samhället cirka 3 000 kr per år." link={link} />);
      await act(() => vi.advanceTimersByTimeAsync(500));
      expect(status).toHaveTextContent('');
      await act(() => vi.advanceTimersByTimeAsync(600));
      expect(status).toHaveTextContent('Insatsen ger samhället cirka 3 000 kr per år.');
      const bar = screen.getByRole('region', {name: 'Resultatet i korthet'});
      expect(within(bar).getByRole('link', {name: 'Se hela resultatet'})).toHaveAttribute('href', '#resultat-rubrik');
      expect(within(bar).getByText('3 000 kr').tagName).toBe('STRONG');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('förvalen', () => {
  it('säger under knapparna vad som fylldes i och vad det ger, med länkar till formuläret och resultatet', () => {
    const props = {presets, onPick: vi.fn(), onReset: vi.fn(), formId: 'underlag', resultId: 'resultat-rubrik'};
    const {rerender} = render(<PresetPicker {...props} picked={null} />);
    expect(screen.queryByText(/Formuläret är ifyllt/)).toBeNull();
    fireEvent.click(screen.getByRole('button', {name: presets[0]!.name}));
    expect(props.onPick).toHaveBeenCalledWith(presets[0]);
    rerender(<PresetPicker {...props} picked={{message: 'Formuläret är ifyllt med ”X”.', sentence: 'Insatsen ger samhället cirka 1 000 kr per år.'}} />);
    expect(screen.getByText(/^Insatsen ger samhället/).closest('p')).toHaveTextContent('Formuläret är ifyllt med ”X”. Insatsen ger samhället cirka 1 000 kr per år.');
    expect(screen.getByRole('link', {name: 'Gå till formuläret'})).toHaveAttribute('href', '#underlag');
    expect(screen.getByRole('link', {name: 'Se hela resultatet'})).toHaveAttribute('href', '#resultat-rubrik');
  });
});
