// @vitest-environment jsdom
/**
 * The table of inputs (calculatorInputs in src/data/socioEconomicCalculator.ts) is the only place
 * an input is defined: change a row, or add one, and the form, the address, the messages, the error
 * summary and the assumption table follow, with no other code changed.
 */
import React from 'react';
import {render, screen, within} from '@testing-library/react';
import AssumptionTable from '@site/src/pages/verktyg/samhallsekonomisk-kalkyl/_components/AssumptionTable';
import ErrorSummary from '@site/src/pages/verktyg/samhallsekonomisk-kalkyl/_components/ErrorSummary';
import ScenarioForm from '@site/src/pages/verktyg/samhallsekonomisk-kalkyl/_components/ScenarioForm';
import {calculatorInputs, type CalculatorInput, type ScenarioPlace} from '@site/src/data/socioEconomicCalculator';
import {calculatorInputListSchema} from '@site/src/data/socioEconomicCalculatorSchema';
import {errorEntries} from '@site/src/tools/kalkyl/errors';
import {calculatorForm, defaultFormValues, formOf, readForm, type FormValues} from '@site/src/tools/kalkyl/fields';
import {fromSearch, hasScenario, linkValuesOf, toSearch} from '@site/src/tools/kalkyl/url';

const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

const studyGrant = calculatorInputs.find((input) => input.id === 'studiebidrag')!;

/** The study grant as another row: another key, name, default, limit and group. */
const renamed: CalculatorInput = {
  ...studyGrant,
  id: 'studiemedel',
  param: 'studiemedel',
  name: 'Studiemedel med lån',
  value: 2500,
  max: 5000,
  section: 'insatsen',
};

describe('a row changed in the table', () => {
  const inputs = calculatorInputs.map((input) => (input.id === 'studiebidrag' ? renamed : input));
  const form = formOf(inputs);
  const defaults = defaultFormValues(form);

  it('is a valid table', () => {
    expect(calculatorInputListSchema.safeParse(inputs).success).toBe(true);
  });

  it('gives the form its field, label, default, unit and group, and no field for the old row', () => {
    render(<ScenarioForm values={defaults} errors={{}} onChange={vi.fn()} form={form} />);
    const group = screen.getByRole('group', {name: '1. Insatsen'});
    const field = within(group).getByRole('textbox', {name: 'Studiemedel med lån'});
    expect(field).toHaveAttribute('id', 'falt-studiemedel');
    expect(plain((field as HTMLInputElement).value)).toBe('2 500');
    expect(plain(field.parentElement?.textContent)).toBe('kr per månad');
    expect(plain(document.getElementById('falt-studiemedel-hjalp')?.textContent)).toMatch(/^Förval: 2 500 kr per månad \(2024\)\./);
    expect(screen.queryByRole('textbox', {name: 'Studiebidrag'})).toBeNull();
    expect(within(screen.getByRole('group', {name: '3. Efter insatsen'})).getAllByRole('textbox')).toHaveLength(3);
  });

  it('puts the default in the scenario at the row\'s place', () => {
    const reading = readForm(defaults, form);
    expect(reading.ok && reading.scenario.studyGrant).toBe(2500);
    const changed = readForm({...defaults, studiemedel: '3 000'}, form);
    expect(changed.ok && changed.scenario.studyGrant).toBe(3000);
  });

  it('writes and reads the row\'s key in the address, and ignores the old key', () => {
    expect(toSearch(defaults, form)).toBe('');
    expect(toSearch({...defaults, studiemedel: '3 000'}, form)).toBe('?studiemedel=3000');
    const values = fromSearch('?studiemedel=4000&studiebidrag=1', form);
    expect(plain(values.studiemedel)).toBe('4 000');
    expect(values.studiebidrag).toBeUndefined();
    expect(linkValuesOf('?studiebidrag=1', form)).toEqual({});
    expect(hasScenario('?studiemedel=1', form)).toBe(true);
  });

  it('checks the row\'s limit and names the row in the error summary, linked to its field', () => {
    const reading = readForm({...defaults, studiemedel: '6000'}, form);
    expect(reading.ok).toBe(false);
    const errors = reading.ok ? {} : reading.errors;
    expect(plain(errors.studiemedel)).toBe('Talet är orimligt stort. Skriv högst 5 000.');
    const entries = errorEntries(errors, {}, form);
    expect(entries.map((entry) => [entry.href, plain(entry.text)])).toEqual([
      ['#falt-studiemedel', 'Studiemedel med lån: Talet är orimligt stort. Skriv högst 5 000.'],
    ]);
  });

  it('shows the row in the assumption table', () => {
    render(<AssumptionTable caption="Förval" assumptions={inputs} />);
    const row = screen.getByText('studiemedel', {selector: 'code'}).closest('tr');
    expect(within(row!).getByRole('rowheader')).toHaveTextContent(/^Studiemedel med lån/);
    expect(plain(row?.textContent)).toContain('2 500 kr per månad');
    expect(screen.queryByText('studiebidrag', {selector: 'code'})).toBeNull();
  });
});

