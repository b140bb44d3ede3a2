import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {TeamId} from '@site/src/data/teams';
import {periodResultsOf, result2024Of} from '@site/src/data/results';
import {greenCount, share} from '@site/src/data/results/derive';
import {EndReasonsFigure, ReferralsFigure} from '../ResultCharts';
import PeriodResult from '../PeriodResult';
import DiscrepancyNotes from '../DiscrepancyNotes';
import {useTeam} from '../TeamFacts/pageTeam';
import styles from './styles.module.css';

const numberFormat = new Intl.NumberFormat('sv-SE', {maximumFractionDigits: 1});

/** A team's results on its own page (the page's `team:` unless given): 2024 from the annual report, and earlier periods in their own terms. */
export default function TeamResults(props: {team?: TeamId}): ReactNode {
  const team = useTeam(props.team, 'TeamResults');
  const result = result2024Of(team);
  const periods = periodResultsOf(team);
  return (
    <div>
      {result && (
        <>
          <dl className={styles.headline}>
            <div>
              <dt>Deltagare 2024</dt>
              <dd>{result.participants.total}</dd>
            </div>
            <div>
              <dt>Varav nya</dt>
              <dd>{result.participants.new}</dd>
            </div>
            <div>
              <dt>Avslutade</dt>
              <dd>{result.endReasons.ended}</dd>
            </div>
            <div>
              <dt>Avslutade till gröna mål (beräknat)</dt>
              <dd>
                {greenCount(result)} ({numberFormat.format((share(greenCount(result), result.endReasons.ended) ?? 0) * 100)} %)
              </dd>
            </div>
          </dl>
          <EndReasonsFigure teams={[result]} idPrefix={`${team}-`} />
          <ReferralsFigure teams={[result]} idPrefix={`${team}-`} />
          <DiscrepancyNotes notes={result.discrepancies} title={`Om siffrorna för ${result.year} i rapporten`} />
        </>
      )}
      {periods.map((period) => (
        <PeriodResult key={period.id} result={period} />
      ))}
      <p>
        Alla teams resultat och hur siffrorna ska läsas finns under <Link to="/resultat">Resultat</Link>.
      </p>
    </div>
  );
}
