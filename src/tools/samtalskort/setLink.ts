/**
 * A set of cards in the page's address (?kort=s1,u2,r3&namn=...), so that a colleague opens the
 * same set. Reading a link keeps what is valid and says what was dropped.
 */
export const cardsParam = 'kort';
export const nameParam = 'namn';
export const maxLinkCards = 100;
export const maxSetName = 60;

export interface LinkedSet {
  name: string;
  ids: string[];
  /** Ids in the link that are not in the deck. */
  unknown: string[];
  /** Ids that came more than once; kept once. */
  duplicates: string[];
  /** Ids past the limit. */
  tooMany: number;
}

/** The search part of a link to the set: "?kort=s1,u2&namn=Grupp%20tisdag". */
export function setSearch(ids: readonly string[], name = ''): string {
  const params = new URLSearchParams();
  params.set(cardsParam, ids.join(','));
  const trimmed = name.trim().slice(0, maxSetName);
  if (trimmed) params.set(nameParam, trimmed);
  // Commas are safe in a query and keep the link readable.
  return `?${params.toString().replace(/%2C/g, ',')}`;
}

/** Reads a set from the address; null when the address has no set. */
export function readSetSearch(search: string, known: (id: string) => boolean): LinkedSet | null {
  const params = new URLSearchParams(search);
  const raw = params.get(cardsParam);
  if (raw === null) return null;
  const name = (params.get(nameParam) ?? '').trim().slice(0, maxSetName);
  const ids: string[] = [];
  const unknown: string[] = [];
  const duplicates: string[] = [];
  let tooMany = 0;
  for (const part of raw.split(',')) {
    const id = part.trim().toLowerCase();
    if (!id) continue;
    if (!known(id)) {
      if (!unknown.includes(id)) unknown.push(id.slice(0, 20));
    } else if (ids.includes(id)) {
      if (!duplicates.includes(id)) duplicates.push(id);
    } else if (ids.length >= maxLinkCards) {
      tooMany++;
    } else {
      ids.push(id);
    }
  }
  return {name, ids, unknown, duplicates, tooMany};
}

/** What was dropped from a link, said in Swedish; null when nothing was. */
export function droppedMessage(set: LinkedSet): string | null {
  const parts: string[] = [];
  if (set.unknown.length > 0) {
    parts.push(`${set.unknown.length === 1 ? 'Ett kort' : `${set.unknown.length} kort`} i länken finns inte i kortleken och visas inte (${set.unknown.join(', ')}).`);
  }
  if (set.duplicates.length > 0) {
    parts.push(`${set.duplicates.length === 1 ? 'Ett kort' : `${set.duplicates.length} kort`} fanns två gånger i länken och visas en gång (${set.duplicates.join(', ')}).`);
  }
  if (set.tooMany > 0) parts.push(`Länken hade fler än ${maxLinkCards} kort; de sista ${set.tooMany} visas inte.`);
  return parts.length > 0 ? parts.join(' ') : null;
}
