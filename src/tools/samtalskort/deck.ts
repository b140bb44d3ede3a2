/**
 * The deck as the tool sees it: filtering by type and phase, and looking cards up by id.
 * Pure functions without React, tested in tests/unit/samtalskort/.
 */
import {cardPhaseIds, cardTypeIds, conversationCards, type CardPhaseId, type CardTypeId, type ConversationCard} from '@site/src/data/conversationCards';

export interface Filter {
  /** No types chosen means every type. */
  types: readonly CardTypeId[];
  /** No phases chosen means every phase. */
  phases: readonly CardPhaseId[];
}

export const noFilter: Filter = {types: [], phases: []};

export function isTypeId(value: string): value is CardTypeId {
  return (cardTypeIds as readonly string[]).includes(value);
}

export function isPhaseId(value: string): value is CardPhaseId {
  return (cardPhaseIds as readonly string[]).includes(value);
}

/** A filter from the address's values; unknown values are left out. */
export function filterFrom(types: readonly string[], phases: readonly string[]): Filter {
  return {types: types.filter(isTypeId), phases: phases.filter(isPhaseId)};
}

/** The cards that match: any of the chosen types, and any of the chosen phases. Deck order is kept. */
export function filterCards(filter: Filter, cards: readonly ConversationCard[] = conversationCards): ConversationCard[] {
  return cards.filter(
    (card) =>
      (filter.types.length === 0 || filter.types.includes(card.type)) &&
      (filter.phases.length === 0 || card.phases.some((phase) => filter.phases.includes(phase))),
  );
}

const byId = new Map(conversationCards.map((card) => [card.id, card]));

export function cardById(id: string): ConversationCard | undefined {
  return byId.get(id);
}

/** The cards for the ids that are in the deck, in the ids' order. */
export function cardsOf(ids: readonly string[]): ConversationCard[] {
  return ids.flatMap((id) => {
    const card = byId.get(id);
    return card ? [card] : [];
  });
}

export const cardCount = (count: number): string => (count === 1 ? '1 kort' : `${count} kort`);
