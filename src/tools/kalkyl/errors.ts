/**
 * The error summary's lines, in the form's order, each with the field it leads to. A value that
 * came from a shared link and is still as the link had it is quoted, so the receiver knows that
 * the link, not they, wrote it (issue 13: "say which value in the link was wrong").
 */
import {calculatorForm, fieldElementId, movesErrorId, parseField, summaryLabels, type CalculatorForm, type FormValues} from './fields';

export interface ErrorEntry {
  /** The error's key: a field id, or `movesErrorId` for the table as a whole. */
  id: string;
  /** The field id the line links to. */
  target: string;
  /** The link to that field on the page: "#falt-lon". */
  href: string;
  text: string;
}

/** On a move field from the link when the table counts more people than there are participants. */
export const linkMoveMessage = 'Tabellen räknar fler personer än insatsen har deltagare.';

/**
 * The errors per field, with the link's non-zero move fields marked too when the table counts more
 * people than there are participants: one of them, or the number of participants, is wrong, and
 * the receiver should see each value the link set.
 */
export function fieldErrors(errors: Record<string, string>, linkValues: FormValues, form: CalculatorForm = calculatorForm): Record<string, string> {
  if (!errors[movesErrorId]) return errors;
  const marked = {...errors};
  for (const definition of form.moveFields) {
    const text = linkValues[definition.id];
    if (text === undefined || marked[definition.id]) continue;
    const parsed = parseField(text, definition);
    if (parsed.ok && parsed.value > 0) marked[definition.id] = linkMoveMessage;
  }
  return marked;
}

/** Field id → place in the summary: the fields in the form's order, the table's message where the table starts. */
function summaryOrder(form: CalculatorForm): Map<string, number> {
  const order = new Map<string, number>(form.allFields.map((definition, index) => [definition.id, index]));
  const firstMove = form.moveFields[0];
  order.set(movesErrorId, (firstMove ? (order.get(firstMove.id) ?? 0) : form.allFields.length) - 0.5);
  return order;
}

/** What the link had in a field, in words: "länken har ”500”" or "länken har inget värde". */
export function fromLinkText(text: string): string {
  return text.trim() === '' ? 'länken har inget värde' : `länken har ”${text}”`;
}

/**
 * One line per error, in the form's order, named as the table of inputs names the field; the
 * table's message is left out when the participants field says the same.
 */
export function errorEntries(errors: Record<string, string>, linkValues: FormValues, form: CalculatorForm = calculatorForm): ErrorEntry[] {
  const participants = form.participants.id;
  const labels = summaryLabels(form);
  const order = summaryOrder(form);
  return Object.entries(errors)
    .filter(([id]) => id !== movesErrorId || !errors[participants])
    .sort(([a], [b]) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity))
    .map(([id, message]) => {
      const label = labels[id] ?? id;
      const link = linkValues[id];
      const target = id === movesErrorId ? participants : id;
      return {
        id,
        target,
        href: `#${fieldElementId(target)}`,
        text: link === undefined ? `${label}: ${message}` : `${label}: ${fromLinkText(link)}. ${message}`,
      };
    });
}
