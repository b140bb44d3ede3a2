/** Joins Swedish list items: ["a", "b", "c"] → "a, b och c". */
export function joinSwedish(items: readonly string[]): string {
  return new Intl.ListFormat('sv', {style: 'long', type: 'conjunction'}).format(items);
}

/**
 * Joins labels (not names) as a sentence: only the first keeps its capital letter.
 * ["Komma igång", "Uppföljning"] → "Komma igång och uppföljning"
 */
export function joinLabels(labels: readonly string[]): string {
  return joinSwedish(labels.map((label, index) => (index === 0 ? label : label.charAt(0).toLocaleLowerCase('sv') + label.slice(1))));
}
