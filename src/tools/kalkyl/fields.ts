/**
 * The calculator's form: its fields, what a user may type in them, and the Swedish messages for
 * what they may not. The form keeps what the user typed (strings); `readForm` turns it into a
 * scenario or into one message per field, so a wrong value never reaches the calculation.
 */
import {destinationIds, incomeSourceIds, type DestinationId, type IncomeSourceId} from '@site/src/data/socioEconomicCalculator';
import {formatInteger} from '@site/src/utils/format';
import {defaultScenario, emptyMoves} from './assumptions';
import type {BenefitSourceId, Scenario} from './calculate';

export type FieldKind = 'antal' | 'kronor' | 'procent';

export interface FieldDefinition {
  /** The field's key in the URL and its id on the page. */
  id: string;
  kind: FieldKind;
  /** Largest value that makes sense; larger is "orimligt stort". */
  max: number;
  /** Smallest allowed value (0 unless stated). */
  min: number;
}

export const maxPeople = 100_000;
export const maxMonthlyAmount = 200_000;
export const maxCostPerParticipant = 10_000_000;

export const benefitSourceIds = ['forsorjningsstod', 'sjukpenning', 'sjukersattning', 'aktivitetsstod'] as const satisfies readonly BenefitSourceId[];

function field(id: string, kind: FieldKind, max: number, min = 0): FieldDefinition {
  return {id, kind, max, min};
}

/** Id of the field for how many move from `source` to `destination`, e.g. "forsorjningsstod-arbete". */
export function moveFieldId(source: IncomeSourceId, destination: DestinationId): string {
  return `${source}-${destination}`;
}

export const scalarFields = {
  deltagare: field('deltagare', 'antal', maxPeople, 1),
  kostnad: field('kostnad', 'kronor', maxCostPerParticipant),
  forsorjningsstod: field('forsorjningsstod', 'kronor', maxMonthlyAmount),
  sjukpenning: field('sjukpenning', 'kronor', maxMonthlyAmount),
  sjukersattning: field('sjukersattning', 'kronor', maxMonthlyAmount),
  aktivitetsstod: field('aktivitetsstod', 'kronor', maxMonthlyAmount),
  lon: field('lon', 'kronor', maxMonthlyAmount),
  lonLonestod: field('lon-lonestod', 'kronor', maxMonthlyAmount),
  lonestodAndel: field('lonestod-andel', 'procent', 100),
  studiebidrag: field('studiebidrag', 'kronor', maxMonthlyAmount),
} as const satisfies Record<string, FieldDefinition>;

export const moveFields: readonly (FieldDefinition & {source: IncomeSourceId; destination: DestinationId})[] = incomeSourceIds.flatMap(
  (source) =>
    destinationIds.map((destination) => ({
      id: moveFieldId(source, destination),
      kind: 'antal' as const,
      max: maxPeople,
      min: 0,
      source,
      destination,
    })),
);

export const allFields: readonly FieldDefinition[] = [...Object.values(scalarFields), ...moveFields];

/** What the user has typed, per field id. */
export type FormValues = Record<string, string>;

/** A number as the form shows it: "23 000", "31,42". */
export function displayNumber(value: number): string {
  return new Intl.NumberFormat('sv-SE', {maximumFractionDigits: 2}).format(value).replace(/\u2212/g, '-');
}

/** The form as the page opens and as "Återställ" leaves it: the report's worked example. */
export function defaultFormValues(): FormValues {
  return formValuesOf(defaultScenario());
}

/** Digits with spaces as thousands separators, and at most one decimal comma or point. */
const numberPattern = /^-?\d+(?:[.,]\d+)?$/;

export type ParseResult = {ok: true; value: number} | {ok: false; message: string};

