import React, {type ReactNode} from 'react';
import type {Discrepancy} from '@site/src/data/results/schema';
import {sourceById} from '@site/src/data/sourceLookup';
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
            {note.text} <span className={styles.ref}>({sourceById(note.ref.source).title}, rad {note.ref.lines.replace(/L/g, '')})</span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
