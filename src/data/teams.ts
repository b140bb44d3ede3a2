/**
 * The teams the site describes. Ids are used in front matter (`method.teams`) and data files.
 * Kept free of zod so that pages can import it without loading the schemas.
 */
export const teamIds = ['fns', 'sala', 'hallstahammar', 'surahammar', 'vasteras', 'avesta'] as const;

export type TeamId = (typeof teamIds)[number];

/** Short names as the teams are called in running text and in filters. */
export const teamNames: Record<TeamId, string> = {
  fns: 'FNS',
  sala: 'Sala',
  hallstahammar: 'Hallstahammar',
  surahammar: 'Surahammar',
  vasteras: 'Västerås',
  avesta: 'Avesta',
};
