import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {TeamId} from '@site/src/data/teams';
import {periodResultsOf, teamYearsOf} from '@site/src/data/results';
import {greenCount, share} from '@site/src/data/results/derive';
import {EndReasonsFigure, ReferralsFigure} from '../ResultCharts';
import PeriodResult from '../PeriodResult';
import DiscrepancyNotes from '../DiscrepancyNotes';
import ResultsOverTime from '../ResultsOverTime';
import {formatNumber} from '@site/src/utils/format';
import {useTeam} from '../TeamFacts/pageTeam';
import styles from './styles.module.css';

/**
 * A team's results on its own page: the newest year of the county reports, the change over time when
 * there are two or more years, and earlier periods in the reports' own terms.
 */
/** The team is the page's `team:` unless given. */
export default function TeamResults(props: {team?: TeamId}): ReactNode {
  const team = useTeam(props.team, 'TeamResults');
  const years = teamYearsOf(team);
  // Newest first (src/data/results/load.ts).
  const result = years[0];
  const periods = periodResultsOf(team);
  return (
    <div>
      {result && (
        <>
          <dl className={styles.headline}>
            <div>
              <dt>Deltagare {result.year}</dt>
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
                {greenCount(result)} ({formatNumber((share(greenCount(result), result.endReasons.ended) ?? 0) * 100)} %)
              </dd>
            </div>
          </dl>
          <EndReasonsFigure year={result.year} teams={[result]} idPrefix={`${team}-`} />
          <ReferralsFigure year={result.year} teams={[result]} idPrefix={`${team}-`} />
          <DiscrepancyNotes notes={result.discrepancies} title={`Om siffrorna för ${result.year} i rapporten`} />
          <ResultsOverTime team={team} rows={years} />
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
