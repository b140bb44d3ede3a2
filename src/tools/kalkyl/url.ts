/**
 * The scenario in the address, so it can be shared: one parameter per field that differs from its
 * default, e.g. "?deltagare=10&forsorjningsstod-arbete=3". The parameters are the fields' ids,
 * that is the inputs' `param` in the data file's table. What a user typed that is not a valid
 * number is kept as typed, so the shared page shows the same message at the same field.
 */
import {formatFieldNumber} from '@site/src/utils/format';
import {calculatorForm, defaultFormValues, parseField, type CalculatorForm, type FormValues} from './fields';

/** Longest text kept from the address for one field. */
export const maxParameterLength = 40;

export function toSearch(values: FormValues, form: CalculatorForm = calculatorForm): string {
  const defaults = defaultFormValues(form);
  const params = new URLSearchParams();
  for (const definition of form.allFields) {
    const text = values[definition.id] ?? '';
    const parsed = parseField(text, definition);
    const fallback = parseField(defaults[definition.id] ?? '', definition);
    if (parsed.ok) {
      if (!fallback.ok || parsed.value !== fallback.value) params.set(definition.id, String(parsed.value));
    } else if (text !== defaults[definition.id]) {
      params.set(definition.id, text.slice(0, maxParameterLength));
    }
  }
  const search = params.toString();
  return search === '' ? '' : `?${search}`;
}

export function fromSearch(search: string, form: CalculatorForm = calculatorForm): FormValues {
  const values = defaultFormValues(form);
  const params = new URLSearchParams(search);
  for (const definition of form.allFields) {
    const text = params.get(definition.id);
    if (text === null) continue;
    const kept = text.slice(0, maxParameterLength);
    const parsed = parseField(kept, definition);
    values[definition.id] = parsed.ok ? formatFieldNumber(parsed.value) : kept;
  }
  return values;
}

/**
 * The fields the address sets, as the form shows them ("500", "tjugo"): what a shared link wrote,
 * so that a wrong value can be named as the link's.
 */
export function linkValuesOf(search: string, form: CalculatorForm = calculatorForm): FormValues {
  const shown = fromSearch(search, form);
  const params = new URLSearchParams(search);
  const values: FormValues = {};
  for (const definition of form.allFields) if (params.has(definition.id)) values[definition.id] = shown[definition.id] ?? '';
  return values;
}

/** True when the address has at least one of the calculator's parameters. */
export function hasScenario(search: string, form: CalculatorForm = calculatorForm): boolean {
  const params = new URLSearchParams(search);
  return form.allFields.some((definition) => params.has(definition.id));
}
