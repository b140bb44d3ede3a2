import React, {type ReactNode} from 'react';
import SourceList from '@site/src/components/SourceList';
import type {SourceId} from '@site/src/data/sources';
import styles from './styles.module.css';

/** The "Källor" section that ends every React page (Markdown pages write `## Källor` and use SourceList). */
export default function SourcesSection({ids, other}: {ids: readonly SourceId[]; other?: readonly string[]}): ReactNode {
  return (
    <section aria-labelledby="kallor" className={styles.section}>
      <h2 id="kallor">Källor</h2>
      <SourceList ids={ids} />
      {other && other.length > 0 && (
        <>
          <h3>Andra offentliga källor</h3>
          <ul>
            {other.map((source) => (
              <li key={source}>{source}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
