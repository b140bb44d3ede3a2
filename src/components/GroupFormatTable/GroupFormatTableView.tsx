import React, {useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {GroupFormat} from '@site/src/data/schemas';
import {groupCategoryLabels, groupCategories, type GroupCategory} from '@site/src/data/groupCategories';
import {teamName, teamOrder, type TeamId} from '@site/src/data/teams';
import {sourceById} from '@site/src/data/sourceLookup';
import {initialTableState, nextSort, visibleFormats, type SortKey, type TableState} from './tableLogic';
import forms from '@site/src/css/forms.module.css';
import ScrollRegion from '../ScrollRegion';
import styles from './styles.module.css';

const notStated = 'Anges inte';

function SortableHeader({label, sortKey, state, onSort}: {label: string; sortKey: SortKey; state: TableState; onSort: (key: SortKey) => void}): ReactNode {
  const active = state.sortKey === sortKey;
  return (
    <th scope="col" aria-sort={active ? state.direction : 'none'}>
      <button type="button" className={styles.sortButton} onClick={() => onSort(sortKey)}>
        {label}
        <span aria-hidden="true" className={styles.sortIcon}>
          {active ? (state.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
        <span className="sr-only">{active ? (state.direction === 'ascending' ? ', sorterad A–Ö' : ', sorterad Ö–A') : ', klicka för att sortera'}</span>
      </button>
    </th>
  );
}

/** The group formats as a table that can be filtered by team and kind and sorted by column. */
export default function GroupFormatTableView({formats}: {formats: readonly GroupFormat[]}): ReactNode {
  const [state, setState] = useState<TableState>(initialTableState);
  const rows = visibleFormats(formats, state);
  const onSort = (key: SortKey) => setState((old) => nextSort(old, key));
  const teamsWithGroups = teamOrder.filter((team) => formats.some((format) => format.team === team));

  return (
    <div className={styles.wrapper}>
      <div className={styles.filters}>
        <label className={forms.field}>
          Team
          <select value={state.team} onChange={(event) => setState((old) => ({...old, team: event.target.value as TeamId | 'alla'}))}>
            <option value="alla">Alla team</option>
            {teamsWithGroups.map((team) => (
              <option key={team} value={team}>
                {teamName(team)}
              </option>
            ))}
          </select>
        </label>
        <label className={forms.field}>
          Slags grupp
          <select
            value={state.category}
            onChange={(event) => setState((old) => ({...old, category: event.target.value as GroupCategory | 'alla'}))}>
            <option value="alla">Alla slags grupper</option>
            {groupCategories.map((category) => (
              <option key={category} value={category}>
                {groupCategoryLabels[category]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p role="status" aria-live="polite" className={styles.count}>
        {rows.length === formats.length ? `Visar alla ${formats.length} grupper.` : `Visar ${rows.length} av ${formats.length} grupper.`}
      </p>
      <p className={styles.scrollHint}>Tabellen har tio kolumner. Svep eller skrolla i sidled för att se alla.</p>
      <ScrollRegion label="Tabell över gruppformat">
        <table className={styles.table}>
          <caption className="sr-only">Gruppformat i teamen, med syfte, storlek, när, hur ofta, längd, vem som leder och källa</caption>
          <thead>
            <tr>
              <SortableHeader label="Grupp" sortKey="name" state={state} onSort={onSort} />
              <SortableHeader label="Team" sortKey="team" state={state} onSort={onSort} />
              <SortableHeader label="Slag" sortKey="category" state={state} onSort={onSort} />
              <th scope="col">Syfte</th>
              <th scope="col">Storlek</th>
              <th scope="col">När</th>
              <th scope="col">Hur ofta</th>
              <th scope="col">Längd</th>
              <th scope="col">Leds av</th>
              <th scope="col">Källa</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((format) => {
              const source = sourceById(format.ref.source);
              return (
                <tr key={format.id}>
                  <th scope="row">{format.page ? <Link to={format.page}>{format.name}</Link> : format.name}</th>
                  <td>{teamName(format.team)}</td>
                  <td>{groupCategoryLabels[format.category]}</td>
                  <td>{format.purpose}</td>
                  <td>{format.size ?? notStated}</td>
                  <td>{format.period ?? notStated}</td>
                  <td>{format.frequency ?? notStated}</td>
                  <td>{format.length ?? notStated}</td>
                  <td>{format.leads ?? notStated}</td>
                  <td>
                    {source.title}, {format.year} ({format.ref.lines.replace(/L/g, 'rad ')})
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
