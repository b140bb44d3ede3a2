/**
 * Schema for src/data/socioEconomicCalculator.ts. Runs when the site is built and in the tests,
 * so a wrong constant stops the build with file, field and rule.
 */
import {z} from './zod';
import {reportLinesSchema, sentence, sourceIds, swedishText as text} from './schemas';
import {
  calculatorInputs,
  destinationIds,
  formSections,
  incomeSourceIds,
  scenarioPlaces,
  type CalculatorInputId,
} from './socioEconomicCalculator';

const inputIds = calculatorInputs.map((input) => input.id) as [CalculatorInputId, ...CalculatorInputId[]];
const lines = reportLinesSchema('L508–L510');

export const assumptionSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({kind: z.literal('rapport'), report: z.enum(sourceIds), lines}),
  z.strictObject({kind: z.literal('beraknat'), how: sentence, report: z.enum(sourceIds).optional(), lines: lines.optional()}),
  z.strictObject({kind: z.literal('extern'), name: text, publisher: text}),
  z.strictObject({kind: z.literal('saknas'), why: sentence}),
]);

const units = ['procent', 'kr per månad', 'kr per år', 'kr per deltagare', 'år', 'personer'] as const;

const assumptionShape = {
  id: z.string().regex(/^[a-zA-Z]+$/, 'ska vara ett namn i camelCase, t.ex. kommunalSkattesats'),
  name: text,
  value: z.number().finite('ska vara ett ändligt tal').min(0, 'kan inte vara negativt'),
  unit: z.enum(units),
  year: z.number().int('ska vara ett heltal').min(2010, 'ska vara 2010 eller senare').max(2100, 'ska vara ett rimligt år'),
  source: assumptionSourceSchema,
  explanation: sentence,
};

/** The rules every assumption follows, the form's inputs included. */
function assumptionRules<T extends z.ZodType<{unit: string; value: number; source: {kind: string}}>>(schema: T) {
  return schema
    .refine((assumption) => assumption.unit !== 'procent' || assumption.value <= 100, {
      message: 'en procentsats kan vara högst 100',
      path: ['value'],
    })
    .refine((assumption) => assumption.source.kind !== 'saknas' || assumption.value === 0, {
      message: 'ska vara 0 när källa saknas (kalkylen räknar då inte med kostnaden)',
      path: ['value'],
    });
}

export const assumptionSchema = assumptionRules(z.strictObject(assumptionShape));

/** One input of the form: an assumption with its key in the address, its place in the scenario, its group and its limits. */
export const calculatorInputSchema = assumptionRules(
  z.strictObject({
    ...assumptionShape,
    param: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/, 'ska bestå av a–z och bindestreck, t.ex. lon-lonestod'),
    place: z.enum(scenarioPlaces),
    section: z.enum(formSections),
    label: text.optional(),
    min: z.number().finite('ska vara ett ändligt tal').min(0, 'kan inte vara negativt'),
    max: z.number().finite('ska vara ett ändligt tal').positive('ska vara större än 0'),
  }),
)
  .refine((input) => input.min <= input.value && input.value <= input.max, {
    message: 'förvalet ska ligga mellan min och max',
    path: ['value'],
  })
  .refine((input) => (input.section === 'ersattning') === input.place.startsWith('monthlyBenefit.'), {
    message: 'gruppen ersattning är till för beloppen per ersättning (place monthlyBenefit.…), och bara för dem',
    path: ['section'],
  })
  .refine((input) => input.unit !== 'procent' || input.max <= 100, {message: 'en procentsats kan vara högst 100', path: ['max']});

/** The form's inputs: ids, keys in the address and places in the scenario each used once. */
export const calculatorInputListSchema = z.array(calculatorInputSchema).superRefine((inputs, ctx) => {
  for (const key of ['id', 'param', 'place'] as const) {
    const seen = new Map<string, number>();
    inputs.forEach((input, index) => {
      const first = seen.get(input[key]);
      if (first !== undefined) {
        ctx.addIssue({code: 'custom', path: [index, key], message: `"${input[key]}" finns redan i calculatorInputs[${first}]; ska vara unikt`});
      } else seen.set(input[key], index);
    });
  }
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
  /** Inputs the preset sets, named by their ids in calculatorInputs. */
  values: z.partialRecord(z.enum(inputIds), z.number().finite().min(0, 'kan inte vara negativt')),
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
  year: z.number().int('ska vara ett heltal').min(2010, 'ska vara 2010 eller senare').max(2100, 'ska vara ett rimligt år'),
  incomeByParty: z.strictObject({
    forsakringskassan: z.enum(incomeSourceIds),
    kommun: z.enum(incomeSourceIds),
    'ingen-offentlig-forsorjning': z.enum(incomeSourceIds),
    arbetsformedlingen: z.enum(incomeSourceIds),
  }),
  description: sentence,
});
