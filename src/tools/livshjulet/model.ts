/**
 * The life wheel's data and the changes a user can make to it. Pure functions that return a new
 * state; the React page only calls them. Values are 0–10 or null (not yet rated).
 */
import {defaultLifeWheelAreas} from '@site/src/data/lifeWheelAreas';

export const minAreas = 3;
export const maxAreas = 12;
export const maxNameLength = 40;
export const maxTextLength = 1000;
export const maxRounds = 50;

export interface Area {
  id: string;
  name: string;
}

export interface Rating {
  /** "Hur det är nu", 0–10. */
  now: number | null;
  /** "Dit jag vill", 0–10. */
  wish: number | null;
  note: string;
  nextStep: string;
}

export interface Round {
  id: string;
  /** e.g. "Inskrivning", "Uppföljning 3 mån" */
  label: string;
  /** YYYY-MM-DD */
  date: string;
  /** The areas as they were named when the round was saved. */
  areas: Area[];
  ratings: Record<string, Rating>;
}

export interface WheelState {
  areas: Area[];
  ratings: Record<string, Rating>;
  rounds: Round[];
}

export const emptyRating: Rating = {now: null, wish: null, note: '', nextStep: ''};

export function initialState(): WheelState {
  return {
    areas: defaultLifeWheelAreas.map(({id, name}) => ({id, name})),
    ratings: {},
    rounds: [],
  };
}

export function ratingOf(state: Pick<WheelState, 'ratings'>, areaId: string): Rating {
  return state.ratings[areaId] ?? emptyRating;
}

/** A whole number 0–10, or null for an empty or unusable value. */
export function clampValue(value: number | null): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  return Math.min(10, Math.max(0, Math.round(value)));
}

export function setValue(state: WheelState, areaId: string, which: 'now' | 'wish', value: number | null): WheelState {
  const rating = ratingOf(state, areaId);
  return {...state, ratings: {...state.ratings, [areaId]: {...rating, [which]: clampValue(value)}}};
}

export function setText(state: WheelState, areaId: string, which: 'note' | 'nextStep', text: string): WheelState {
  const rating = ratingOf(state, areaId);
  return {...state, ratings: {...state.ratings, [areaId]: {...rating, [which]: text.slice(0, maxTextLength)}}};
}

export function renameArea(state: WheelState, areaId: string, name: string): WheelState {
  return {...state, areas: state.areas.map((area) => (area.id === areaId ? {...area, name: name.slice(0, maxNameLength)} : area))};
}

function newId(existing: readonly string[], prefix: 'omrade' | 'omgang'): string {
  for (let n = 1; ; n++) {
    const id = `${prefix}-${n}`;
    if (!existing.includes(id)) return id;
  }
}

export function addArea(state: WheelState, name: string): WheelState {
  if (state.areas.length >= maxAreas) return state;
  const id = newId(state.areas.map((area) => area.id), 'omrade');
  return {...state, areas: [...state.areas, {id, name: name.trim().slice(0, maxNameLength) || 'Nytt område'}]};
}

export function removeArea(state: WheelState, areaId: string): WheelState {
  if (state.areas.length <= minAreas) return state;
  const {[areaId]: _removed, ...ratings} = state.ratings;
  return {...state, areas: state.areas.filter((area) => area.id !== areaId), ratings};
}

/** A date as the date field writes it (ÅÅÅÅ-MM-DD), in the reader's own time zone. */
export function localIsoDate(date: Date = new Date()): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Saves the current ratings as a dated round; the current ratings stay for further work. */
export function saveRound(state: WheelState, label: string, date: string): WheelState {
  const ids = state.rounds.map((round) => round.id);
  const round: Round = {
    id: newId(ids, 'omgang'),
    label: label.trim().slice(0, maxNameLength) || 'Omgång',
    date,
    areas: state.areas.map((area) => ({...area})),
    ratings: Object.fromEntries(state.areas.map((area) => [area.id, {...ratingOf(state, area.id)}])),
  };
  return {...state, rounds: [...state.rounds, round].slice(-maxRounds)};
}

export function deleteRound(state: WheelState, roundId: string): WheelState {
  return {...state, rounds: state.rounds.filter((round) => round.id !== roundId)};
}

export interface ComparisonRow {
  areaId: string;
  name: string;
  before: number | null;
  after: number | null;
  /** after − before, or null if either is missing. */
  change: number | null;
}

/** The "nu" values of two rounds side by side, for every area in either round. */
export function compareRounds(before: Round, after: Round): ComparisonRow[] {
  const areas = [...after.areas, ...before.areas.filter((area) => !after.areas.some((a) => a.id === area.id))];
  return areas.map((area) => {
    const b = before.ratings[area.id]?.now ?? null;
    const a = after.ratings[area.id]?.now ?? null;
    return {areaId: area.id, name: area.name, before: b, after: a, change: a !== null && b !== null ? a - b : null};
  });
}

