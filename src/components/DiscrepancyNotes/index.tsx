import React, {type ReactNode} from 'react';
import type {Discrepancy} from '@site/src/data/results/schema';
import {sourceById} from '@site/src/data/sourceLookup';
import {formatReportLines} from '@site/src/utils/format';
import styles from './styles.module.css';

/** Where a report contradicts itself: what it states and what we show. Never a silent fix. */
export default function DiscrepancyNotes({notes, title = 'Om siffrorna i rapporten'}: {notes: readonly Discrepancy[]; title?: string}): ReactNode {
  if (notes.length === 0) return null;
  return (
    <aside className={styles.box} aria-label={title}>
      <p className={styles.title}>{title}</p>
      <ul>
        {notes.map((note) => (
          <li key={`${note.field}-${note.text}`}>
            {note.text} <span className={styles.ref}>({sourceById(note.ref.source).title}, {formatReportLines(note.ref.lines)})</span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
