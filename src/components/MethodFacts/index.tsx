import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import type {MethodMetadata} from '@site/src/data/schemas';
import {formatLabels, purposeLabels} from '@site/src/data/methodTaxonomy';
import {teamName} from '@site/src/data/teams';
import {joinLabels} from './joinSwedish';
import {teamPagePermalink} from '../TeamFacts/pageTeam';
// Written by plugins/method-catalog at build: which practice examples use which method.
import examplesByMethod from '@generated/method-catalog/default/examplesByMethod.json';
import styles from '@site/src/css/factbox.module.css';

/**
 * The fact box itself, from a method's metadata. Its landmark is named after the method, so that the
 * boxes on the printed handbook (all methods on one page) can be told apart.
 */
export function MethodFactsBox({
  method,
  title,
  examples = [],
}: {
  method: MethodMetadata;
  /** The method page's title. */
  title: string;
  examples?: readonly {title: string; permalink: string}[];
}): ReactNode {
  return (
    <aside className={styles.box} aria-label={`Kort om metoden: ${title}`}>
      <dl className={styles.facts}>
        <dt>Vad</dt>
        <dd>{method.what}</dd>
        <dt>För vem</dt>
        <dd>{method.forWhom}</dd>
        <dt>Syfte</dt>
        <dd>{joinLabels(method.purposes.map((purpose) => purposeLabels[purpose]))}</dd>
        <dt>Form</dt>
        <dd>{joinLabels(method.formats.map((format) => formatLabels[format]))}</dd>
        <dt>Vem leder</dt>
        <dd>{method.leads}</dd>
        <dt>Team som använder metoden</dt>
        <dd>
          <ul className={styles.inlineList}>
            {method.teams.map((team) => (
              <li key={team}>
                <Link to={teamPagePermalink(team)}>{teamName(team)}</Link>
              </li>
            ))}
          </ul>
        </dd>
        {examples.length > 0 && (
          <>
            <dt>Exempel från praktiken</dt>
            <dd>
              <ul className={styles.inlineList}>
                {examples.map((example) => (
                  <li key={example.permalink}>
                    <Link to={example.permalink}>{example.title}</Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
    </aside>
  );
}

/**
 * The fact box at the top of a method page, built from the page's `method:` front matter.
 * The method-catalog plugin has validated that front matter when the site was built.
 */
export default function MethodFacts(): ReactNode {
  const {frontMatter, metadata} = useDoc();
  const method = (frontMatter as {method?: MethodMetadata}).method;
  if (!method) throw new Error(`${metadata.source}: front matter saknar "method"`);
  return <MethodFactsBox method={method} title={metadata.title} examples={examplesByMethod[metadata.permalink.replace(/\/$/, '')] ?? []} />;
}
