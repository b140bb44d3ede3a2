/**
 * One results file (src/data/results/years/*.yaml): what one report says about one year. A county
 * report (the Västmanland annual report) has `county` and `teams`; a report on one team in its own
 * terms has `periods`; both may have `board`. The loader (load.ts) fills in `year` on the county and
 * the team rows, and `team`, `period` and `year` on the board entries that leave them out, before
 * this schema runs, so the messages point at the file's own fields.
 */
import {text, year, z} from '../zod';
import {countyYearSchema, periodResultSchema, teamYearSchema} from './schema';
import {boardPartSchema} from './boardSchema';

export const resultFileSchema = z
  .strictObject({
    /** The year the report describes (the year its period ends). */
    year,
    /** The period as a reader sees it, e.g. "2024"; board entries without a period get this one. */
    period: text,
    county: countyYearSchema.optional(),
    teams: z.array(teamYearSchema).min(1, 'ska ha minst ett team').optional(),
    periods: z.array(periodResultSchema).min(1, 'ska ha minst en period').optional(),
    board: boardPartSchema.optional(),
  })
  .superRefine((file, ctx) => {
    if (file.teams && !file.county) {
      ctx.addIssue({code: 'custom', path: ['county'], message: 'saknas: en fil med teams ska också ha länets siffror (county)'});
    }
    if (file.county && !file.teams) {
      ctx.addIssue({code: 'custom', path: ['teams'], message: 'saknas: en fil med county ska också ha teamens siffror (teams)'});
    }
    if (file.county && file.county.year !== file.year) {
      ctx.addIssue({code: 'custom', path: ['county', 'year'], message: `ska vara filens år, ${file.year}`});
    }
    const seen = new Set<string>();
    file.teams?.forEach((row, index) => {
      if (row.year !== file.year) ctx.addIssue({code: 'custom', path: ['teams', index, 'year'], message: `ska vara filens år, ${file.year}`});
      if (seen.has(row.team)) ctx.addIssue({code: 'custom', path: ['teams', index, 'team'], message: `"${row.team}" finns redan i filen; ett team per år`});
      seen.add(row.team);
    });
  });

export type ResultFile = z.infer<typeof resultFileSchema>;
