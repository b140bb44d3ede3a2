/**
 * Schemas for the results data (src/data/results/years/*.yaml, one file per report and year; see
 * load.ts). Every figure is stated by a report and carries where (report and lines); sums and shares
 * are computed in derive.ts and labelled "beräknat" on the site. Where a report contradicts itself,
 * the data keeps what the report states and a `discrepancies` note explains it; the schema refuses a
 * mismatch without a note.
 */
import {count, sentence, sourceRefSchema, statedFigureSchema, text, year, z} from '../zod';
import {teamIdSchema} from '../teamIdSchema';

const tkr = z.number().min(0, 'får inte vara negativt').max(1_000_000, 'är orimligt stort');

export {sourceRefSchema};

export const discrepancySchema = z.strictObject({
  /** Which part of the data the note explains. */
  field: z.enum(['participants', 'gender', 'referrals', 'endReasons', 'staffing', 'funds']),
  /** Plain Swedish: what the report states, what does not add up, and what we show. */
  text: sentence,
  ref: sourceRefSchema,
});

export const referralParties = [
  'forsakringskassan',
  'arbetsformedlingen',
  'kommun',
  'region',
  'ingen-offentlig-forsorjning',
  'egen-anmalan',
] as const;

export const endReasonKeys = ['work', 'studies', 'jobSeekers', 'continuedRehab', 'medicalRehab', 'other', 'dropouts'] as const;

const teamYearBase = z.strictObject({
  team: teamIdSchema,
  /** The year the figures describe (the file's `year`). */
  year,
  participants: z.strictObject({total: count, new: count, ref: sourceRefSchema}),
  /** Gender as stated; `basis` says whether it counts all participants or only new ones. */
  gender: z.strictObject({women: count, men: count, basis: z.enum(['alla', 'nya']), ref: sourceRefSchema}).nullable(),
  referrals: z.strictObject({
    /** Västerås groups by the participant's income, the others by referring party. */
    basis: z.enum(['remitterande-part', 'ersattning']),
    ref: sourceRefSchema,
    rows: z
      .array(
        z.strictObject({
          /** The row's label as printed in the report. */
          label: text,
          party: z.enum(referralParties),
          new: count,
          total: count,
        }),
      )
      .min(1, 'ska ha minst en rad'),
    /** A total row printed in the table, if any. */
    statedTotal: z.strictObject({new: count, total: count}).nullable(),
  }),
  endReasons: z.strictObject({
    ref: sourceRefSchema,
    ended: count,
    /** null where the report leaves the cell blank. */
    dropouts: count.nullable(),
    work: count,
    studies: count,
    jobSeekers: count,
    continuedRehab: count,
    medicalRehab: count,
    other: count,
    /** The team's own wording for the two columns whose labels differ between teams. */
    continuedRehabLabel: text,
    otherLabel: text,
  }),
  staffing: z.strictObject({
    ref: sourceRefSchema,
    rows: z
      .array(
        z.strictObject({
          role: text,
          employer: z.enum(['kommun', 'arbetsformedlingen', 'region']),
          fte: z.number().min(0, 'får inte vara negativt').max(20, 'är orimligt stort'),
          /** e.g. "maj–juni och november–december" */
          period: text.optional(),
        }),
      )
      .min(1, 'ska ha minst en rad'),
  }),
  funds: z.strictObject({grantedTkr: tkr, usedTkr: tkr, statedDifferenceTkr: tkr, ref: sourceRefSchema}),
  discrepancies: z.array(discrepancySchema),
});

function hasNote(discrepancies: readonly {field: string}[], field: string): boolean {
  return discrepancies.some((note) => note.field === field);
}

