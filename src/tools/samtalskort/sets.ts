/**
 * The user's own sets of cards for a meeting or a group: pin, unpin (with undo), several named
 * sets and one active. Kept on this device only (storage.ts). Pure functions without React.
 */
export const maxSets = 20;
export const maxCardsInSet = 100;
export const maxSetNameLength = 60;

export interface CardSet {
  id: string;
  name: string;
  /** Card ids in the order they were pinned. An id no longer in the deck is kept, and shown as such. */
  cards: string[];
}

export interface SetsState {
  sets: CardSet[];
  /** The set that "Fäst" adds to. */
  active: string;
}

let counter = 0;
/** A new id, unique on this device. */
export function newSetId(now: number = Date.now()): string {
  counter = (counter + 1) % 1000;
  return `u${now.toString(36)}${counter.toString(36)}`;
}

export function initialSets(): SetsState {
  return {sets: [{id: 'forsta', name: 'Min uppsättning', cards: []}], active: 'forsta'};
}

export function activeSet(state: SetsState): CardSet {
  return state.sets.find((set) => set.id === state.active) ?? state.sets[0]!;
}

function changeActive(state: SetsState, change: (set: CardSet) => CardSet): SetsState {
  const active = activeSet(state);
  return {...state, sets: state.sets.map((set) => (set.id === active.id ? change(set) : set))};
}

export function isPinned(state: SetsState, cardId: string): boolean {
  return activeSet(state).cards.includes(cardId);
}

/** Adds a card to the active set (once). */
export function pin(state: SetsState, cardId: string): SetsState {
  return changeActive(state, (set) => (set.cards.includes(cardId) || set.cards.length >= maxCardsInSet ? set : {...set, cards: [...set.cards, cardId]}));
}

export function unpin(state: SetsState, cardId: string): SetsState {
  return changeActive(state, (set) => ({...set, cards: set.cards.filter((id) => id !== cardId)}));
}

/** Puts an unpinned card back where it was (Ångra). */
export function restorePin(state: SetsState, setId: string, cardId: string, index: number): SetsState {
  return {
    ...state,
    sets: state.sets.map((set) => {
      if (set.id !== setId || set.cards.includes(cardId)) return set;
      const cards = [...set.cards];
      cards.splice(Math.min(index, cards.length), 0, cardId);
      return {...set, cards};
    }),
  };
}

export function moveCard(state: SetsState, cardId: string, by: -1 | 1): SetsState {
  return changeActive(state, (set) => {
    const index = set.cards.indexOf(cardId);
    const target = index + by;
    if (index < 0 || target < 0 || target >= set.cards.length) return set;
    const cards = [...set.cards];
    [cards[index], cards[target]] = [cards[target]!, cards[index]!];
    return {...set, cards};
  });
}

function uniqueName(state: SetsState, wanted: string): string {
  const base = wanted.trim().slice(0, maxSetNameLength) || 'Uppsättning';
  const names = new Set(state.sets.map((set) => set.name));
  if (!names.has(base)) return base;
  for (let number = 2; ; number++) {
    const name = `${base.slice(0, maxSetNameLength - 4)} (${number})`;
    if (!names.has(name)) return name;
  }
}

/** A new set, made active. Returns the state unchanged when there are already `maxSets`. */
export function addSet(state: SetsState, name: string, cards: readonly string[] = [], id: string = newSetId()): SetsState {
  if (state.sets.length >= maxSets) return state;
  const set: CardSet = {id, name: uniqueName(state, name), cards: [...new Set(cards)].slice(0, maxCardsInSet)};
  return {sets: [...state.sets, set], active: set.id};
}

export function renameSet(state: SetsState, setId: string, name: string): SetsState {
  return {...state, sets: state.sets.map((set) => (set.id === setId ? {...set, name: name.slice(0, maxSetNameLength)} : set))};
}

/** Removes a set; the last set is emptied instead, so there is always one to pin to. */
export function removeSet(state: SetsState, setId: string): SetsState {
  if (state.sets.length <= 1) return {sets: state.sets.map((set) => ({...set, cards: []})), active: state.sets[0]!.id};
  const sets = state.sets.filter((set) => set.id !== setId);
  return {sets, active: state.active === setId ? sets[0]!.id : state.active};
}

export function restoreSet(state: SetsState, set: CardSet, index: number): SetsState {
  if (state.sets.some((existing) => existing.id === set.id)) {
    return {...state, sets: state.sets.map((existing) => (existing.id === set.id ? set : existing)), active: set.id};
  }
  const sets = [...state.sets];
  sets.splice(Math.min(index, sets.length), 0, set);
  return {sets, active: set.id};
}

export function chooseSet(state: SetsState, setId: string): SetsState {
  return state.sets.some((set) => set.id === setId) ? {...state, active: setId} : state;
}

export interface MergeResult {
  state: SetsState;
  added: number;
  duplicates: number;
  dropped: number;
}

/** Adds a file's sets to the ones here. Nothing here is replaced; a set already here (same name and cards) is skipped. */
export function mergeSets(state: SetsState, imported: readonly CardSet[]): MergeResult {
  let next = state;
  let added = 0;
  let duplicates = 0;
  let dropped = 0;
  for (const set of imported) {
    const same = next.sets.some((existing) => existing.name === set.name && existing.cards.join(',') === set.cards.join(','));
    if (same) {
      duplicates++;
      continue;
    }
    if (next.sets.length >= maxSets) {
      dropped++;
      continue;
    }
    const id = next.sets.some((existing) => existing.id === set.id) ? newSetId() : set.id;
    next = addSet(next, set.name, set.cards, id);
    added++;
  }
  return {state: next, added, duplicates, dropped};
}

export function hasCards(state: SetsState): boolean {
  return state.sets.some((set) => set.cards.length > 0);
}
