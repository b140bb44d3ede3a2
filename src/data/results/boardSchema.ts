/**
 * Schema for the figures a politician or board member looks for (the `board:` part of each file in
 * src/data/results/years/): why money was left over, the curator, time in the programme, how far
 * from work participants start, women and men, the municipalities' own funding and what the reports
 * do not tell. Every entry names its team (or null for all the teams of that year's county report),
 * its period and the report lines it comes from; in the file, `team`, `period` and `year` may be
 * left out and are then the file's (load.ts). Nothing here is computed; derived values are in
 * boardDerive.ts.
 */
import {count, sentence, sourceRefSchema, text, year, z} from '../zod';
import {teamIdSchema} from '../teamIdSchema';

const years = z.number().min(0, 'får inte vara negativt').max(60, 'är orimligt stort');

/** Who and when a statement is about. `team: null` means all the teams of the year's county report together. */
const scope = {
  team: teamIdSchema.nullable(),
  /** As the reader should see it, e.g. "2024" or "1 juli 2021–30 juni 2022". */
  period: text,
  /** The year the period ends, for sorting. */
  year,
};

/** A sentence in our own words about what a report says, with its lines. */
export const boardStatementSchema = z.strictObject({...scope, text: sentence, ref: sourceRefSchema});

export const fundsNoteKinds = ['skal', 'personal', 'kurator', 'extra-medel'] as const;

/**
 * What the reports say around the money: `skal` = a reason the report itself gives for money left
 * over; `personal` and `kurator` = staff changes the team's chapter reports for the year (the report
 * does not tie them to the amounts); `extra-medel` = extra money the team applied for or got.
 */
export const fundsNoteSchema = z.strictObject({...scope, kind: z.enum(fundsNoteKinds), text: sentence, ref: sourceRefSchema});

export const durationGroups = ['grona-mal', 'avslutade', 'ej-angivet'] as const;

/** Average time in the programme, as printed: "1 år och 4 månader" is {years: 1, months: 4}. */
export const timeInProgrammeSchema = z
  .strictObject({
    ...scope,
    /** grona-mal: those who reached a green goal; avslutade: all who ended; ej-angivet: the report does not say. */
    group: z.enum(durationGroups),
    /** The report's own name for the figure. */
    reportLabel: text,
    duration: z.strictObject({
      years: z.number().int('ska vara ett heltal').min(0, 'får inte vara negativt').max(10, 'är orimligt stort'),
      months: z.number().min(0, 'får inte vara negativt').max(120, 'är orimligt stort'),
    }),
    note: sentence.optional(),
    ref: sourceRefSchema,
  })
  .superRefine((entry, ctx) => {
    if (entry.duration.years > 0 && entry.duration.months >= 12) {
      ctx.addIssue({
        code: 'custom',
        path: ['duration', 'months'],
        message: `månaderna ska vara färre än 12 när åren anges (${entry.duration.years} år och ${entry.duration.months} månader); skriv som rapporten, till exempel 1 år och 4 månader`,
      });
    }
  });

export const shareWords = ['mer-an-halften', 'ungefar-en-tredjedel'] as const;

/** Time on public support before the programme: a share over a number of years, or an average. */
export const publicSupportSchema = z.strictObject({
  ...scope,
  /** Whom the figure covers, in plain Swedish, e.g. "Deltagarna under året". */
  who: text,
  /** The report's own name for the measure, e.g. "Tid i bidragsberoende". */
  reportLabel: text,
  measure: z.discriminatedUnion('kind', [
    z.strictObject({kind: z.literal('andel-over'), years, share: z.enum(shareWords)}),
    z.strictObject({
      kind: z.literal('medeltal'),
      years,
      /** "ca 7 år" in the report. */
      approximate: z.boolean(),
      women: years.optional(),
      men: years.optional(),
    }),
  ]),
  /** How many people the figure covers, where the report says. */
  n: count.optional(),
  caveat: sentence.optional(),
  ref: sourceRefSchema,
});

