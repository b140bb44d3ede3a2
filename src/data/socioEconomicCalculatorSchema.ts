/**
 * Schema for src/data/socioEconomicCalculator.ts. Runs when the site is built and in the tests,
 * so a wrong constant stops the build with file, field and rule.
 */
import {z} from './zod';
import {reportLinesSchema, sentence, sourceIds, swedishText as text} from './schemas';
import {calculatorDefaults, destinationIds, incomeSourceIds, type CalculatorDefaultId} from './socioEconomicCalculator';

const defaultIds = Object.keys(calculatorDefaults) as [CalculatorDefaultId, ...CalculatorDefaultId[]];
const lines = reportLinesSchema('L508–L510');

export const assumptionSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({kind: z.literal('rapport'), report: z.enum(sourceIds), lines}),
  z.strictObject({kind: z.literal('beraknat'), how: sentence, report: z.enum(sourceIds).optional(), lines: lines.optional()}),
  z.strictObject({kind: z.literal('extern'), name: text, publisher: text}),
  z.strictObject({kind: z.literal('saknas'), why: sentence}),
]);

const units = ['procent', 'kr per månad', 'kr per år', 'kr per deltagare', 'år', 'personer'] as const;

export const assumptionSchema = z
  .strictObject({
    id: z.string().regex(/^[a-zA-Z]+$/, 'ska vara ett namn i camelCase, t.ex. kommunalSkattesats'),
    name: text,
    value: z.number().finite('ska vara ett ändligt tal').min(0, 'kan inte vara negativt'),
    unit: z.enum(units),
    year: z.number().int('ska vara ett heltal').min(2010, 'ska vara 2010 eller senare').max(2100, 'ska vara ett rimligt år'),
    source: assumptionSourceSchema,
    explanation: sentence,
  })
  .refine((assumption) => assumption.unit !== 'procent' || assumption.value <= 100, {
    message: 'en procentsats kan vara högst 100',
    path: ['value'],
  })
  .refine((assumption) => assumption.source.kind !== 'saknas' || assumption.value === 0, {
    message: 'ska vara 0 när källa saknas (kalkylen räknar då inte med kostnaden)',
    path: ['value'],
  });

/** A record of assumptions whose keys equal their ids. */
export const assumptionRecordSchema = z.record(z.string(), assumptionSchema).superRefine((record, ctx) => {
  for (const [key, assumption] of Object.entries(record)) {
    if (assumption.id !== key) ctx.addIssue({code: 'custom', path: [key, 'id'], message: `ska vara "${key}", samma som nyckeln`});
  }
});

export const calculatorPresetSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'ska bestå av a–z, siffror och bindestreck'),
  name: text,
  description: sentence,
  source: assumptionSourceSchema,
  /** Inputs the preset sets, named as in calculatorDefaults. */
  values: z.partialRecord(z.enum(defaultIds), z.number().finite().min(0, 'kan inte vara negativt')),
  moves: z.array(
    z.strictObject({
      from: z.enum(incomeSourceIds),
      to: z.enum(destinationIds),
      count: z.number().int('ska vara ett heltal').min(0, 'kan inte vara negativt'),
    }),
  ),
});

export const teamPresetRuleSchema = z.strictObject({
  team: z.literal('vasteras'),
  year: z.literal(2024),
  incomeByParty: z.strictObject({
    forsakringskassan: z.enum(incomeSourceIds),
    kommun: z.enum(incomeSourceIds),
    'ingen-offentlig-forsorjning': z.enum(incomeSourceIds),
    arbetsformedlingen: z.enum(incomeSourceIds),
  }),
  description: sentence,
});
