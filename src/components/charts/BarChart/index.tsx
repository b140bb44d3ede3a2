import React, {type ReactNode} from 'react';
import {gainStyle, percentOf} from '../series';
import styles from '../charts.module.css';

export interface BarRow {
  label: string;
  value: number;
  /** The value as the reader should see it, e.g. "45 200 kr". */
  display: string;
}

/** Horizontal bars for one measure per row; the value is written at the end of each bar. */
export default function BarChart({rows}: {rows: readonly BarRow[]}): ReactNode {
  const max = Math.max(1, ...rows.map((row) => row.value));
  return (
    <div className={styles.bars}>
      {rows.map((row) => (
        <div key={row.label} className={styles.row}>
          <span className={styles.label}>{row.label}</span>
          <svg className={styles.bar} role="img" aria-label={`${row.label}: ${row.display}`} height={30}>
            <rect x={0} width={`${percentOf(row.value, 0, max)}%`} y={0} height={30} style={{fill: `var(--chart-${gainStyle.colour})`}} />
          </svg>
          <span className={styles.total}>{row.display}</span>
        </div>
      ))}
    </div>
  );
}
