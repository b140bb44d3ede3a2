/** The ids of the five source reports. Kept free of zod so that pages can import it without loading the schemas. */
export const sourceIds = [
  'hs-teamets-delning',
  'arsrapport-2024',
  'nns-fantastiska-resultat',
  'hallstahammar-2019',
  'avesta-2021-2022',
] as const;

export type SourceId = (typeof sourceIds)[number];
