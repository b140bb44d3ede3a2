/**
 * Schema for the ORS data (src/data/results/ors.ts): the form of the Outcome Rating Scale as a
 * named public source describes it, and the ORS change a report gives. Every value says where it
 * comes from; a wrong value stops the build with file, field and rule (see validate.ts).
 */
import * as z from 'zod';
import {sentence, swedishText} from '../schemas';
import {sourceRefSchema} from './schema';
import {teamIdSchema} from '../teamIdSchema';

/** A public source outside the five reports: who publishes it, its title and its address. */
export const publicSourceSchema = z.strictObject({
  publisher: swedishText,
  title: swedishText,
  url: z.url({protocol: /^https?$/, error: 'ska vara en webbadress som börjar med http:// eller https://'}),
});

export type PublicSource = z.infer<typeof publicSourceSchema>;

const areas = z.array(swedishText).min(1, 'ska ha minst ett område');

export const orsScaleSchema = z
  .strictObject({
    /** One line per area; the participant marks each line. */
    orsAreas: areas,
    srsAreas: areas,
    /** Length of each line on paper. */
    lineLengthCm: z.number().positive('ska vara större än 0').max(30, 'är orimligt långt'),
    /** What one line scores at most (the distance in cm). */
    maxPerLine: z.number().positive('ska vara större än 0'),
    /** The whole scale's maximum: lines × maxPerLine. */
    maxTotal: z.number().positive('ska vara större än 0'),
    /** Where the form and the areas are described. */
    formSource: publicSourceSchema,
    /** Where the scoring (0–maxTotal) is described. */
    scoringSource: publicSourceSchema,
  })
  .superRefine((scale, ctx) => {
    if (scale.orsAreas.length !== scale.srsAreas.length) {
      ctx.addIssue({code: 'custom', path: ['srsAreas'], message: `ska ha lika många områden som orsAreas (${scale.orsAreas.length})`});
    }
    if (scale.maxPerLine !== scale.lineLengthCm) {
      ctx.addIssue({code: 'custom', path: ['maxPerLine'], message: `ska vara linjens längd i cm (${scale.lineLengthCm}), eftersom markeringen mäts i cm`});
    }
    const expected = scale.orsAreas.length * scale.maxPerLine;
    if (scale.maxTotal !== expected) {
      ctx.addIssue({code: 'custom', path: ['maxTotal'], message: `ska vara antalet linjer gånger maxPerLine (${expected})`});
    }
  });

export type OrsScale = z.infer<typeof orsScaleSchema>;

const score = z.number().min(0, 'får inte vara negativt');

export const orsChangeSchema = z.strictObject({
  team: teamIdSchema,
  year: z.number().int('ska vara ett heltal').min(2000, 'ska vara 2000 eller senare').max(2100, 'ska vara ett rimligt år'),
  /** Which participants the report's compilation covers, in plain Swedish. */
  group: sentence,
  /** How many; null where the report does not say. */
  participants: z.number().int('ska vara ett heltal').min(1, 'ska vara minst 1').nullable(),
  /** Mean ORS at enrolment and at the end, as printed. */
  intakeMean: score,
  exitMean: score,
  /** The improvement in per cent as the report states it. */
  statedImprovementPercent: z.number().min(0, 'får inte vara negativt').max(1000, 'är orimligt stort'),
  ref: sourceRefSchema,
});

export type OrsChange = z.infer<typeof orsChangeSchema>;

/** The scale and each reported change together: a mean above the scale's maximum is an error. */
export const orsDataSchema = z
  .strictObject({scale: orsScaleSchema, changes: z.array(orsChangeSchema).min(1, 'ska ha minst en rad')})
  .superRefine((data, ctx) => {
    data.changes.forEach((change, index) => {
      for (const field of ['intakeMean', 'exitMean'] as const) {
        if (change[field] > data.scale.maxTotal) {
          ctx.addIssue({code: 'custom', path: ['changes', index, field], message: `ligger över skalans högsta värde (${data.scale.maxTotal})`});
        }
      }
    });
  });
