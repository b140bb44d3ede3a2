import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useQueryStringList} from '@docusaurus/theme-common';
import type {MethodEntry} from '@site/src/data/schemas';
import {formatLabels, purposeLabels} from '@site/src/data/methodTaxonomy';
import {teamNames} from '@site/src/data/teams';
import {joinLabels, joinSwedish} from '@site/src/components/MethodFacts/joinSwedish';
import {filterMethods, filtersFromQuery} from './filterMethods';
import FilterCheckboxes, {toggled} from '@site/src/components/FilterCheckboxes';
// Written by plugins/method-catalog at build, from every method page's front matter.
import methodCatalog from '@generated/method-catalog/default/methods.json';
import styles from '@site/src/css/finder.module.css';

/**
 * Metodväljaren: filters the handbook's methods by purpose, form and team. The choice lives in the
 * address (?syfte=…&form=…&team=…), so a filtered list can be shared as a link. Without JavaScript
 * every method is listed. The methods are the handbook's catalogue unless a test passes others.
 */
export default function MethodFinder({methods = methodCatalog}: {methods?: readonly MethodEntry[]}): ReactNode {
  const [syfte, setSyfte] = useQueryStringList('syfte');
  const [form, setForm] = useQueryStringList('form');
  const [team, setTeam] = useQueryStringList('team');
  const filters = filtersFromQuery({syfte, form, team});
  const shown = filterMethods(methods, filters);
  const anyFilter = syfte.length + form.length + team.length > 0;

  return (
    <div className={styles.finder}>
      <form className={styles.filters} aria-label="Filtrera metoderna" onSubmit={(event) => event.preventDefault()}>
        <FilterCheckboxes legend="Syfte" name="syfte" options={purposeLabels} selected={filters.purposes} onToggle={(v) => setSyfte((old) => toggled(old, v))} />
        <FilterCheckboxes legend="Form" name="form" options={formatLabels} selected={filters.formats} onToggle={(v) => setForm((old) => toggled(old, v))} />
        <FilterCheckboxes legend="Team" name="team" options={teamNames} selected={filters.teams} onToggle={(v) => setTeam((old) => toggled(old, v))} />
        <button
          type="button"
          className="button button--secondary button--sm"
          disabled={!anyFilter}
          onClick={() => {
            setSyfte([]);
            setForm([]);
            setTeam([]);
          }}>
          Visa alla metoder
        </button>
      </form>
      <p className={styles.count} role="status" aria-live="polite">
        {shown.length === methods.length
          ? `Visar alla ${methods.length} metoder.`
          : shown.length === 0
            ? 'Ingen metod passar alla val. Ta bort något val för att se fler.'
            : `Visar ${shown.length} av ${methods.length} metoder.`}
      </p>
      <ul className={styles.results}>
        {shown.map((method) => (
          <li key={method.permalink} className={styles.card}>
            <h3 className={styles.title}>
              <Link to={method.permalink}>{method.title}</Link>
            </h3>
            <p>{method.what}</p>
            <dl className={styles.meta}>
              <dt>Syfte</dt>
              <dd>{joinLabels(method.purposes.map((p) => purposeLabels[p]))}</dd>
              <dt>Form</dt>
              <dd>{joinLabels(method.formats.map((f) => formatLabels[f]))}</dd>
              <dt>Team</dt>
              <dd>{joinSwedish(method.teams.map((t) => teamNames[t]))}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </div>
  );
}
