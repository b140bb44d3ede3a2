import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {sourceById} from '@site/src/data/sourceLookup';
import type {SourceId} from '@site/src/data/sources';
import styles from './styles.module.css';

interface Props {
  /** The reports the page draws on, in the order they should be listed. */
  ids: readonly SourceId[];
}

/** The "Källor" list that ends every page: title, publisher and year of each report used. */
export default function SourceList({ids}: Props): ReactNode {
  return (
    <ul className={styles.list}>
      {ids.map((id) => {
        const source = sourceById(id);
        return (
          <li key={id}>
            <cite>{source.title}</cite>. {source.publisher}, {source.year}.{' '}
            <Link to={`/kallor#${source.id}`}>Mer om källan</Link>
          </li>
        );
      })}
    </ul>
  );
}
