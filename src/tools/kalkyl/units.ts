/**
 * Units in Swedish, in the singular for one: "1 person", "2 personer". The data file names the
 * units in the plural ("personer"); only those with a different singular are listed here.
 */
import {displayNumber, parseField, type FieldDefinition} from './fields';

const singular: Readonly<Record<string, string>> = {personer: 'person'};

/** The unit for `value`: the singular when it is exactly one. */
export function unitFor(value: number, unit: string): string {
  return value === 1 ? (singular[unit] ?? unit) : unit;
}

/** A value with its unit, as the form shows it: "1 person", "80 000 kr per deltagare". */
export function withUnit(value: number, unit: string): string {
  return `${displayNumber(value)} ${unitFor(value, unit)}`;
}

/** The unit beside a field, for what is typed in it now (the plural while it is not a number). */
export function unitForText(text: string, definition: FieldDefinition, unit: string): string {
  const parsed = parseField(text, definition);
  return parsed.ok ? unitFor(parsed.value, unit) : unit;
}
