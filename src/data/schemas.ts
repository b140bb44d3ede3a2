/**
 * Schemas for the site's data files. They run in the tests and when the site is built
 * (see validate.ts), so a wrong value stops the build with file, field and rule.
 */
import {reportLinesSchema, sentence, sourceRefSchema, text as swedishText, z} from './zod';
import {sourceIds} from './sourceIds';
import {teamIdSchema} from './teamIdSchema';
import {formats, purposes, type Format, type Purpose} from './methodTaxonomy';
import {groupCategories, type GroupCategory} from './groupCategories';
import {figureUnits, resultKinds, targetGroups, type ResultKind, type TargetGroup} from './exampleTaxonomy';

// The shared building blocks (src/data/zod.ts: jitless, Swedish messages), under the names this file's users know.
export {sourceIds, swedishText, sentence, reportLinesSchema};

export const sourceReportSchema = z.strictObject({
  id: z.enum(sourceIds),
  /** Full title as printed; a descriptive title in square brackets where the report prints none. */
  title: swedishText,
  /** Who published or commissioned it (an organisation, never a private person). */
  publisher: swedishText,
  /** Year of publication as best stated; see yearNote. */
  year: z.number().int('ska vara ett heltal').min(2000, 'ska vara 2000 eller senare').max(2100, 'ska vara ett rimligt år'),
  /** Why the year is what it is, when the report does not print it plainly. */
  yearNote: sentence.optional(),
  /** The period the report covers, e.g. "Kalenderåret 2024". */
  period: swedishText,
  /** Authors or editors as the report credits them. */
  authors: swedishText.optional(),
  /** The report's file name in ../shared/seeds. */
  file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'ska vara ett filnamn i seeds-mappen, t.ex. 001_cec97cc825b221ec.txt'),
  /** Two or three sentences: what the report is and what the site uses it for. */
  summary: sentence,
});

export type SourceReport = z.infer<typeof sourceReportSchema>;

export const sourceListSchema = z
  .array(sourceReportSchema)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((source, index) => {
      if (seen.has(source.id)) {
        ctx.addIssue({code: 'custom', path: [index, 'id'], message: `id "${source.id}" finns redan`});
      }
      seen.add(source.id);
    });
    for (const id of sourceIds) {
      if (!seen.has(id)) ctx.addIssue({code: 'custom', path: [], message: `källan "${id}" saknas`});
    }
  });

const anchorId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ska vara små bokstäver a–z, siffror och bindestreck');

export const glossaryTermSchema = z
  .strictObject({
    /** URL anchor: a–z, digits and hyphens (å, ä → a, ö → o). */
    id: anchorId,
    /** The term as a Swedish reader looks it up. */
    term: swedishText,
    abbreviation: swedishText.optional(),
    /** What an abbreviation stands for, when the term itself is the abbreviation (e.g. SUS, BIP). */
    expansion: swedishText.optional(),
    /** One to three sentences in klarspråk. */
    definition: sentence,
    /** ids of related terms in the glossary. */
    related: z.array(anchorId).optional(),
    /** Reports that use or explain the term. */
    sources: z.array(z.enum(sourceIds)),
    /** A named public source for what the reports do not say. */
    externalSource: swedishText.optional(),
  })
  .refine((term) => term.sources.length > 0 || term.externalSource !== undefined, {
    message: 'ska ange minst en rapport i sources eller en namngiven källa i externalSource',
    path: ['sources'],
  })
  .refine((term) => !isAbbreviationTerm(term.term) || term.expansion !== undefined, {
    message: 'är en förkortning och ska ha expansion: vad förkortningen står för',
    path: ['expansion'],
  });

/** A term written in capitals, such as SUS or BIP, is itself an abbreviation. */
export function isAbbreviationTerm(term: string): boolean {
  return /^[A-ZÅÄÖ][A-ZÅÄÖ0-9-]+$/.test(term);
}

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

