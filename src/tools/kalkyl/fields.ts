/**
 * The calculator's form, derived from the data file's table of inputs (`calculatorInputs`): its
 * fields, what a user may type in them, the Swedish messages for what they may not, and the names
 * the error summary uses. The form keeps what the user typed (strings); `readForm` turns it into a
 * scenario or into one message per field, so a wrong value never reaches the calculation.
 *
 * Every function takes the form as its last argument (the site's by default), so a test can give
 * it another table and see the fields, the address, the messages and the summary follow.
 */
import {
  calculatorInputs,
  destinationIds,
  destinationNames,
  incomeSourceIds,
  incomeSourceNames,
  moveLimits,
  type CalculatorInput,
  type DestinationId,
  type IncomeSourceId,
} from '@site/src/data/socioEconomicCalculator';
import {formatFieldNumber, formatInteger, unitFor} from '@site/src/utils/format';
import {defaultScenario, emptyMoves, emptyScenario, setAt, valueAt} from './assumptions';
import type {Scenario} from './calculate';

export type FieldKind = 'count' | 'amount' | 'percent';

export interface FieldDefinition {
  /** The field's key in the URL and, with `fieldElementId`, its id on the page. */
  id: string;
  kind: FieldKind;
  /** Largest value that makes sense; larger is "orimligt stort". */
  max: number;
  /** Smallest allowed value. */
  min: number;
  /** The field's name in the error summary. */
  summaryLabel: string;
}

/** A field for one input of the table. */
export interface InputField extends FieldDefinition {
  input: CalculatorInput;
  /** The label beside the field. */
  label: string;
}

/** A field of the moves table: how many went from one income source to one destination. */
export interface MoveField extends FieldDefinition {
  source: IncomeSourceId;
  destination: DestinationId;
}

export interface CalculatorForm {
  inputFields: readonly InputField[];
  moveFields: readonly MoveField[];
  /** The input fields in the table's order, then the moves table. */
  allFields: readonly FieldDefinition[];
  /** The number of participants: the moves table may not count more people. */
  participants: InputField;
}

/** Id of the message about the moves table as a whole. */
export const movesErrorId = 'flyttar';
/** The moves table's name in the error summary. */
export const movesLabel = 'Antal som går vidare';

/** The element id of a field (or of the moves table's message) on the page: "falt-lon". */
export function fieldElementId(id: string): string {
  return `falt-${id}`;
}

/** Id of the field for how many move from `source` to `destination`, e.g. "forsorjningsstod-arbete". */
export function moveFieldId(source: IncomeSourceId, destination: DestinationId): string {
  return `${source}-${destination}`;
}

function kindOf(input: CalculatorInput): FieldKind {
  if (input.unit === 'personer') return 'count';
  if (input.unit === 'procent') return 'percent';
  return 'amount';
}

/** The form for a table of inputs. */
export function formOf(inputs: readonly CalculatorInput[]): CalculatorForm {
  const inputFields = inputs.map(
    (input): InputField => ({
      id: input.param,
      kind: kindOf(input),
      min: input.min,
      max: input.max,
      input,
      label: input.label ?? input.name,
      summaryLabel: input.label ? `${input.name}, ${input.label.toLowerCase()}` : input.name,
    }),
  );
  const moveFields = incomeSourceIds.flatMap((source) =>
    destinationIds.map(
      (destination): MoveField => ({
        id: moveFieldId(source, destination),
        kind: 'count',
        min: moveLimits.min,
        max: moveLimits.max,
        summaryLabel: `Från ${incomeSourceNames[source].toLowerCase()} till ${destinationNames[destination].toLowerCase()}`,
        source,
        destination,
      }),
    ),
  );
  const participants = inputFields.find((field) => field.input.place === 'participants');
  if (!participants) throw new Error('src/data/socioEconomicCalculator.ts: calculatorInputs saknar antalet deltagare (place: participants)');
  return {inputFields, moveFields, allFields: [...inputFields, ...moveFields], participants};
}

/** The site's form. */
export const calculatorForm = formOf(calculatorInputs);
export const {moveFields, allFields} = calculatorForm;

/** The field with the given key in the address ("kostnad"). */
export function fieldOf(id: string, form: CalculatorForm = calculatorForm): InputField {
  const field = form.inputFields.find((candidate) => candidate.id === id);
  if (!field) throw new Error(`Kalkylen har inget fält "${id}"`);
  return field;
}

