import type {GroupFormat} from '@site/src/data/schemas';
import {groupCategoryLabels, type GroupCategory} from '@site/src/data/groupCategories';
import {teamName, teamOrder, type TeamId} from '@site/src/data/teams';

export type SortKey = 'name' | 'team' | 'category';
export type SortDirection = 'ascending' | 'descending';

export interface TableState {
  team: TeamId | 'alla';
  category: GroupCategory | 'alla';
  sortKey: SortKey;
  direction: SortDirection;
}

export const initialTableState: TableState = {team: 'alla', category: 'alla', sortKey: 'team', direction: 'ascending'};

// Names the reports put in quotation marks (”onsdagsgruppen”) sort by their first letter.
const collator = new Intl.Collator('sv', {ignorePunctuation: true});

function sortValue(format: GroupFormat, key: SortKey): string {
  switch (key) {
    case 'name':
      return format.name;
    case 'team':
      // Teams sort in the order the site always lists them (`position` in src/data/teams/<id>.yaml).
      return String(teamOrder.indexOf(format.team)).padStart(2, '0') + teamName(format.team);
    case 'category':
      return groupCategoryLabels[format.category];
  }
}

/** The rows to show: filtered by team and category, sorted by the chosen column, then by name. */
export function visibleFormats(formats: readonly GroupFormat[], state: TableState): GroupFormat[] {
  const sign = state.direction === 'ascending' ? 1 : -1;
  return formats
    .filter((format) => state.team === 'alla' || format.team === state.team)
    .filter((format) => state.category === 'alla' || format.category === state.category)
    .sort(
      (a, b) =>
        sign * collator.compare(sortValue(a, state.sortKey), sortValue(b, state.sortKey)) ||
        collator.compare(a.name, b.name),
    );
}

/** Clicking a column's heading sorts by it; clicking it again reverses the order. */
export function nextSort(state: TableState, key: SortKey): TableState {
  if (state.sortKey === key) {
    return {...state, direction: state.direction === 'ascending' ? 'descending' : 'ascending'};
  }
  return {...state, sortKey: key, direction: 'ascending'};
}
