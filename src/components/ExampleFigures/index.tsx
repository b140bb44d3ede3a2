import React, {type ReactNode} from 'react';
import type {ExampleFigure} from '@site/src/data/schemas';
import {sourceById} from '@site/src/data/sourceLookup';
import {formatReportLines, formatWithUnit} from '@site/src/utils/format';
import {useExampleMetadata} from '../ExampleFacts';
import ScrollRegion from '../ScrollRegion';
import styles from './styles.module.css';


export function formatFigure(figure: ExampleFigure): string {
  return formatWithUnit(figure.value, figure.unit);
}

const headers = ['Vad', 'Värde', 'År', 'Källa'] as const;

/** An example's key figures as a table: what, how much, which year, where in the report. */
export function ExampleFiguresTable({figures, sourceTitle}: {figures: readonly ExampleFigure[]; sourceTitle: string}): ReactNode {
  if (figures.length === 0) return <p>Rapporten anger inga siffror om resultaten för det här exemplet.</p>;
  return (
    <ScrollRegion label="Tabell: siffror om exemplet" stack="medium">
      {/* role="table": on phones the rows are stacked with CSS (display: block), and some browsers then drop the table role. Rows and cells have no explicit roles: HTML forbids them inside a table with role="table" (W3C Nu Html Checker). */}
      <table className={styles.table} role="table">
        <caption className="sr-only">Siffror om exemplet, med år och källa</caption>
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
          {figures.map((figure) => (
            <tr key={figure.label}>
              <th scope="row">
                {figure.label}
                {figure.note && <span className={styles.note}> {figure.note}</span>}
              </th>
              <td data-label={headers[1]} className={styles.value}>
                {formatFigure(figure)}
              </td>
              <td data-label={headers[2]}>
                {figure.year}
              </td>
              <td data-label={headers[3]}>
                {sourceTitle}, {formatReportLines(figure.lines)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** The "Siffror" section of a practice example, from its front matter. */
export default function ExampleFigures(): ReactNode {
  const example = useExampleMetadata();
  return <ExampleFiguresTable figures={example.figures} sourceTitle={sourceById(example.source).title} />;
}
