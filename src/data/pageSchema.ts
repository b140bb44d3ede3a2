/**
 * Front matter that every page of the three content sections (docs/, samordningsteamen/, exempel/)
 * shares, beside its own `method:`, `team:` or `example:`: the reports it draws on. The page's
 * "Källor" section is rendered from `sources:` when the site is built (plugins/method-catalog).
 */
import * as z from 'zod';
import {swedishText} from './schemas';
import {sourceIds} from './sourceIds';
import type {TeamId} from './teamFile';

/** One report the page draws on, and where in it (chapter, section) when that helps the reader. */
export const pageSourceSchema = z.strictObject({
  id: z.enum(sourceIds, {
    error: (issue) => `"${String(issue.input)}" är ingen känd källa; tillåtna: ${sourceIds.join(', ')} (src/data/sourceIds.ts)`,
  }),
  where: swedishText.optional(),
});

export type PageSource = z.infer<typeof pageSourceSchema>;

/** `sources:` – at least one report, each once, in the order Källor lists them. */
export const pageSourcesSchema = z
  .array(pageSourceSchema, {error: 'ska vara en lista med källor, t.ex. - id: arsrapport-2024'})
  .min(1, 'ska ange minst en källa')
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((source, index) => {
      if (seen.has(source.id)) ctx.addIssue({code: 'custom', path: [index, 'id'], message: `källan "${source.id}" står redan i listan`});
      seen.add(source.id);
    });
  });

/** `otherSources:` – other public sources (laws, books, web pages), each one line of Markdown. */
export const otherSourcesSchema = z.array(swedishText).min(1, 'ska ange minst en källa eller utelämnas');

/** `otherSourcesIntro:` – a line of Markdown before the other sources, e.g. what they are used for. */
export const otherSourcesIntroSchema = swedishText;

/** What the catalogue knows of a team's page. */
export interface TeamPageEntry {
  /** `team:` in the page's front matter (checked with teamIdSchema.ts): the team whose profile, figures and results the page shows. */
  team: TeamId;
  title: string;
  description: string;
  permalink: string;
}