/** A national figure a report compares with, shown as the report states it. */
export const nationalComparisonSchema = z.strictObject({
  label: text,
  percent: z.number().min(0, 'får inte vara negativt').max(100, 'får inte vara över 100'),
  year: z.number().int('ska vara ett heltal').min(2000, 'ska vara 2000 eller senare').max(2030, 'ska vara 2030 eller tidigare'),
  /** Who the report names as its source, e.g. "SCB". */
  statedSource: text,
  ref: sourceRefSchema,
});

export const genderGroups = ['deltagare', 'nya', 'aktiva-vid-slut', 'i-mal', 'arbete', 'studier', 'annan-rehab'] as const;

/** Women and men in one group, as the report states them. */
export const genderRowSchema = z.strictObject({
  ...scope,
  team: teamIdSchema,
  group: z.enum(genderGroups),
  women: count,
  men: count,
  ref: sourceRefSchema,
});

const boardLists = {
  fundsNotes: z.array(fundsNoteSchema),
  timeInProgramme: z.array(timeInProgrammeSchema),
  publicSupport: z.array(publicSupportSchema),
  education: z.array(boardStatementSchema),
  nationalComparison: z.array(nationalComparisonSchema),
  gender: z.array(genderRowSchema),
  genderStatements: z.array(boardStatementSchema),
  coFunding: z.array(boardStatementSchema),
  unknowns: z.array(boardStatementSchema),
};

export const boardListNames = Object.keys(boardLists) as (keyof typeof boardLists)[];

/** The `board:` part of one year file: every list may be left out. */
export const boardPartSchema = z.strictObject({
  ...Object.fromEntries(boardListNames.map((name) => [name, boardLists[name].optional()])),
  /** What the report's comparison with the whole country leaves out. */
  nationalComparisonNote: sentence.optional(),
} as {[K in keyof typeof boardLists]: z.ZodOptional<(typeof boardLists)[K]>} & {nationalComparisonNote: z.ZodOptional<typeof sentence>});

/**
 * All files' board parts together. `countyYears` are the years that have a county report: its
 * reasons for money left over concern all its teams together (the report gives them so).
 */
export function boardFiguresSchema(countyYears: readonly number[]) {
  return z
    .strictObject({
      ...boardLists,
      nationalComparisonNotes: z.array(sentence),
      unknowns: z.array(boardStatementSchema).min(1, 'ska ha minst en rad'),
    })
    .superRefine((data, ctx) => {
      // One row per team, period and group: two would show up as two contradicting rows.
      const seen = new Set<string>();
      data.gender.forEach((row, index) => {
        const key = `${row.team}|${row.period}|${row.group}`;
        if (seen.has(key)) {
          ctx.addIssue({code: 'custom', path: ['gender', index, 'group'], message: `"${row.group}" finns redan för ${row.team} ${row.period}; en rad per grupp`});
        }
        seen.add(key);
      });
      data.fundsNotes.forEach((note, index) => {
        if (note.kind === 'skal' && countyYears.includes(note.year) && note.team !== null) {
          ctx.addIssue({
            code: 'custom',
            path: ['fundsNotes', index, 'team'],
            message: `årsrapporten ${note.year} anger skälen för alla team tillsammans; använd team: null, eller kind: "personal" för det som teamets kapitel berättar`,
          });
        }
      });
    });
}

export type FundsNote = z.infer<typeof fundsNoteSchema>;
export type TimeInProgramme = z.infer<typeof timeInProgrammeSchema>;
export type PublicSupport = z.infer<typeof publicSupportSchema>;
export type NationalComparison = z.infer<typeof nationalComparisonSchema>;
export type GenderRow = z.infer<typeof genderRowSchema>;
export type GenderGroup = (typeof genderGroups)[number];
export type BoardStatement = z.infer<typeof boardStatementSchema>;
export type BoardFigures = z.infer<ReturnType<typeof boardFiguresSchema>>;
export type BoardPart = z.infer<typeof boardPartSchema>;
