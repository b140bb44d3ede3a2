import type {ExampleEntry} from '@site/src/data/schemas';
import {resultKinds, targetGroups, type ResultKind, type TargetGroup} from '@site/src/data/exampleTaxonomy';

export interface ExampleFilters {
  /** A handbook slug, or '' for all. */
  method: string;
  targetGroups: TargetGroup[];
  resultKinds: ResultKind[];
  /** A samordningsförbund's name, or '' for all. */
  forbund: string;
}

export const noExampleFilters: ExampleFilters = {method: '', targetGroups: [], resultKinds: [], forbund: ''};

function matchesAny<T>(selected: readonly T[], values: readonly T[]): boolean {
  return selected.length === 0 || selected.some((value) => values.includes(value));
}

/** Examples matching every chosen kind of filter; within target groups or result kinds, any choice matches. */
export function filterExamples(examples: readonly ExampleEntry[], filters: ExampleFilters): ExampleEntry[] {
  return examples.filter(
    (example) =>
      (filters.method === '' || example.methods.includes(filters.method)) &&
      matchesAny(filters.targetGroups, example.targetGroups) &&
      matchesAny(filters.resultKinds, example.resultKinds) &&
      (filters.forbund === '' || example.forbund === filters.forbund),
  );
}

/** The choices the filters offer: only methods and förbund that some example has, sorted in Swedish. */
export function filterOptions(examples: readonly ExampleEntry[]): {methods: string[]; forbund: string[]} {
  const collator = new Intl.Collator('sv');
  return {
    methods: [...new Set(examples.flatMap((example) => example.methods))].sort(collator.compare),
    forbund: [...new Set(examples.map((example) => example.forbund))].sort(collator.compare),
  };
}

/** Filters from the address (?metod=…&malgrupp=…&resultat=…&forbund=…); unknown values are ignored. */
export function exampleFiltersFromQuery(
  query: {metod: string; malgrupp: string[]; resultat: string[]; forbund: string},
  options: {methods: readonly string[]; forbund: readonly string[]},
): ExampleFilters {
  return {
    method: options.methods.includes(query.metod) ? query.metod : '',
    targetGroups: query.malgrupp.filter((value): value is TargetGroup => (targetGroups as string[]).includes(value)),
    resultKinds: query.resultat.filter((value): value is ResultKind => (resultKinds as string[]).includes(value)),
    forbund: options.forbund.includes(query.forbund) ? query.forbund : '',
  };
}
