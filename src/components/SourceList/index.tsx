import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {sourceById} from '@site/src/data/sourceLookup';
import type {SourceId} from '@site/src/data/sources';
import styles from './styles.module.css';

interface Props {
  /** The reports the page draws on, in the order they should be listed. */
  ids: readonly SourceId[];
  /** Where in each report, e.g. {'arsrapport-2024': 'avsnitt 7.2 och 11.3'}. */
  details?: Partial<Record<SourceId, string>>;
}

/** The "Källor" list that ends every page: title, publisher and year of each report used, and where in it. */
export default function SourceList({ids, details = {}}: Props): ReactNode {
  return (
    <ul className={styles.list}>
      {ids.map((id) => {
        const source = sourceById(id);
        const where = details[id];
        return (
          <li key={id}>
            <cite>{source.title}</cite>. {source.publisher}, {source.year}.{where && ` Se ${where}.`}{' '}
            <Link to={`/kallor#${source.id}`}>Mer om källan</Link>
          </li>
        );
      })}
    </ul>
  );
}
