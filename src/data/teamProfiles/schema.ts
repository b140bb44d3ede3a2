/**
 * A team's profile: the fact box on its page. Staff and FTE are not here; they come from the
 * results data of the same year, so that no figure is typed twice.
 */
import {sentence, sourceRefSchema, text, year, z} from '../zod';
import {teamIds} from '../teams';

export const teamProfileSchema = z.strictObject({
  team: z.enum(teamIds),
  /** Full name as the report uses it, e.g. "Samordningsteam FNS". */
  name: text,
  municipalities: z.array(text).min(1, 'ska ange minst en kommun'),
  county: z.enum(['Västmanland', 'Dalarna']),
  /** The samordningsförbund that funds the team (as the newest report says). */
  forbund: text,
  /** Who hosts the team (employer of the operations manager, premises). */
  host: sentence,
  /** Parties in the steering group. */
  steeringGroup: z.array(text).min(1, 'ska ange minst en part'),
  targetGroup: sentence,
  /** Who refers participants to the team. */
  referrers: z.array(text).min(1, 'ska ange minst en remittent'),
  /** The year the profile describes. */
  year,
  /** Where each part of the profile is stated. */
  refs: z.array(sourceRefSchema).min(1, 'ska ange minst en källa'),
});

export type TeamProfile = z.infer<typeof teamProfileSchema>;
