/** Joins Swedish list items: ["a", "b", "c"] → "a, b och c". */
export function joinSwedish(items: readonly string[]): string {
  return new Intl.ListFormat('sv', {style: 'long', type: 'conjunction'}).format(items);
}