export const glossarySchema = z.array(glossaryTermSchema).superRefine((terms, ctx) => {
  const ids = new Set<string>();
  terms.forEach((term, index) => {
    if (ids.has(term.id)) ctx.addIssue({code: 'custom', path: [index, 'id'], message: `id "${term.id}" finns redan`});
    ids.add(term.id);
  });
  terms.forEach((term, index) => {
    term.related?.forEach((related, relatedIndex) => {
      if (!ids.has(related)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'related', relatedIndex],
          message: `hänvisar till "${related}", som inte finns i ordlistan`,
        });
      }
    });
  });
  const collator = new Intl.Collator('sv');
  terms.forEach((term, index) => {
    const previous = terms[index - 1];
    if (previous && collator.compare(previous.term, term.term) > 0) {
      ctx.addIssue({
        code: 'custom',
        path: [index, 'term'],
        message: `"${term.term}" ska stå före "${previous.term}" (svensk bokstavsordning)`,
      });
    }
  });
});

/** Lists of keys: at least one, each known, none twice. */
function keyList<T extends string>(values: readonly [T, ...T[]] | T[], what: string) {
  return z
    .array(z.enum(values as [T, ...T[]], {error: (issue) => `"${String(issue.input)}" är inte ett känt värde; tillåtna: ${values.join(', ')}`}))
    .min(1, `ska ange minst ett värde (${what})`)
    .refine((list) => new Set(list).size === list.length, 'får inte ange samma värde två gånger');
}

/** `method:` in a method page's front matter: the finder and the fact box are built from it. */
export const methodMetadataSchema = z.strictObject({
  /** Vad: one sentence on what the method is. */
  what: sentence,
  /** För vem: one sentence on whom it is for. */
  forWhom: sentence,
  purposes: keyList<Purpose>(purposes, 'syfte'),
  formats: keyList<Format>(formats, 'form'),
  /** Vem leder: roles, never names. */
  leads: swedishText,
  /** The teams the reports say use it. */
  teams: z
    .array(teamIdSchema)
    .min(1, 'ska ange minst ett värde (team)')
    .refine((list) => new Set(list).size === list.length, 'får inte ange samma värde två gånger'),
});

export type MethodMetadata = z.infer<typeof methodMetadataSchema>;

/** A method page in the catalogue the finder reads: its metadata, title, description and address. */
export interface MethodEntry extends MethodMetadata {
  title: string;
  description: string;
  permalink: string;
}


const optionalDetail = swedishText.nullable();

export const groupFormatSchema = z.strictObject({
  id: anchorId,
  name: swedishText,
  team: teamIdSchema,
  category: z.enum(groupCategories as [GroupCategory, ...GroupCategory[]]),
  purpose: sentence,
  size: optionalDetail,
  /** When the group ran, e.g. "våren 2024"; not how often it meets (frequency) or how long a course lasts (length). */
  period: optionalDetail,
  frequency: optionalDetail,
  length: optionalDetail,
  leads: optionalDetail,
  year: z.number().int('ska vara ett heltal').min(2010, 'ska vara 2010 eller senare').max(2030, 'ska vara ett rimligt år'),
  ref: sourceRefSchema,
  page: z.string().regex(/^\/metodhandbok\/[a-z0-9/-]+$/, 'ska vara en sida i metodhandboken, t.ex. /metodhandbok/act').optional(),
});

export type GroupFormat = z.infer<typeof groupFormatSchema>;

/** A season or term names when a group ran; "gång i", "i veckan", "i månaden" say how often. */
const seasonWords = /\b(våren|hösten|vårterminen|höstterminen|sommaren)\b/i;
const frequencyWords = /(gång(er)? (i|per)|i veckan|i månaden|varje (vecka|månad|dag))/i;

