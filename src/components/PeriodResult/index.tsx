import React, {type ReactNode} from 'react';
import type {PeriodResult as PeriodResultData} from '@site/src/data/results/schema';
import {sourceById} from '@site/src/data/sourceLookup';
import {teamName} from '@site/src/data/teams';
import {share} from '@site/src/data/results/derive';
import {formatNumber, formatReportLines, formatWithUnit} from '@site/src/utils/format';
import ChartFigure from '../charts/ChartFigure';
import StackedBarChart from '../charts/StackedBarChart';
import DiscrepancyNotes from '../DiscrepancyNotes';
import styles from './styles.module.css';


/**
 * The end reasons as a table that stands alone: the total of those who ended first (the report's
 * rows say "varav", of those), then each reason.
 */
export function periodTable(result: PeriodResultData): {headers: string[]; rows: (string | number)[][]} {
  const positive = result.endReasons.rows.filter((row) => row.positive).reduce((sum, row) => sum + row.count, 0);
  return {
    headers: ['Avslutsorsak', 'Antal personer', 'Räknas som positivt avslut'],
    rows: [
      ['Avslutade under perioden, totalt', result.endReasons.ended, `${positive} av dem (beräknat)`],
      ...result.endReasons.rows.map((row) => [row.label, row.count, row.positive ? 'ja' : 'nej']),
    ],
  };
}

/** A report's results in its own terms: its definition of a positive outcome, end reasons and key figures. */
export default function PeriodResult({result}: {result: PeriodResultData}): ReactNode {
  const source = sourceById(result.endReasons.ref.source);
  const positive = result.endReasons.rows.filter((row) => row.positive).reduce((sum, row) => sum + row.count, 0);
  const positiveShare = share(positive, result.endReasons.ended);
  // Where the report states the share itself, show it as stated; only a share we compute is "beräknat".
  const statedShare = result.keyFigures.find((figure) => figure.label === result.positiveDefinition.statedShare);
  const shareText = statedShare
    ? ` (enligt rapporten ${formatNumber(statedShare.value)} %, ${formatReportLines(statedShare.ref.lines)})`
    : positiveShare === null
      ? ''
      : ` (beräknat: ${formatNumber(positiveShare * 100)} %)`;
  const id = `resultat-${result.id}`;
  return (
    <section className={styles.section} aria-labelledby={`${id}-rubrik-sektion`}>
      <h3 id={`${id}-rubrik-sektion`}>
        {teamName(result.team)}, {result.period}
      </h3>
      <p>
        <strong>Så definierar rapporten ett positivt avslut:</strong> {result.positiveDefinition.text}
      </p>
      <ChartFigure
        id={id}
        title={`Avslutade deltagare efter avslutsorsak, ${result.period}`}
        summary={`Rapporten räknar ${positive} av ${result.endReasons.ended} avslutade som positiva avslut enligt sin egen definition${shareText}. Kategorierna är rapportens egna och kan inte jämföras direkt med 2024.`}
        legend={result.endReasons.rows.map((row) => `${row.label}${row.positive ? ' (positivt)' : ''}`)}
        table={periodTable(result)}
        notes={[
          `${teamName(result.team)}, ${result.period.toLowerCase()}. Rapportens egna kategorier. ”Varav” avser de avslutade under perioden, första raden.`,
          `Källa: ${source.title}, ${formatReportLines(result.endReasons.ref.lines)}.`,
        ]}>
        <StackedBarChart
          id={id}
          series={result.endReasons.rows.map((row) => row.label)}
          rows={[{label: teamName(result.team), values: result.endReasons.rows.map((row) => row.count)}]}
          unit="personer"
        />
      </ChartFigure>
      {result.keyFigures.length > 0 && (
        <dl className={styles.figures}>
          {result.keyFigures.map((figure) => (
            <div key={figure.label}>
              <dt>{figure.label}</dt>
              <dd>
                {formatWithUnit(figure.value, figure.unit)}{' '}
                <span className={styles.ref}>({formatReportLines(figure.ref.lines)})</span>
              </dd>
            </div>
          ))}
        </dl>
      )}
      <DiscrepancyNotes notes={result.discrepancies} title={`Om siffrorna för ${teamName(result.team)}, ${result.period.toLowerCase()}, i rapporten`} />
    </section>
  );
}
