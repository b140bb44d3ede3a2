/**
 * The socio-economic chapter's content from src/data/payoff.ts: key figures explained, the worked
 * examples, Payoff's list as a table and chart, and the national comparison. No number is typed
 * here or in the page's prose; all come from the data file with their lines.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {payoffComparison, payoffKeyFigures, payoffList, payoffWorkedExamples, type StatedFigure} from '@site/src/data/payoff';
import ChartFigure from '../charts/ChartFigure';
import BarChart from '../charts/BarChart';
import {formatReportLines, formatWithUnit, unitNames} from '@site/src/utils/format';
import styles from './styles.module.css';


export function formatStated(figure: StatedFigure): string {
  return formatWithUnit(figure.value, figure.unit);
}

function FigureList({figures}: {figures: readonly {label: string; figure: StatedFigure}[]}): ReactNode {
  return (
    <dl className={styles.figures}>
      {figures.map(({label, figure}) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>
            <span className={styles.value}>{formatStated(figure)}</span> <span className={styles.ref}>({formatReportLines(figure.lines)})</span>
            {figure.note && <span className={styles.note}>{figure.note}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function PayoffKeyFigures(): ReactNode {
  return (
    <dl className={styles.definitions}>
      {payoffKeyFigures.map((keyFigure) => (
        <div key={keyFigure.id} id={`nyckeltal-${keyFigure.id}`}>
          <dt>{keyFigure.name}</dt>
          <dd>
            {keyFigure.explanation} <span className={styles.ref}>({formatReportLines(keyFigure.lines)})</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function PayoffWorkedExamples(): ReactNode {
  return (
    <div className={styles.examples}>
      {payoffWorkedExamples.map((example) => (
        <section key={example.id} className={styles.example} aria-labelledby={`rakneexempel-${example.id}`}>
          <h3 id={`rakneexempel-${example.id}`}>{example.title}</h3>
          <p>{example.explanation}</p>
          <FigureList figures={example.figures} />
        </section>
      ))}
    </div>
  );
}

/** Labels that every row of Payoff's list has a figure for: those can be charted side by side. */
export function commonLabels(): string[] {
  const first = payoffList[0]?.figures.map((figure) => figure.label) ?? [];
  return first.filter((label) => payoffList.every((row) => row.figures.some((figure) => figure.label === label)));
}

export function PayoffList(): ReactNode {
  const labels = [...new Set(payoffList.flatMap((row) => row.figures.map((figure) => figure.label)))];
  const charted = commonLabels()[0];
  const unitOf = (label: string) => payoffList.flatMap((row) => row.figures).find((figure) => figure.label === label)?.figure.unit;
  const table = {
    // Each figure's unit in its header, so that the CSV file can be read without the page.
    headers: ['Insats', 'Samordningsförbund', ...labels.map((label) => `${label}, ${unitNames[unitOf(label) ?? 'procent']}`), 'Vad rapporten säger om placeringen'],
    rows: payoffList.map((row) => [
      row.intervention,
      row.forbund,
      ...labels.map((label) => row.figures.find((figure) => figure.label === label)?.figure.value ?? null),
      row.placeInReport?.text ?? null,
    ]),
  };
  return (
    <>
      <ChartFigure
        id="payoffs-lista"
        title="Payoffs lista över insatser med fantastiska resultat"
        summary={`Payoffs lista över insatser i sin databas, i den ordning rapporten skriver dem${charted ? `, här visad med ${charted.toLowerCase()}` : ''}. Ordningen följer inget enskilt nyckeltal, och Payoff manar till försiktighet med rangordning. Siffrorna gäller åren före 2016 och är rapportens egna; exemplens sidor beskriver insatserna.`}
        table={table}
        notes={[
          `Källa: Exempel på insatser med fantastiska resultat (NNS 2016), kapitlet om det samhällsekonomiska perspektivet, ${formatReportLines('L518–L531')}.`,
          `Placeringar: rapporten anger bara att en tidigare, enkel studie av Payoff fann Arbetsmarknadstorget, Samordningsteam Sala och TUNA bäst och Balder på femte plats (${formatReportLines('L400')}). Övriga rader har ingen placering i rapporten.`,
        ]}>
        {charted && (
          <BarChart
            rows={payoffList.map((row) => {
              const figure = row.figures.find((candidate) => candidate.label === charted)!.figure;
              return {label: row.intervention, value: figure.value, display: formatStated(figure)};
            })}
          />
        )}
      </ChartFigure>
      <ul className={styles.links}>
        {payoffList
          .filter((row) => row.exampleSlug)
          .map((row) => (
            <li key={row.intervention}>
              <Link to={`/exempel/${row.exampleSlug}`}>Läs om {row.intervention}</Link>
            </li>
          ))}
      </ul>
    </>
  );
}

export function PayoffComparison(): ReactNode {
  return <FigureList figures={payoffComparison} />;
}
