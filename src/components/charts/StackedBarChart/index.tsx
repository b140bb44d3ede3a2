import React, {type ReactNode} from 'react';
import {fillFor, percentOf} from '../series';
import {SeriesPattern} from '../SeriesSwatch';
import {formatNumber} from '@site/src/utils/format';
import styles from '../charts.module.css';
import {stackSegments} from './segments';

export interface StackedRow {
  label: string;
  /** One value per series, in the order of `series`. */
  values: readonly number[];
  /** Shown after the bar's total, e.g. "beräknat" when the sum is ours and not the report's. */
  totalNote?: string;
}

interface Props {
  /** Unique on the page; used for pattern ids. */
  id: string;
  series: readonly string[];
  rows: readonly StackedRow[];
  /** Unit for the screen-reader text of each bar, e.g. "personer". */
  unit: string;
}

/** Segments narrower than this share of the axis get no number inside (the table has them all). */
const minLabelShare = 0.09;

/**
 * Horizontal stacked bars, one per row. Geometry as percentages of the longest bar, so
 * the SVG is rendered when the site is built and scales to any width with readable text.
 */
export default function StackedBarChart({id, series, rows, unit}: Props): ReactNode {
  const max = Math.max(1, ...rows.map((row) => row.values.reduce((sum, value) => sum + value, 0)));
  const x = (value: number) => percentOf(value, 0, max);

  return (
    <div className={styles.bars}>
      <svg width={0} height={0} aria-hidden="true" focusable="false" className={styles.defs}>
        <defs>
          {series.map((_, index) => (
            <SeriesPattern key={index} chartId={id} index={index} />
          ))}
        </defs>
      </svg>
      {rows.map((row) => {
        const total = row.values.reduce((sum, value) => sum + value, 0);
        const segments = stackSegments(series.map((_, index) => row.values[index] ?? 0));
        const description = `${row.label}: ${series.map((name, index) => `${name} ${formatNumber(row.values[index] ?? 0, 2)}`).join(', ')} ${unit}${row.totalNote ? `, summa ${formatNumber(total, 2)} (${row.totalNote})` : ''}`;
        return (
          <div key={row.label} className={styles.row}>
            <span className={styles.label}>{row.label}</span>
            <svg className={styles.bar} role="img" aria-label={description} height={30}>
              {segments.map(({start, end}, seriesIndex) => {
                const value = end - start;
                if (value <= 0) return null;
                return (
                  <g key={seriesIndex}>
                    <rect
                      x={`${x(start)}%`}
                      width={`${x(end) - x(start)}%`}
                      y={0}
                      height={30}
                      style={{fill: fillFor(id, seriesIndex), stroke: 'var(--ifm-background-surface-color)'}}
                      strokeWidth={1.5}
                    />
                    {value / max >= minLabelShare && (
                      <text x={`${x(start + value / 2)}%`} y={20} textAnchor="middle" className={styles.segmentValue}>
                        {formatNumber(value, 2)}
                      </text>
                    )}
                  </g>
                );
              })}
            </svg>
            <span className={styles.total}>
              {formatNumber(total, 2)}
              {row.totalNote && <span className={styles.totalNote}> {row.totalNote}</span>}
            </span>
          </div>
        );
      })}
    </div>
  );
}
