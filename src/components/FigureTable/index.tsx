import React, {type ReactNode} from 'react';
import ScrollRegion from '../ScrollRegion';
import {formatNumber} from '@site/src/utils/format';
import styles from './styles.module.css';

export type FigureCell = string | number | null;

interface Props {
  caption: string;
  headers: readonly string[];
  /** The first cell of each row is its header; numbers are right-aligned; null shows as –. */
  rows: readonly (readonly FigureCell[])[];
  /** Rows we computed (sums): shown in italics, and their header says "beräknat". */
  derivedRows?: readonly number[];
}


function format(value: FigureCell): string {
  if (value === null) return '–';
  return typeof value === 'number' ? formatNumber(value) : value;
}

/**
 * A table of figures shown open on the page (not behind "Visa som tabell"). On phones each row is
 * stacked as a card with the column headers as labels, and it is still a table for screen readers.
 */
export default function FigureTable({caption, headers, rows, derivedRows = []}: Props): ReactNode {
  return (
    <ScrollRegion label={`Tabell: ${caption}`} stack="medium">
      {/* Explicit roles: stacked rows are display: block, and some browsers then drop the table semantics. */}
      <table className={styles.table} role="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            <tr key={rowIndex} className={derivedRows.includes(rowIndex) ? styles.derived : undefined}>
              {row.map((value, index) =>
                index === 0 ? (
                  <th key={index} scope="row">
                    {format(value)}
                  </th>
                ) : (
                  <td key={index} data-label={headers[index]} className={typeof value === 'number' ? styles.numeric : undefined}>
                    {format(value)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
