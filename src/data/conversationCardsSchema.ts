/**
 * Schema for the conversation deck (src/data/conversationCards.ts). Runs when the site is built
 * (src/data/validate.ts) and in the tests, so a wrong card stops the build with a Swedish message
 * naming the file, the card and the field.
 */
import {z} from './zod';
import {cardPhaseIds, cardTypeIds, cardTypes, type ConversationCard} from './conversationCards';

export const minCards = 60;
export const maxTextLength = 200;
/** Each type needs enough cards for a draw to be worth it. */
export const minCardsPerType = 5;

const text = z.string().trim().min(1, 'får inte vara tom').max(maxTextLength, `får vara högst ${maxTextLength} tecken`);

export const conversationCardSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z]{1,2}[0-9]{1,3}$/, 'ska vara en eller två små bokstäver och ett nummer, till exempel s3'),
    type: z.enum(cardTypeIds, `ska vara en av typerna ${cardTypeIds.join(', ')}`),
    text,
    easy: text,
    phases: z
      .array(z.enum(cardPhaseIds, `ska vara en av faserna ${cardPhaseIds.join(', ')}`))
      .min(1, 'ska ha minst en fas')
      .refine((phases) => new Set(phases).size === phases.length, 'har samma fas två gånger'),
    example: z.literal(true).optional(),
  })
  .refine((card) => card.type === 'varden' || card.text.endsWith('?') || card.text.endsWith('.'), {
    message: 'en fråga ska sluta med frågetecken (eller punkt när den är en uppmaning)',
    path: ['text'],
  })
  .refine((card) => card.type !== 'varden' || card.text.length <= 40, {
    message: 'ett värdekort är ett kort påstående, högst 40 tecken',
    path: ['text'],
  })
  .refine((card) => card.type === 'varden' || card.easy.length <= card.text.length + 20, {
    message: 'den enkla formuleringen ska vara kort, inte längre än frågan',
    path: ['easy'],
  });

/**
 * Checks the deck and returns one Swedish line per problem, naming the card by its id (or its
 * place when the id is missing) and the field, e.g.
 * `src/data/conversationCards.ts: kortet s3, fältet easy: får inte vara tom`.
 */
export function findDeckProblems(cards: readonly unknown[], file = 'src/data/conversationCards.ts'): string[] {
  const problems: string[] = [];
  const seenIds = new Map<string, number>();
  const seenTexts = new Map<string, string>();
  cards.forEach((raw, index) => {
    const id = typeof raw === 'object' && raw !== null && typeof (raw as {id?: unknown}).id === 'string' ? (raw as {id: string}).id : null;
    const name = id ? `kortet ${id}` : `kort nummer ${index + 1}`;
    const result = conversationCardSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = issue.path.length > 0 ? `, fältet ${issue.path.map(String).join('.')}` : '';
        problems.push(`${file}: ${name}${field}: ${issue.message}`);
      }
      return;
    }
    const card = result.data;
    const earlier = seenIds.get(card.id);
    if (earlier !== undefined) problems.push(`${file}: ${name}, fältet id: samma id som kort nummer ${earlier + 1}`);
    else seenIds.set(card.id, index);
    const sameText = seenTexts.get(card.text.toLowerCase());
    if (sameText) problems.push(`${file}: ${name}, fältet text: samma text som kortet ${sameText}`);
    else seenTexts.set(card.text.toLowerCase(), card.id);
  });
  if (cards.length < minCards) problems.push(`${file}: kortleken har ${cards.length} kort men ska ha minst ${minCards}`);
  for (const type of cardTypeIds) {
    const count = cards.filter((card) => (card as Partial<ConversationCard> | null)?.type === type).length;
    if (count < minCardsPerType) problems.push(`${file}: typen ${type} (${cardTypes[type].label}) har ${count} kort men ska ha minst ${minCardsPerType}`);
  }
  for (const type of cardTypeIds) {
    const handbook = cardTypes[type].handbook as string;
    if (!/^\/metodhandbok\/[a-z0-9/-]+(#[a-z0-9-]+)?$/.test(handbook)) {
      problems.push(`${file}: typen ${type}, fältet handbook: ska vara en adress i metodhandboken, till exempel /metodhandbok/losningsfokus#fragor-mal`);
    }
  }
  return problems;
}