/** Field id → its name in the error summary, the moves table's message included. */
export function summaryLabels(form: CalculatorForm = calculatorForm): Record<string, string> {
  return {
    ...Object.fromEntries(form.allFields.map((field) => [field.id, field.summaryLabel])),
    [movesErrorId]: movesLabel,
  };
}

/** What the user has typed, per field id. */
export type FormValues = Record<string, string>;

/** The form as the page opens and as "Återställ" leaves it: the report's worked example. */
export function defaultFormValues(form: CalculatorForm = calculatorForm): FormValues {
  return formValuesOf(defaultScenario(form.inputFields.map((field) => field.input)), form);
}

/** Digits with spaces as thousands separators, and at most one decimal comma or point. */
const numberPattern = /^-?\d+(?:[.,]\d+)?$/;

export type ParseResult = {ok: true; value: number} | {ok: false; message: string};

/** Reads one field's text as a number within the field's rules, or says in Swedish what is wrong. */
export function parseField(text: string, definition: Pick<FieldDefinition, 'kind' | 'min' | 'max'>): ParseResult {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-');
  if (compact === '') return {ok: false, message: 'Fyll i ett tal. Skriv 0 om det inte gäller.'};
  if (!numberPattern.test(compact)) return {ok: false, message: 'Skriv bara siffror, till exempel 23 000.'};
  const value = Number(compact.replace(',', '.'));
  if (!Number.isFinite(value)) return {ok: false, message: 'Skriv bara siffror, till exempel 23 000.'};
  if (value < 0) return {ok: false, message: 'Talet kan inte vara negativt.'};
  if (definition.kind === 'count' && !Number.isInteger(value)) return {ok: false, message: 'Skriv ett helt antal personer, utan decimaler.'};
  if (value < definition.min) return {ok: false, message: `Skriv minst ${formatInteger(definition.min)}.`};
  if (value > definition.max) {
    return definition.kind === 'percent'
      ? {ok: false, message: `Andelen kan vara högst ${formatInteger(definition.max)} procent.`}
      : {ok: false, message: `Talet är orimligt stort. Skriv högst ${formatInteger(definition.max)}.`};
  }
  return {ok: true, value};
}

/** The unit beside a field, for what is typed in it now (the plural while it is not a number). */
export function unitForText(text: string, field: InputField): string {
  const parsed = parseField(text, field);
  return parsed.ok ? unitFor(parsed.value, field.input.unit) : field.input.unit;
}

export type FormReading = {ok: true; scenario: Scenario} | {ok: false; errors: Record<string, string>};

/** Checks every field and the fields together; returns the scenario or a message per field. */
export function readForm(values: FormValues, form: CalculatorForm = calculatorForm): FormReading {
  const errors: Record<string, string> = {};
  const numbers: Record<string, number> = {};
  for (const definition of form.allFields) {
    const result = parseField(values[definition.id] ?? '', definition);
    if (result.ok) numbers[definition.id] = result.value;
    else errors[definition.id] = result.message;
  }
  const movesValid = form.moveFields.every((definition) => numbers[definition.id] !== undefined);
  const participants = numbers[form.participants.id];
  if (movesValid && participants !== undefined) {
    const counted = form.moveFields.reduce((sum, definition) => sum + (numbers[definition.id] ?? 0), 0);
    if (counted > participants) {
      const message = `Tabellen räknar ${formatInteger(counted)} personer, men insatsen har ${formatInteger(participants)} deltagare. Öka antalet deltagare eller minska antalet i tabellen.`;
      errors[form.participants.id] = message;
      errors[movesErrorId] = message;
    }
  }
  if (Object.keys(errors).length > 0) return {ok: false, errors};
  const scenario = emptyScenario();
  for (const field of form.inputFields) setAt(scenario, field.input.place, numbers[field.id] ?? 0);
  const moves = emptyMoves();
  for (const definition of form.moveFields) moves[definition.source][definition.destination] = numbers[definition.id] ?? 0;
  return {ok: true, scenario: {...scenario, moves}};
}

/** The form's text for a scenario (used by presets). */
export function formValuesOf(scenario: Scenario, form: CalculatorForm = calculatorForm): FormValues {
  const values: FormValues = {};
  for (const field of form.inputFields) values[field.id] = formatFieldNumber(valueAt(scenario, field.input.place));
  for (const definition of form.moveFields) values[definition.id] = formatFieldNumber(scenario.moves[definition.source][definition.destination]);
  return values;
}