describe('a row added to the table', () => {
  // A place the calculation does not read yet: the form, the address and the summary need no code for it.
  const added: CalculatorInput = {
    ...studyGrant,
    id: 'resebidrag',
    param: 'resebidrag',
    place: 'travelGrant' as ScenarioPlace,
    name: 'Resebidrag',
    value: 500,
    max: 2000,
  };
  const form = formOf([...calculatorInputs, added]);

  it('appears in the form, the address, the messages and the summary', () => {
    const defaults = defaultFormValues(form);
    expect(defaults.resebidrag).toBe('500');
    render(<ScenarioForm values={defaults} errors={{}} onChange={vi.fn()} form={form} />);
    expect(within(screen.getByRole('group', {name: '3. Efter insatsen'})).getByRole('textbox', {name: 'Resebidrag'})).toHaveValue('500');
    expect(toSearch({...defaults, resebidrag: '700'}, form)).toBe('?resebidrag=700');
    expect(fromSearch('?resebidrag=800', form).resebidrag).toBe('800');
    const reading = readForm({...defaults, resebidrag: 'många'}, form);
    expect(reading.ok ? [] : errorEntries(reading.errors, {}, form).map((entry) => entry.text)).toEqual([
      'Resebidrag: Skriv bara siffror, till exempel 23 000.',
    ]);
    const valid = readForm({...defaults, resebidrag: '900'}, form);
    expect(valid.ok && (valid.scenario as unknown as Record<string, number>).travelGrant).toBe(900);
  });

  it('is not in the site\'s form', () => {
    expect(calculatorForm.allFields.some((field) => field.id === 'resebidrag')).toBe(false);
  });
});

describe('the table\'s rules', () => {
  const messages = (inputs: readonly CalculatorInput[]) => {
    const result = calculatorInputListSchema.safeParse(inputs);
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it('accepts the site\'s table', () => {
    expect(messages(calculatorInputs)).toEqual([]);
  });

  it('refuses a key in the address or a place used twice, in Swedish, naming the row', () => {
    const twice = [...calculatorInputs, {...studyGrant, id: 'studiebidragIgen'}];
    expect(messages(twice)).toEqual([
      `${calculatorInputs.length}.param: "studiebidrag" finns redan i calculatorInputs[${calculatorInputs.indexOf(studyGrant)}]; ska vara unikt`,
      `${calculatorInputs.length}.place: "studyGrant" finns redan i calculatorInputs[${calculatorInputs.indexOf(studyGrant)}]; ska vara unikt`,
    ]);
  });

  it('refuses a default outside the limits, a place it does not know and an amount outside its group', () => {
    const index = calculatorInputs.indexOf(studyGrant);
    const broken = (change: Partial<CalculatorInput>) => calculatorInputs.map((input, i) => (i === index ? {...input, ...change} : input));
    expect(messages(broken({max: 1000}))).toEqual([`${index}.value: förvalet ska ligga mellan min och max`]);
    expect(messages(broken({place: 'travelGrant' as ScenarioPlace}))[0]).toMatch(new RegExp(`^${index}\\.place: `));
    expect(messages(broken({section: 'ersattning'}))).toEqual([
      `${index}.section: gruppen ersattning är till för beloppen per ersättning (place monthlyBenefit.…), och bara för dem`,
    ]);
  });
});

describe('the error summary on the page', () => {
  it('links every error to a field that is on the page, the table\'s message to the number of participants', () => {
    const values: FormValues = Object.fromEntries(calculatorForm.allFields.map((field) => [field.id, 'x']));
    const reading = readForm(values);
    const errors = reading.ok ? {} : {...reading.errors, flyttar: 'Tabellen räknar för många.'};
    expect(Object.keys(errors)).toHaveLength(calculatorForm.allFields.length + 1);
    render(
      <>
        <ErrorSummary entries={errorEntries(errors, {})} intro="Rätta." />
        <ScenarioForm values={values} errors={errors} onChange={vi.fn()} />
      </>,
    );
    const links = within(screen.getByRole('region', {name: /fält behöver rättas/})).getAllByRole('link');
    // The table's message is left out when the participants field has its own.
    expect(links).toHaveLength(calculatorForm.allFields.length);
    for (const link of links) {
      const target = document.querySelector(link.getAttribute('href') ?? '#saknas');
      expect(target, link.getAttribute('href') ?? '').toBeInstanceOf(HTMLInputElement);
      expect(target).toHaveAttribute('aria-invalid', 'true');
    }
  });
});
