/**
 * Schemas for the site's data files. They run in the tests and when the site is built
 * (see validate.ts), so a wrong value stops the build with file, field and rule.
 */
import * as z from 'zod';
import {sourceIds} from './sourceIds';

// Zod's own messages (wrong type, missing field) in Swedish, like ours.
z.config(z.locales.sv());

export {sourceIds};

const swedishText = z.string().trim().min(1, 'får inte vara tom');
const sentence = swedishText.regex(/[.!?:)]$/, 'ska vara en hel mening som slutar med punkt');

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
  });

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
