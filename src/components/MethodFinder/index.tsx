import React, {type ReactNode} from 'react';
import {useQueryStringList} from '@docusaurus/theme-common';
import type {MethodEntry} from '@site/src/data/schemas';
import {formatLabels, purposeLabels} from '@site/src/data/methodTaxonomy';
import {teamName, teamNames} from '@site/src/data/teams';
import {joinLabels, joinSwedish} from '@site/src/components/MethodFacts/joinSwedish';
import {filterMethods, filtersFromQuery} from './filterMethods';
import FilterCheckboxes, {toggled} from '@site/src/components/FilterCheckboxes';
import FinderShell from '@site/src/components/FinderShell';
// Written by plugins/method-catalog at build, from every method page's front matter.
import methodCatalog from '@generated/method-catalog/default/methods.json';

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

  return (
    <FinderShell
      label="Filtrera metoderna"
      filters={
        <>
          <FilterCheckboxes legend="Syfte" name="syfte" options={purposeLabels} selected={filters.purposes} onToggle={(v) => setSyfte((old) => toggled(old, v))} />
          <FilterCheckboxes legend="Form" name="form" options={formatLabels} selected={filters.formats} onToggle={(v) => setForm((old) => toggled(old, v))} />
          <FilterCheckboxes legend="Team" name="team" options={teamNames} selected={filters.teams} onToggle={(v) => setTeam((old) => toggled(old, v))} />
        </>
      }
      clearLabel="Visa alla metoder"
      anyFilter={syfte.length + form.length + team.length > 0}
      onClear={() => {
        setSyfte([]);
        setForm([]);
        setTeam([]);
      }}
      total={methods.length}
      words={{plural: 'metoder', none: 'Ingen metod'}}
      cards={shown.map((method) => ({
        href: method.permalink,
        title: method.title,
        text: method.what,
        facts: [
          {term: 'Syfte', value: joinLabels(method.purposes.map((p) => purposeLabels[p]))},
          {term: 'Form', value: joinLabels(method.formats.map((f) => formatLabels[f]))},
          {term: 'Team', value: joinSwedish(method.teams.map((t) => teamName(t)))},
        ],
      }))}
    />
  );
}
