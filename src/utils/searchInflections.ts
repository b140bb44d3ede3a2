/**
 * Swedish definite and plural forms that Pagefind's stemmer (Snowball, Swedish) leaves as they are:
 * "våldet" stays "våldet" and finds one page where "våld" finds 25, "skalfrågan" two where
 * "skalfråga" finds eleven. The search asks again with the word without its ending; Pagefind matches
 * the start of words, so "våld" also finds "våldet" and "våldsutsatt".
 *
 * Pure functions without Pagefind, tested in tests/unit/searchInflections.test.ts.
 */

/** How many hits a page of results shows; also the limit under which the shorter form is tried. */
export const hitsPerPage = 10;

/**
 * Endings, longest first, and what replaces them. Each leaves at least `minStem` letters.
 * -arna/-erna/-orna (grupperna), -ena (mötena), -ets/-et (våldet), -ens/-en (metoden, teamen)
 * and -an after a word in -a (skalfrågan → skalfråga, ohälsan → ohälsa).
 */
const endings: readonly (readonly [ending: string, replacement: string])[] = [
  ['arnas', ''],
  ['ernas', ''],
  ['ornas', ''],
  ['arna', ''],
  ['erna', ''],
  ['orna', ''],
  ['enas', ''],
  ['ena', ''],
  ['ets', ''],
  ['ens', ''],
  ['ans', 'a'],
  ['et', ''],
  ['en', ''],
  ['an', 'a'],
];

/** The shortest stem left after an ending is taken away ("eget" and "den" stay as they are). */
const minStem = 3;

/** The word without its definite or plural ending, or the word itself when it has none. */
export function withoutEnding(word: string): string {
  const lower = word.toLocaleLowerCase('sv');
  for (const [ending, replacement] of endings) {
    if (lower.endsWith(ending) && lower.length - ending.length >= minStem) {
      return word.slice(0, word.length - ending.length) + (replacement && word.endsWith(ending.toUpperCase()) ? replacement.toUpperCase() : replacement);
    }
  }
  return word;
}

/**
 * The query with each word's ending taken away, or undefined when no word changes.
 * "psykiska ohälsan" → "psykiska ohälsa"; "våldet i nära relationer" → "våld i nära relationer".
 */
export function shorterQuery(query: string): string | undefined {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const shorter = words.map(withoutEnding);
  return shorter.some((word, index) => word !== words[index]) ? shorter.join(' ') : undefined;
}

/** Whether to ask again with the shorter form: the query gave fewer hits than one page. */
export function needsShorterQuery(query: string, hits: number): boolean {
  return hits < hitsPerPage && shorterQuery(query) !== undefined;
}

/** The first list's items, then the items of the later lists that are not already there (by key). */
export function mergeUnique<T>(lists: readonly (readonly T[])[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  const merged: T[] = [];
  for (const list of lists) {
    for (const item of list) {
      const id = key(item);
      if (seen.has(id)) continue;
      seen.add(id);
      merged.push(item);
    }
  }
  return merged;
}

/** What the results say, and what a screen reader hears, about the number of hits. */
export function hitCountMessage(query: string, total: number, shown: number, alsoSearched?: string): string {
  if (total === 0) return `Inga träffar för ”${query.trim()}”.`;
  const count = total > shown ? `${total} träffar, de ${shown} bästa visas.` : `${total} ${total === 1 ? 'träff' : 'träffar'}.`;
  return alsoSearched ? `${count} Visar också träffar för ”${alsoSearched}”.` : count;
}
