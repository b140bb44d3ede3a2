/**
 * Drawing cards at random from the filtered deck: no card comes twice until every card in the
 * filter has been drawn; then a new round starts. "Tillbaka" steps back through the cards drawn.
 */

export interface DrawState {
  /** Every card drawn, in order; `position` points at the one shown (-1: none yet). */
  history: readonly string[];
  position: number;
  /** The cards drawn in this round, which are not drawn again until the round is over. */
  used: readonly string[];
}

export const emptyDraw: DrawState = {history: [], position: -1, used: []};

export type DrawResult = {state: DrawState; card: string | null; newRound: boolean};

/**
 * Shows the next card. After "Tillbaka", it first steps forward again through the cards already
 * drawn; at the end of the history it draws a new card from `deck` (the filtered ids) that has
 * not been used this round. When all are used, a new round starts (but not with the card just shown).
 */
export function drawNext(state: DrawState, deck: readonly string[], random: () => number = Math.random): DrawResult {
  if (deck.length === 0) return {state, card: null, newRound: false};
  if (state.position < state.history.length - 1) {
    const position = state.position + 1;
    return {state: {...state, position}, card: state.history[position]!, newRound: false};
  }
  const used = new Set(state.used);
  let left = deck.filter((id) => !used.has(id));
  let newRound = false;
  let nextUsed: string[] = [...state.used];
  if (left.length === 0) {
    newRound = true;
    nextUsed = [];
    const last = state.history[state.position];
    left = deck.length > 1 ? deck.filter((id) => id !== last) : [...deck];
  }
  const index = Math.min(left.length - 1, Math.floor(random() * left.length));
  const card = left[index]!;
  return {
    state: {history: [...state.history, card], position: state.history.length, used: [...nextUsed, card]},
    card,
    newRound,
  };
}

/** Steps back to the card shown before; null when there is none. */
export function drawBack(state: DrawState): {state: DrawState; card: string} | null {
  if (state.position <= 0) return null;
  const position = state.position - 1;
  return {state: {...state, position}, card: state.history[position]!};
}

export function currentCard(state: DrawState): string | null {
  return state.position >= 0 ? (state.history[state.position] ?? null) : null;
}

/** How many cards of `deck` are left to draw in this round. */
export function leftInRound(state: DrawState, deck: readonly string[]): number {
  const used = new Set(state.used);
  return deck.filter((id) => !used.has(id)).length;
}
