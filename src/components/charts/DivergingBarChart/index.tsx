import React, {type ReactNode} from 'react';
import {fillOf, gainStyle, lossStyle, percentOf} from '../series';
import ChartPattern from '../ChartPattern';
import styles from '../charts.module.css';

export interface SignedBarRow {
  label: string;
  value: number;
  /** The value as the reader should see it, e.g. "−80 000 kr". */
  display: string;
}

/**
 * Horizontal bars for values that can be negative: bars grow right from a zero line for gains and
 * left for losses. Losses are hatched as well as coloured, so colour is not the only difference.
 */
export default function DivergingBarChart({id, rows}: {id: string; rows: readonly SignedBarRow[]}): ReactNode {
  const min = Math.min(0, ...rows.map((row) => row.value));
  const max = Math.max(0, ...rows.map((row) => row.value));
  const x = (value: number) => percentOf(value, min, max === min ? min + 1 : max);
  const zero = x(0);
  const hatch = `${id}-forlust`;
  return (
    <div className={styles.bars}>
      <svg className={styles.defs} width="0" height="0" aria-hidden="true" focusable="false">
        <defs>
          <ChartPattern id={`${id}-vinst`} style={gainStyle} />
          <ChartPattern id={hatch} style={lossStyle} />
        </defs>
      </svg>
      {rows.map((row) => {
        const start = Math.min(zero, x(row.value));
        const width = Math.abs(x(row.value) - zero);
        return (
          <div key={row.label} className={styles.row}>
            <span className={styles.label}>{row.label}</span>
            <svg className={styles.bar} role="img" aria-label={`${row.label}: ${row.display}`} height={30}>
              <rect
                x={`${start}%`}
                width={`${width}%`}
                y={0}
                height={30}
                style={{fill: row.value < 0 ? fillOf(lossStyle, hatch) : fillOf(gainStyle, `${id}-vinst`)}}
              />
              <line x1={`${zero}%`} x2={`${zero}%`} y1={0} y2={30} style={{stroke: 'var(--ifm-font-color-base)', strokeWidth: 2}} />
            </svg>
            <span className={styles.total}>{row.display}</span>
          </div>
        );
      })}
    </div>
  );
}
