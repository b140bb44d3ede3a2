import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import type {ExampleMetadata} from '@site/src/data/schemas';
import {resultKindLabels, targetGroupLabels} from '@site/src/data/exampleTaxonomy';
import {sourceById} from '@site/src/data/sourceLookup';
import {joinLabels} from '../MethodFacts/joinSwedish';
// The handbook's method catalogue, written by plugins/method-catalog at build: link texts for the methods.
import methodCatalog from '@generated/method-catalog/default/methods.json';
import styles from '@site/src/css/factbox.module.css';

function methodTitle(slug: string): string {
  const entry = methodCatalog.find((method) => method.permalink === `/metodhandbok/${slug}`);
  return entry?.title ?? slug;
}

/** Reads the page's `example:` front matter; the method-catalog plugin has validated it at build. */
export function useExampleMetadata(): ExampleMetadata {
  const {frontMatter, metadata} = useDoc();
  const example = (frontMatter as {example?: ExampleMetadata}).example;
  if (!example) throw new Error(`${metadata.source}: front matter saknar "example"`);
  return example;
}

/** The fact box from an example's metadata. */
export function ExampleFactsBox({example}: {example: ExampleMetadata}): ReactNode {
  return (
    <aside className={styles.box} aria-label="Kort om exemplet">
      <dl className={styles.facts}>
        <dt>Samordningsförbund</dt>
        <dd>
          {example.forbund} ({example.county})
        </dd>
        <dt>Period</dt>
        <dd>{example.period}</dd>
        <dt>Målgrupp</dt>
        <dd>{joinLabels(example.targetGroups.map((group) => targetGroupLabels[group]))}</dd>
        <dt>Slags resultat</dt>
        <dd>{joinLabels(example.resultKinds.map((kind) => resultKindLabels[kind]))}</dd>
        <dt>Metoder i handboken</dt>
        <dd>
          {example.methods.length === 0 ? (
            'Ingen av handbokens metoder'
          ) : (
            <ul className={styles.inlineList}>
              {example.methods.map((method) => (
                <li key={method}>
                  <Link to={`/metodhandbok/${method}`}>{methodTitle(method)}</Link>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Källa</dt>
        <dd>
          <Link to={`/kallor#${example.source}`}>{sourceById(example.source).title}</Link>
        </dd>
      </dl>
    </aside>
  );
}

/** The fact box at the top of a practice example, from its `example:` front matter. */
export default function ExampleFacts(): ReactNode {
  return <ExampleFactsBox example={useExampleMetadata()} />;
}
