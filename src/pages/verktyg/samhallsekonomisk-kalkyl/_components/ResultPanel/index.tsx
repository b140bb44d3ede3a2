import React, {type ReactNode} from 'react';
import ChartFigure from '@site/src/components/charts/ChartFigure';
import DivergingBarChart from '@site/src/components/charts/DivergingBarChart';
import {actorIds, type CalculatorResult} from '@site/src/tools/kalkyl/calculate';
import {actorNames, headline, paybackText} from '@site/src/tools/kalkyl/summary';
import {formatMonthsShort, formatPercentValue, formatWholeKronor} from '@site/src/utils/format';
import {errorSummaryId} from '../ErrorSummary';
import {followLink} from '../goTo';
import styles from './styles.module.css';

/** Whole kronor with a real minus sign: "−80 000 kr" (never "−0 kr"). */
const kronor = formatWholeKronor;

interface Props {
  /** Null when there is no valid scenario yet (a shared link with a wrong value). */
  result: CalculatorResult | null;
  forecastYears: number;
  /** False while the form has errors: the result is the last valid one. */
  isCurrent: boolean;
  /** Where the user fixes the errors (the field, or the error summary), when there is no result. */
  errorsLink?: {href: string; text: string};
}

/** The heading the result bar's link goes to. */
export const resultHeadingId = 'resultat-rubrik';

/**
 * The answer: one sentence, the key figures, value per actor and the road to payback; or, with no
 * valid scenario, that there is none (nothing else in its place).
 */
export default function ResultPanel({result, forecastYears, isCurrent, errorsLink = {href: `#${errorSummaryId}`, text: 'Gå till felen'}}: Props): ReactNode {
  if (!result) {
    return (
      <section className={styles.result} aria-labelledby={resultHeadingId}>
        <h2 id={resultHeadingId} tabIndex={-1}>
          Resultat
        </h2>
        <div className={styles.none}>
          <p>Inget resultat visas förrän du har rättat felen i formuläret. Kalkylen visar inget annat exempel i stället.</p>
          <p className={styles.noneLink}>
            <a href={errorsLink.href} onClick={followLink}>
              {errorsLink.text}
            </a>
          </p>
        </div>
      </section>
    );
  }
  const figures: {term: string; value: string; note: string}[] = [
    {term: 'Kostnad för insatsen', value: kronor(result.totalCost), note: 'Antal deltagare gånger kostnaden per deltagare.'},
    {term: 'Värde för samhället per år', value: kronor(result.annualValue), note: 'Summan för alla aktörer nedan.'},
    {term: 'Lönsamhet efter ett år', value: kronor(result.profitYear1), note: 'Värdet under ett år minus hela kostnaden.'},
    {term: `Lönsamhet efter ${forecastYears} år`, value: kronor(result.profitForecast), note: 'En prognos: samma värde varje år.'},
    {
      term: 'Återbetalningstid',
      value: result.paybackMonths === null ? 'Betalar sig inte' : formatMonthsShort(result.paybackMonths),
      note: 'Hela månader tills värdet har täckt kostnaden.',
    },
    {
      term: 'Verkningsgrad',
      value: result.efficiency === null ? '–' : formatPercentValue(result.efficiency, 1),
      note: 'Andel av deltagarnas potential som frigörs under ett år.',
    },
    {
      term: 'Kostnad per verkningsgrad',
      value: result.costPerEfficiency === null ? '–' : kronor(result.costPerEfficiency),
      note: 'Kostnad per deltagare för varje procentenhet verkningsgrad.',
    },
  ];
  const actorRows = actorIds.map((actor) => ({label: actorNames[actor], value: result.byActor[actor], display: kronor(result.byActor[actor])}));
  const societyRow = {label: 'Samhället', value: result.annualValue, display: kronor(result.annualValue)};
  const gainers = actorIds.filter((actor) => result.byActor[actor] > 0.5).map((actor) => actorNames[actor].toLowerCase());
  const losers = actorIds.filter((actor) => result.byActor[actor] < -0.5).map((actor) => actorNames[actor].toLowerCase());
  const yearRows = result.cumulative.map((point) => ({
    label: point.year === 0 ? 'Start' : `Efter år ${point.year}`,
    value: point.value,
    display: kronor(point.value),
  }));
  return (
    <section className={styles.result} aria-labelledby={resultHeadingId}>
      <h2 id={resultHeadingId} tabIndex={-1}>
        Resultat
      </h2>
      {!isCurrent && (
        <p className={styles.stale}>
          Formuläret har fel. Resultatet gäller de senaste giltiga värdena.
        </p>
      )}
      {/* Not a live region: the result bar announces the sentence when the user pauses. */}
      <p id="resultat-mening" className={styles.headline}>
        {headline(result, forecastYears)}
      </p>
      <dl className={styles.figures}>
        {figures.map((figure) => (
          <div key={figure.term} className={styles.figure}>
            <dt>{figure.term}</dt>
            <dd>
              <span className={styles.value}>{figure.value}</span>
              <span className={styles.note}>{figure.note}</span>
            </dd>
          </div>
        ))}
      </dl>

      <ChartFigure
        id="varde-per-aktor"
        title="Värde per år för varje aktör"
        summary={
          <>
            {gainers.length > 0 ? `Vinner: ${gainers.join(', ')}. ` : 'Ingen aktör vinner. '}
            {losers.length > 0 ? `Förlorar: ${losers.join(', ')}. ` : ''}
            Samhället, summan av alla, får {kronor(result.annualValue)} per år. Förluster är streckade.
          </>
        }
        table={{
          headers: ['Aktör', 'Värde per år (kr)'],
          rows: [...actorRows, societyRow].map((row) => [row.label, Math.round(row.value)]),
        }}
        notes={['Värdet är aktörens pengar under tolv månader efter insatsen minus under tolv månader före. Beräknat med antagandena under ”Så räknar kalkylen”.']}>
        <DivergingBarChart id="varde-per-aktor" rows={[...actorRows, societyRow]} />
      </ChartFigure>

      <ChartFigure
        id="vagen-till-aterbetalning"
        title={`Vinst eller kvarvarande kostnad år för år, ${forecastYears} år framåt`}
        summary={`Vid start är hela kostnaden obetald. Insatsen ${paybackText(result)}.`}
        table={{headers: ['Tidpunkt', 'Värde minus kostnad (kr)'], rows: yearRows.map((row) => [row.label, Math.round(row.value)])}}
        notes={['Prognosen antar att värdet blir lika stort varje år som det första, som i Payoffs prognos på medellång sikt.']}>
        <DivergingBarChart id="vagen-till-aterbetalning" rows={yearRows} />
      </ChartFigure>
    </section>
  );
}