export const groupFormatListSchema = z.array(groupFormatSchema).superRefine((list, ctx) => {
  const ids = new Set<string>();
  list.forEach((format, index) => {
    if (ids.has(format.id)) ctx.addIssue({code: 'custom', path: [index, 'id'], message: `id "${format.id}" finns redan`});
    ids.add(format.id);
    // Each detail in its own field: when the group ran is period, how often it meets is frequency, who leads is leads.
    if (format.frequency && seasonWords.test(format.frequency)) {
      ctx.addIssue({code: 'custom', path: [index, 'frequency'], message: `säger när gruppen fanns ("${format.frequency}"), inte hur ofta den träffas; skriv det i period`});
    }
    if (format.length && seasonWords.test(format.length)) {
      ctx.addIssue({code: 'custom', path: [index, 'length'], message: `säger när gruppen fanns ("${format.length}"), inte hur länge den pågår; skriv det i period`});
    }
    if (format.leads && frequencyWords.test(format.leads)) {
      ctx.addIssue({code: 'custom', path: [index, 'leads'], message: `säger hur ofta gruppen träffas ("${format.leads}"); skriv det i frequency och bara vem som leder i leads`});
    }
  });
});

/** A key figure of a practice example: stated by a report, with year and lines. */
export const exampleFigureSchema = z.strictObject({
  label: swedishText,
  value: z.number().min(0, 'får inte vara negativt').max(1_000_000_000, 'är orimligt stort'),
  unit: z.enum(figureUnits),
  /** The year the figure describes. */
  year: z.number().int().min(2000).max(2030),
  /** Lines in the report's file, e.g. "L600" or "L600–L604". */
  lines: reportLinesSchema('L600–L604'),
  /** When the report's own arithmetic or wording needs a caveat. */
  note: sentence.optional(),
});

/** `example:` in a practice example's front matter: the overview's filters and the page's fact box. */
export const exampleMetadataSchema = z.strictObject({
  /** The samordningsförbund, as the report names it. */
  forbund: swedishText,
  /** Where, e.g. "Västerbottens län". */
  county: swedishText,
  targetGroups: keyList<TargetGroup>(targetGroups, 'målgrupp'),
  /** Handbook pages (slugs under /metodhandbok) the example uses; may be empty. */
  methods: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)?$/, 'ska vara en sida i metodhandboken, t.ex. supported-employment')),
  resultKinds: keyList<ResultKind>(resultKinds, 'slags resultat'),
  /** The years the example describes, e.g. "2011–2015". */
  period: swedishText,
  source: z.enum(sourceIds),
  figures: z.array(exampleFigureSchema),
});

export type ExampleMetadata = z.infer<typeof exampleMetadataSchema>;
export type ExampleFigure = z.infer<typeof exampleFigureSchema>;

/** A practice example in the catalogue the overview reads. */
export interface ExampleEntry extends ExampleMetadata {
  title: string;
  description: string;
  permalink: string;
}

const linesRef = reportLinesSchema('L518–L531');
const statedFigureSchema = z.strictObject({
  value: z.number().min(0, 'får inte vara negativt').max(1_000_000_000, 'är orimligt stort'),
  unit: z.enum(['procent', 'kr', 'månader', 'år', 'insatser', 'personer']),
  lines: linesRef,
  note: sentence.optional(),
});
const labelledFigures = z.array(z.strictObject({label: swedishText, figure: statedFigureSchema}));

/** The socio-economic chapter's data (src/data/payoff.ts): every number with its lines. */
export const payoffSchema = z.strictObject({
  keyFigures: z.array(z.strictObject({id: anchorId, name: swedishText, explanation: sentence, lines: linesRef})).min(1),
  workedExamples: z.array(z.strictObject({id: anchorId, title: swedishText, explanation: sentence, figures: labelledFigures})),
  list: z.array(
    z.strictObject({
      intervention: swedishText,
      forbund: swedishText,
      exampleSlug: anchorId.optional(),
      placeInReport: z.strictObject({text: swedishText, lines: linesRef}).optional(),
      figures: labelledFigures,
    }),
  ),
  comparison: labelledFigures,
});