/** One team's figures for a year. A sum that does not match must be explained by a discrepancy note. */
export const teamYearSchema = teamYearBase.superRefine((row, ctx) => {
  const reasons = row.endReasons;
  const categorised =
    reasons.work + reasons.studies + reasons.jobSeekers + reasons.continuedRehab + reasons.medicalRehab + reasons.other + (reasons.dropouts ?? 0);
  if (categorised !== reasons.ended && !hasNote(row.discrepancies, 'endReasons')) {
    ctx.addIssue({
      code: 'custom',
      path: ['endReasons'],
      message: `avslutsorsakerna summerar till ${categorised} men ended är ${reasons.ended}; rätta värdet eller förklara skillnaden i discrepancies (field: "endReasons")`,
    });
  }
  const referred = row.referrals.rows.reduce((sum, r) => ({new: sum.new + r.new, total: sum.total + r.total}), {new: 0, total: 0});
  const expected = row.referrals.statedTotal ?? {new: row.participants.new, total: row.participants.total};
  if ((referred.new !== expected.new || referred.total !== expected.total) && !hasNote(row.discrepancies, 'referrals')) {
    ctx.addIssue({
      code: 'custom',
      path: ['referrals', 'rows'],
      message: `raderna summerar till ${referred.new} nya och ${referred.total} totalt men ska bli ${expected.new} och ${expected.total}; rätta värdet eller förklara skillnaden i discrepancies (field: "referrals")`,
    });
  }
  const difference = Math.round((row.funds.grantedTkr - row.funds.usedTkr) * 10) / 10;
  if (difference !== row.funds.statedDifferenceTkr && !hasNote(row.discrepancies, 'funds')) {
    ctx.addIssue({
      code: 'custom',
      path: ['funds', 'statedDifferenceTkr'],
      message: `tilldelat minus använt är ${difference} tkr men differensen anges till ${row.funds.statedDifferenceTkr} tkr; rätta värdet eller förklara skillnaden i discrepancies (field: "funds")`,
    });
  }
});

/** What a year's report states for the county as a whole; the team rows are checked against it. */
export const countyYearSchema = z.strictObject({
  year,
  /** Where the teams of the report are, as running text names it: "fem team i Västmanland". */
  area: text,
  participants: z.strictObject({value: count, ref: sourceRefSchema}),
  ended: z.strictObject({value: count, ref: sourceRefSchema}),
  funds: z.strictObject({grantedTkr: tkr, usedTkr: tkr, ref: sourceRefSchema}),
  /** What the report's own text says about the share that reached a green goal, in our words (shown next to our computed share). */
  greenGoals: z.strictObject({text: sentence, ref: sourceRefSchema}).optional(),
  /** Funds outside the team rows, e.g. the Region's curator. */
  otherFunds: z.array(z.strictObject({label: text, grantedTkr: tkr, usedTkr: tkr, statedDifferenceTkr: tkr, ref: sourceRefSchema})),
  discrepancies: z.array(discrepancySchema),
});

/** Results a report gives in its own terms (Hallstahammar 2019, Avesta 2021/22). */
export const periodResultSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'ska vara små bokstäver, siffror och bindestreck'),
  team: teamIdSchema,
  /** e.g. "Kalenderåret 2019", "1 juli 2021–30 juni 2022" */
  period: text,
  /** The year the period ends, for sorting and the year filter. */
  year,
  /**
   * The report's own definition of a positive outcome, in plain Swedish. `statedShare` names the key figure
   * (by its label) where the report itself states the share of positive outcomes; without it the site computes the share.
   */
  positiveDefinition: z.strictObject({text: sentence, ref: sourceRefSchema, statedShare: text.optional()}),
  /** Ended participants by the report's own categories. */
  endReasons: z.strictObject({
    ref: sourceRefSchema,
    ended: count,
    rows: z.array(z.strictObject({label: text, count, positive: z.boolean()})).min(1),
  }),
  /** Other figures the report states, each with its unit and lines. */
  keyFigures: z.array(statedFigureSchema(['personer', 'procent', 'tkr', 'kr', 'månader', 'dagar', 'år', 'tjänster'])),
  discrepancies: z.array(discrepancySchema),
}).superRefine((result, ctx) => {
  const stated = result.positiveDefinition.statedShare;
  if (stated !== undefined && !result.keyFigures.some((figure) => figure.label === stated && figure.unit === 'procent')) {
    ctx.addIssue({
      code: 'custom',
      path: ['positiveDefinition', 'statedShare'],
      message: `"${stated}" är inte en nyckeltalsrad i procent i keyFigures; ange etiketten på den andel som rapporten själv anger`,
    });
  }
  const sum = result.endReasons.rows.reduce((total, row) => total + row.count, 0);
  if (sum !== result.endReasons.ended && !result.discrepancies.some((note) => note.field === 'endReasons')) {
    ctx.addIssue({
      code: 'custom',
      path: ['endReasons', 'rows'],
      message: `raderna summerar till ${sum} men ended är ${result.endReasons.ended}; rätta värdet eller förklara skillnaden i discrepancies (field: "endReasons")`,
    });
  }
});

export type {SourceRef} from '../zod';
export type Discrepancy = z.infer<typeof discrepancySchema>;
export type ReferralParty = (typeof referralParties)[number];
export type EndReasonKey = (typeof endReasonKeys)[number];
export type TeamYear = z.infer<typeof teamYearSchema>;
export type CountyYear = z.infer<typeof countyYearSchema>;
export type PeriodResult = z.infer<typeof periodResultSchema>;
