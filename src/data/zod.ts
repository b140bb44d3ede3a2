/**
 * The one zod setup for every schema in src/data, and the building blocks they share. Import `z`
 * from here, never from 'zod' directly, so that every schema
 * - is jitless: zod does not test whether it may compile validators with new Function(), which the
 *   site's Content-Security-Policy forbids (see src/tools/zodWithoutEval.ts);
 * - gives zod's own messages (wrong type, missing field) in Swedish, like ours.
 */
import * as z from 'zod';
import {sourceIds} from './sourceIds';

z.config({jitless: true, ...z.locales.sv()});

export {z};

/** Text that must not be empty. */
export const text = z.string().trim().min(1, 'får inte vara tom');

/** One or more whole sentences: ends with a full stop, question mark, exclamation mark, colon or bracket. */
export const sentence = text.regex(/[.!?:)]$/, 'ska vara en hel mening som slutar med punkt');

/** A number of people or things, as a report prints it. */
export const count = z.number().int('ska vara ett heltal').min(0, 'får inte vara negativt').max(100_000, 'är orimligt stort');

/** A year a report describes. */
export const year = z.number().int('ska vara ett heltal').min(2010, 'ska vara 2010 eller senare').max(2030, 'ska vara 2030 eller tidigare');

/** Lines in a report's file, e.g. "L358" or "L358–L363, L370"; the message shows `example`. */
export function reportLinesSchema(example: string) {
  return z.string().regex(/^L\d+([–-]L?\d+)?(, ?L\d+([–-]L?\d+)?)*$/, `ska vara rader i rapporten, t.ex. ${example}`);
}

/**
 * Where something is stated: the report (an id in src/data/sources.ts) and the lines of its file
 * in ../shared/seeds, e.g. {source: arsrapport-2024, lines: L358–L363}. The one shape for a source
 * reference in every data file.
 */
export const sourceRefSchema = z.strictObject({
  source: z.enum(sourceIds),
  lines: reportLinesSchema('L358–L363'),
});

export type SourceRef = z.infer<typeof sourceRefSchema>;

/** The units a stated figure can have. */
export const figureUnits = ['personer', 'procent', 'tkr', 'kr', 'månader', 'dagar', 'år', 'tjänster', 'insatser'] as const;

/** A figure as a report states it: value, unit and where. */
export function statedFigureSchema<U extends string>(units: readonly [U, ...U[]]) {
  return z.strictObject({
    label: text,
    value: z.number().min(0, 'får inte vara negativt').max(1_000_000_000, 'är orimligt stort'),
    unit: z.enum(units),
    ref: sourceRefSchema,
  });
}
