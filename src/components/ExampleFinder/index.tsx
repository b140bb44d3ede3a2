import React, {type ReactNode} from 'react';
import {useQueryString, useQueryStringList} from '@docusaurus/theme-common';
import type {ExampleEntry, MethodEntry} from '@site/src/data/schemas';
import {resultKindLabels, targetGroupLabels} from '@site/src/data/exampleTaxonomy';
import {joinLabels} from '../MethodFacts/joinSwedish';
import {exampleFiltersFromQuery, filterExamples, filterOptions} from './filterExamples';
import FilterCheckboxes, {toggled} from '@site/src/components/FilterCheckboxes';
import FinderShell from '@site/src/components/FinderShell';
import forms from '@site/src/css/forms.module.css';
// Written by plugins/method-catalog at build, from the examples' and methods' front matter.
import exampleCatalog from '@generated/method-catalog/default/examples.json';
import methodCatalog from '@generated/method-catalog/default/methods.json';
import styles from './styles.module.css';

interface Props {
  /** The site's catalogue unless a test passes others. */
  examples?: readonly ExampleEntry[];
  /** The handbook's methods, for the names in the method filter. */
  methods?: readonly MethodEntry[];
}

/**
 * The overview of practice examples, filtered by method, target group, kind of result and
 * samordningsförbund. The choice lives in the address so it can be shared; without JavaScript
 * every example is listed.
 */
export default function ExampleFinder({examples = exampleCatalog, methods = methodCatalog}: Props): ReactNode {
  const [metod, setMetod] = useQueryString('metod');
  const [forbund, setForbund] = useQueryString('forbund');
  const [malgrupp, setMalgrupp] = useQueryStringList('malgrupp');
  const [resultat, setResultat] = useQueryStringList('resultat');
  const options = filterOptions(examples);
  const filters = exampleFiltersFromQuery({metod, malgrupp, resultat, forbund}, options);
  const shown = filterExamples(examples, filters);
  const titleOf = (slug: string) => methods.find((method) => method.permalink === `/metodhandbok/${slug}`)?.title ?? slug;
  const usedTargetGroups = Object.fromEntries(
    Object.entries(targetGroupLabels).filter(([key]) => examples.some((example) => example.targetGroups.includes(key as never))),
  );

  return (
    <FinderShell
      label="Filtrera exemplen"
      filters={
        <>
          <div className={styles.selects}>
            <label className={forms.field}>
              Metod
              <select value={filters.method} onChange={(event) => setMetod(event.target.value || null)}>
                <option value="">Alla metoder</option>
                {options.methods.map((slug) => (
                  <option key={slug} value={slug}>
                    {titleOf(slug)}
                  </option>
                ))}
              </select>
            </label>
            <label className={forms.field}>
              Samordningsförbund
              <select value={filters.forbund} onChange={(event) => setForbund(event.target.value || null)}>
                <option value="">Alla förbund</option>
                {options.forbund.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <FilterCheckboxes legend="Slags resultat" name="resultat" options={resultKindLabels} selected={filters.resultKinds} onToggle={(v) => setResultat((old) => toggled(old, v))} />
          <FilterCheckboxes legend="Målgrupp" name="malgrupp" options={usedTargetGroups} selected={filters.targetGroups} onToggle={(v) => setMalgrupp((old) => toggled(old, v))} />
        </>
      }
      clearLabel="Visa alla exempel"
      anyFilter={Boolean(filters.method || filters.forbund || filters.targetGroups.length || filters.resultKinds.length)}
      onClear={() => {
        setMetod(null);
        setForbund(null);
        setMalgrupp([]);
        setResultat([]);
      }}
      total={examples.length}
      words={{plural: 'exempel', none: 'Inget exempel'}}
      cards={shown.map((example) => ({
        href: example.permalink,
        title: example.title,
        text: example.description,
        facts: [
          {term: 'Förbund', value: example.forbund},
          {term: 'Period', value: example.period},
          {term: 'Resultat', value: joinLabels(example.resultKinds.map((kind) => resultKindLabels[kind]))},
          {term: 'Målgrupp', value: joinLabels(example.targetGroups.map((group) => targetGroupLabels[group]))},
          ...(example.methods.length > 0 ? [{term: 'Metoder', value: example.methods.map(titleOf).join(', ')}] : []),
        ],
      }))}
    />
  );
}
