/**
 * Schema for the figures a politician or board member looks for (src/data/results/board.ts): why
 * money was left over, the curator, time in the programme, how far from work participants start,
 * women and men, the municipalities' own funding and what the reports do not tell. Every entry
 * names its team (or null for all five teams in Västmanland together), its period and the report
 * lines it comes from. Nothing here is computed; derived values are in boardDerive.ts.
 */
import * as z from 'zod';
import {teamIds} from '../teams';
import {sourceRefSchema} from './schema';

const text = z.string().trim().min(1, 'får inte vara tom');
const sentence = text.regex(/[.!?)]$/, 'ska vara en hel mening som slutar med punkt');
const count = z.number().int('ska vara ett heltal').min(0, 'får inte vara negativt').max(100_000, 'är orimligt stort');
const years = z.number().min(0, 'får inte vara negativt').max(60, 'är orimligt stort');

/** Who and when a statement is about. `team: null` means the five Västmanland teams together. */
const scope = {
  team: z.enum(teamIds).nullable(),
  /** As the reader should see it, e.g. "2024" or "1 juli 2021–30 juni 2022". */
  period: text,
  /** The year the period ends, for sorting. */
  year: z.number().int('ska vara ett heltal').min(2010, 'ska vara 2010 eller senare').max(2030, 'ska vara 2030 eller tidigare'),
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
  year: z.number().int('ska vara ett heltal').min(2000).max(2030),
  /** Who the report names as its source, e.g. "SCB". */
  statedSource: text,
  ref: sourceRefSchema,
});

export const genderGroups = ['deltagare', 'nya', 'aktiva-vid-slut', 'i-mal', 'arbete', 'studier', 'annan-rehab'] as const;

/** Women and men in one group, as the report states them. */
export const genderRowSchema = z.strictObject({
  ...scope,
  team: z.enum(teamIds),
  group: z.enum(genderGroups),
  women: count,
  men: count,
  ref: sourceRefSchema,
});

export const boardFiguresSchema = z
  .strictObject({
    fundsNotes: z.array(fundsNoteSchema),
    timeInProgramme: z.array(timeInProgrammeSchema),
    publicSupport: z.array(publicSupportSchema),
    education: z.array(boardStatementSchema),
    nationalComparison: z.array(nationalComparisonSchema),
    nationalComparisonNote: sentence,
    gender: z.array(genderRowSchema),
    genderStatements: z.array(boardStatementSchema),
    coFunding: z.array(boardStatementSchema),
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
    // The 2024 reasons for money left over concern all teams (the report gives them for all together).
    data.fundsNotes.forEach((note, index) => {
      if (note.kind === 'skal' && note.year === 2024 && note.team !== null) {
        ctx.addIssue({
          code: 'custom',
          path: ['fundsNotes', index, 'team'],
          message: 'årsrapporten 2024 anger skälen för alla team tillsammans; använd team: null, eller kind: "personal" för det som teamets kapitel berättar',
        });
      }
    });
  });

export type FundsNote = z.infer<typeof fundsNoteSchema>;
export type TimeInProgramme = z.infer<typeof timeInProgrammeSchema>;
export type PublicSupport = z.infer<typeof publicSupportSchema>;
export type NationalComparison = z.infer<typeof nationalComparisonSchema>;
export type GenderRow = z.infer<typeof genderRowSchema>;
export type GenderGroup = (typeof genderGroups)[number];
export type BoardStatement = z.infer<typeof boardStatementSchema>;
export type BoardFigures = z.infer<typeof boardFiguresSchema>;
