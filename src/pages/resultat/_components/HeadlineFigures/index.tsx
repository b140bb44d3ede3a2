import React, {type ReactNode} from 'react';
import type {CountyYear, TeamYear} from '@site/src/data/results/schema';
import {countyTotals, share} from '@site/src/data/results/derive';
import {formatInteger, formatNumber, formatReportLines} from '@site/src/utils/format';
import {countInWords} from '@site/src/utils/numberWords';
import styles from './styles.module.css';

interface Figure {
  label: string;
  value: string;
  explanation: string;
  /** "Källa: …" for a stated figure, "Beräknat: …" for one we computed. */
  origin: string;
  derived: boolean;
}

/**
 * The figures a politician needs first, for the county in the year of `county`, each with what it
 * means and where it comes from. `teams` may hold other years' rows; only the county's year counts.
 */
export function headlineFigures(allTeams: readonly TeamYear[], county: CountyYear): Figure[] {
  const teams = allTeams.filter((row) => row.year === county.year);
  const totals = countyTotals(teams, county);
  const howMany = countInWords(teams.length);
  const report = `årsrapporten ${county.year}`;
  const checked = (computed: number, stated: number) =>
    computed === stated ? 'Summan av teamens tabeller blir densamma.' : `Summan av teamens tabeller blir ${formatInteger(computed)}.`;
  const greenShare = share(totals.green, totals.ended);
  const medicalShare = share(totals.endReasons.medicalRehab, totals.ended);
  return [
    {
      label: 'Deltagare',
      value: formatInteger(county.participants.value),
      explanation: `Personer som de ${howMany} teamen arbetade med under året, nya och tidigare inskrivna.`,
      origin: `Källa: ${report}, ${formatReportLines(county.participants.ref.lines)}. ${checked(totals.participants, county.participants.value)}`,
      derived: false,
    },
    {
      label: 'Nya deltagare',
      value: formatInteger(totals.new),
      explanation: 'Personer som skrevs in under året.',
      origin: `Beräknat: summan av de ${howMany} teamens tabeller.`,
      derived: true,
    },
    {
      label: 'Avslutade',
      value: formatInteger(county.ended.value),
      explanation: 'Personer som lämnade teamet under året, oavsett vart de gick vidare.',
      origin: `Källa: ${report}, ${formatReportLines(county.ended.ref.lines)}. ${checked(totals.ended, county.ended.value)}`,
      derived: false,
    },
    {
      label: 'Avslutade till gröna mål',
      value: `${formatInteger(totals.green)} (${greenShare === null ? '–' : formatNumber(greenShare * 100)} %)`,
      explanation: 'Gick till arbete eller studier, söker arbete aktivt eller fortsätter i annan aktiv rehabilitering utan teamets stöd.',
      origin: `Beräknat: summan av teamens tabeller, andel av de avslutade.${county.greenGoals ? ` ${county.greenGoals.text}` : ''}`,
      derived: true,
    },
    {
      label: 'Avslutade till medicinsk rehabilitering',
      value: `${formatInteger(totals.endReasons.medicalRehab)} (${medicalShare === null ? '–' : formatNumber(medicalShare * 100)} %)`,
      explanation: 'Behöver vård och behandling först. Ofta rätt steg för personen, men inte ett grönt mål.',
      origin: 'Beräknat: summan av teamens tabeller, andel av de avslutade.',
      derived: true,
    },
    {
      label: 'Använda medel',
      value: `${formatInteger(county.funds.usedTkr)} tkr`,
      explanation: `Pengar från samordningsförbundet som teamen använde, av ${formatInteger(county.funds.grantedTkr)} tkr som beviljades.`,
      origin: `Källa: ${report}, ${formatReportLines(county.funds.ref.lines)}. Kommunernas egen medfinansiering ingår inte.`,
      derived: false,
    },
  ];
}

export default function HeadlineFigures({teams, county}: {teams: readonly TeamYear[]; county: CountyYear}): ReactNode {
  return (
    <dl className={styles.figures}>
      {headlineFigures(teams, county).map((figure) => (
        <div key={figure.label} className={styles.figure}>
          <dt>
            {figure.label}
            {figure.derived && <span className={styles.badge}>beräknat</span>}
          </dt>
          <dd className={styles.value}>{figure.value}</dd>
          <dd className={styles.explanation}>{figure.explanation}</dd>
          <dd className={styles.origin}>{figure.origin}</dd>
        </div>
      ))}
    </dl>
  );
}