/** Puts a removed area back where it was, with its rating and notes (the undo of removeArea). */
export function restoreArea(state: WheelState, area: Area, index: number, rating: Rating | undefined): WheelState {
  if (state.areas.some((existing) => existing.id === area.id) || state.areas.length >= maxAreas) return state;
  const areas = [...state.areas];
  areas.splice(Math.min(Math.max(0, index), areas.length), 0, area);
  return {...state, areas, ratings: rating ? {...state.ratings, [area.id]: rating} : state.ratings};
}

/** Puts a deleted round back where it was (the undo of deleteRound). */
export function restoreRound(state: WheelState, round: Round, index: number): WheelState {
  if (state.rounds.some((existing) => existing.id === round.id) || state.rounds.length >= maxRounds) return state;
  const rounds = [...state.rounds];
  rounds.splice(Math.min(Math.max(0, index), rounds.length), 0, round);
  return {...state, rounds};
}

/** True when the wheel holds anything a user would miss: a value, a note, a round or a renamed area. */
export function hasContent(state: WheelState): boolean {
  const defaults = initialState().areas;
  const ratings = Object.values(state.ratings).some(
    (rating) => rating.now !== null || rating.wish !== null || rating.note.trim() !== '' || rating.nextStep.trim() !== '',
  );
  const areasChanged =
    state.areas.length !== defaults.length || state.areas.some((area, index) => area.id !== defaults[index]?.id || area.name !== defaults[index]?.name);
  return ratings || state.rounds.length > 0 || areasChanged;
}

function sameRound(a: Round, b: Round): boolean {
  return a.label === b.label && a.date === b.date && JSON.stringify(a.areas) === JSON.stringify(b.areas) && JSON.stringify(a.ratings) === JSON.stringify(b.ratings);
}

export interface MergeResult {
  state: WheelState;
  /** Rounds from the file that were added. */
  added: number;
  /** Rounds from the file that were already there. */
  duplicates: number;
  /** Rounds that did not fit under maxRounds. */
  dropped: number;
}

/**
 * Adds the rounds of an opened file to the rounds already here, keeping the current wheel, its
 * values and notes. A round that is already here (same name, date and values) is not added twice.
 */
export function mergeRounds(state: WheelState, imported: WheelState): MergeResult {
  const rounds = [...state.rounds];
  let added = 0;
  let duplicates = 0;
  let dropped = 0;
  for (const round of imported.rounds) {
    if (rounds.some((existing) => sameRound(existing, round))) {
      duplicates++;
      continue;
    }
    if (rounds.length >= maxRounds) {
      dropped++;
      continue;
    }
    const id = newId(rounds.map((existing) => existing.id), 'omgang');
    rounds.push({...round, id});
    added++;
  }
  return {state: {...state, rounds}, added, duplicates, dropped};
}

/** The saved round the current wheel is identical to (the latest such), if any: its date is the wheel's date. */
export function matchingRound(state: WheelState): Round | undefined {
  const current = JSON.stringify(state.areas.map((area) => ({...area, rating: ratingOf(state, area.id)})));
  return [...state.rounds]
    .reverse()
    .find((round) => JSON.stringify(round.areas.map((area) => ({...area, rating: round.ratings[area.id] ?? emptyRating}))) === current);
}

/** How "dit jag vill" relates to "hur det är nu". */
export type Gap =
  | {kind: 'unknown'}
  | {kind: 'up'; steps: number}
  | {kind: 'reached'}
  | {kind: 'down'; steps: number};

export function gapOf(rating: Pick<Rating, 'now' | 'wish'>): Gap {
  if (rating.now === null || rating.wish === null) return {kind: 'unknown'};
  if (rating.wish > rating.now) return {kind: 'up', steps: rating.wish - rating.now};
  if (rating.wish === rating.now) return {kind: 'reached'};
  return {kind: 'down', steps: rating.now - rating.wish};
}

/** A value in a table: the number, or "–" when it is not rated. */
export function valueText(value: number | null): string {
  return value === null ? '–' : String(value);
}

/** The gap in words, for tables and the printout. */
export function describeGap(gap: Gap): string {
  switch (gap.kind) {
    case 'unknown':
      return '–';
    case 'up':
      return `${gap.steps} steg upp`;
    case 'reached':
      return 'Där du vill vara';
    case 'down':
      return `Vill ha mindre (${gap.steps} steg ner)`;
  }
}
