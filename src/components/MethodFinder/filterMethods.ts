import type {MethodEntry} from '@site/src/data/schemas';
import {formats, purposes, type Format, type Purpose} from '@site/src/data/methodTaxonomy';
import {teamOrder, type TeamId} from '@site/src/data/teams';

export interface MethodFilters {
  purposes: Purpose[];
  formats: Format[];
  teams: TeamId[];
}

export const noFilters: MethodFilters = {purposes: [], formats: [], teams: []};

function matchesAny<T>(selected: readonly T[], values: readonly T[]): boolean {
  return selected.length === 0 || selected.some((value) => values.includes(value));
}

/**
 * The methods that match the filters: within one kind of filter any chosen value matches
 * (hälsa OR arbete); between kinds all must match (hälsa AND i grupp AND Sala).
 */
export function filterMethods(methods: readonly MethodEntry[], filters: MethodFilters): MethodEntry[] {
  return methods.filter(
    (method) =>
      matchesAny(filters.purposes, method.purposes) &&
      matchesAny(filters.formats, method.formats) &&
      matchesAny(filters.teams, method.teams),
  );
}

function known<T extends string>(allowed: readonly T[], values: readonly string[]): T[] {
  return values.filter((value): value is T => (allowed as readonly string[]).includes(value));
}

/** Filters from the address bar (?syfte=halsa&form=grupp&team=sala); unknown values are ignored. */
export function filtersFromQuery(query: {syfte: string[]; form: string[]; team: string[]}): MethodFilters {
  return {
    purposes: known(purposes, query.syfte),
    formats: known(formats, query.form),
    teams: known(teamOrder, query.team),
  };
}
