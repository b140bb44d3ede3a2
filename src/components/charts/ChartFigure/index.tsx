import React, {type ReactNode} from 'react';
import {csvDataUri, tableCsv, type CsvCell} from '@site/src/utils/csv';
import SeriesSwatch from '../SeriesSwatch';
import ScrollRegion from '../../ScrollRegion';
import {formatNumber} from '@site/src/utils/format';
import styles from './styles.module.css';

export interface DataTable {
  headers: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}

interface Props {
  /** Unique on the page: pattern ids and the CSV file's name. */
  id: string;
  title: string;
  /** What the chart shows, in one or two sentences: the text alternative. */
  summary: ReactNode;
  /** Series names for the legend (stacked charts). */
  legend?: readonly string[];
  /** The same figures as the chart, as a table and as the CSV download. */
  table: DataTable;
  /** Footnotes: sources, units, what is computed, what the report contradicts. Text, because the CSV file carries them too. */
  notes?: readonly string[];
  children: ReactNode;
}

function formatCell(value: CsvCell): string {
  if (value === null) return '–';
  return typeof value === 'number' ? formatNumber(value, 2) : value;
}

/**
 * A chart with everything around it: heading, text summary, legend, the chart, footnotes, the
 * figures as a table one click away, and a CSV download. Rendered when the site is built.
 */
export default function ChartFigure({id, title, summary, legend, table, notes, children}: Props): ReactNode {
  const headingId = `${id}-rubrik`;
  return (
    <figure className={styles.figure} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.title}>
        {title}
      </h3>
      <p className={styles.summary}>{summary}</p>
      {legend && (
        <ul className={styles.legend} aria-label="Förklaring">
          {legend.map((name, index) => (
            <li key={name}>
              <SeriesSwatch chartId={id} index={index} />
              {name}
            </li>
          ))}
        </ul>
      )}
      {children}
      {notes && notes.length > 0 && (
        <ol className={styles.notes} aria-label="Fotnoter">
          {notes.map((note, index) => (
            <li key={index}>{note}</li>
          ))}
        </ol>
      )}
      <details className={styles.details}>
        <summary>Visa siffrorna som tabell</summary>
        <ScrollRegion label={`Tabell: ${title}`} stack="medium">
          {/* role="table": on phones the rows are stacked with CSS (display: block), and some browsers then drop the table role. Rows and cells have no explicit roles: HTML forbids them inside a table with role="table" (W3C Nu Html Checker). */}
          <table className={styles.table} role="table">
            <caption>{title}</caption>
            <thead>
              <tr>
                {table.headers.map((header, index) => (
                  <th key={header} scope="col" className={index > 0 ? styles.numeric : undefined}>
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={String(row[0])}>
                  {row.map((value, index) =>
                    index === 0 ? (
                      <th key={index} scope="row">
                        {formatCell(value)}
                      </th>
                    ) : (
                      <td
                        key={index}
                        data-label={table.headers[index]}
                        className={typeof value === 'number' ? styles.numeric : undefined}>
                        {formatCell(value)}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </details>
      <p className={styles.download}>
        <a href={csvDataUri(tableCsv({title, headers: table.headers, rows: table.rows, notes}))} download={`${id}.csv`}>
          Ladda ner data ({title}) som CSV
        </a>
      </p>
    </figure>
  );
}
