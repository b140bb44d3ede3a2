/** A group of items that share a first letter, for an A–Ö index. */
export interface InitialGroup<T> {
  letter: string;
  items: T[];
}

const collator = new Intl.Collator('sv');

/**
 * Groups items by the first letter of `key(item)`, upper-cased, in Swedish alphabetical order
 * (…, Z, Å, Ä, Ö). Items keep their Swedish order inside each group.
 */
export function groupByInitial<T>(items: readonly T[], key: (item: T) => string): InitialGroup<T>[] {
  const sorted = [...items].sort((a, b) => collator.compare(key(a), key(b)));
  const groups: InitialGroup<T>[] = [];
  for (const item of sorted) {
    const letter = key(item).trim().charAt(0).toLocaleUpperCase('sv-SE');
    const last = groups[groups.length - 1];
    if (last && last.letter === letter) last.items.push(item);
    else groups.push({letter, items: [item]});
  }
  return groups;
}
