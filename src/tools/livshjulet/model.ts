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