/** Reads one field's text as a number within the field's rules, or says in Swedish what is wrong. */
export function parseField(text: string, definition: FieldDefinition): ParseResult {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-');
  if (compact === '') return {ok: false, message: 'Fyll i ett tal. Skriv 0 om det inte gäller.'};
  if (!numberPattern.test(compact)) return {ok: false, message: 'Skriv bara siffror, till exempel 23 000.'};
  const value = Number(compact.replace(',', '.'));
  if (!Number.isFinite(value)) return {ok: false, message: 'Skriv bara siffror, till exempel 23 000.'};
  if (value < 0) return {ok: false, message: 'Talet kan inte vara negativt.'};
  if (definition.kind === 'antal' && !Number.isInteger(value)) return {ok: false, message: 'Skriv ett helt antal personer, utan decimaler.'};
  if (value < definition.min) return {ok: false, message: `Skriv minst ${formatInteger(definition.min)}.`};
  if (value > definition.max) {
    return definition.kind === 'procent'
      ? {ok: false, message: 'Andelen kan vara högst 100 procent.'}
      : {ok: false, message: `Talet är orimligt stort. Skriv högst ${formatInteger(definition.max)}.`};
  }
  return {ok: true, value};
}

export type FormReading = {ok: true; scenario: Scenario} | {ok: false; errors: Record<string, string>};

/** Id of the message about the moves table as a whole. */
export const movesErrorId = 'flyttar';

/** Checks every field and the fields together; returns the scenario or a message per field. */
export function readForm(values: FormValues): FormReading {
  const errors: Record<string, string> = {};
  const numbers: Record<string, number> = {};
  for (const definition of allFields) {
    const result = parseField(values[definition.id] ?? '', definition);
    if (result.ok) numbers[definition.id] = result.value;
    else errors[definition.id] = result.message;
  }
  const movesValid = moveFields.every((definition) => numbers[definition.id] !== undefined);
  const participants = numbers[scalarFields.deltagare.id];
  if (movesValid && participants !== undefined) {
    const counted = moveFields.reduce((sum, definition) => sum + (numbers[definition.id] ?? 0), 0);
    if (counted > participants) {
      const message = `Tabellen räknar ${formatInteger(counted)} personer, men insatsen har ${formatInteger(participants)} deltagare. Öka antalet deltagare eller minska antalet i tabellen.`;
      errors[scalarFields.deltagare.id] = message;
      errors[movesErrorId] = message;
    }
  }
  if (Object.keys(errors).length > 0) return {ok: false, errors};
  const number = (definition: FieldDefinition): number => numbers[definition.id] ?? 0;
  const moves = emptyMoves();
  for (const definition of moveFields) moves[definition.source][definition.destination] = number(definition);
  return {
    ok: true,
    scenario: {
      participants: number(scalarFields.deltagare),
      costPerParticipant: number(scalarFields.kostnad),
      monthlyBenefit: {
        forsorjningsstod: number(scalarFields.forsorjningsstod),
        sjukpenning: number(scalarFields.sjukpenning),
        sjukersattning: number(scalarFields.sjukersattning),
        aktivitetsstod: number(scalarFields.aktivitetsstod),
      },
      wage: number(scalarFields.lon),
      subsidizedWage: number(scalarFields.lonLonestod),
      subsidyShare: number(scalarFields.lonestodAndel),
      studyGrant: number(scalarFields.studiebidrag),
      moves,
    },
  };
}

/** The form's text for a scenario (used by presets). */
export function formValuesOf(scenario: Scenario): FormValues {
  const values: FormValues = {
    [scalarFields.deltagare.id]: displayNumber(scenario.participants),
    [scalarFields.kostnad.id]: displayNumber(scenario.costPerParticipant),
    [scalarFields.forsorjningsstod.id]: displayNumber(scenario.monthlyBenefit.forsorjningsstod),
    [scalarFields.sjukpenning.id]: displayNumber(scenario.monthlyBenefit.sjukpenning),
    [scalarFields.sjukersattning.id]: displayNumber(scenario.monthlyBenefit.sjukersattning),
    [scalarFields.aktivitetsstod.id]: displayNumber(scenario.monthlyBenefit.aktivitetsstod),
    [scalarFields.lon.id]: displayNumber(scenario.wage),
    [scalarFields.lonLonestod.id]: displayNumber(scenario.subsidizedWage),
    [scalarFields.lonestodAndel.id]: displayNumber(scenario.subsidyShare),
    [scalarFields.studiebidrag.id]: displayNumber(scenario.studyGrant),
  };
  for (const definition of moveFields) values[definition.id] = displayNumber(scenario.moves[definition.source][definition.destination]);
  return values;
}
