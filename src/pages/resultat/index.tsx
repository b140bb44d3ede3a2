import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useQueryString} from '@docusaurus/theme-common';
import SitePage from '@site/src/components/SitePage';
import BoardFigures from '@site/src/components/BoardFigures';
import DiscrepancyNotes from '@site/src/components/DiscrepancyNotes';
import PeriodResult from '@site/src/components/PeriodResult';
import ResultsOverTime from '@site/src/components/ResultsOverTime';
import {teamsWithSeveralYears} from '@site/src/components/ResultsOverTime/overTimeData';
import {CostFigure, EndReasonsFigure, ParticipantsFigure, ReferralsFigure, StaffingFigure} from '@site/src/components/ResultCharts';
import {countyYears, latestCountyYear, periodResults, teamYears} from '@site/src/data/results';
import {teamName, teamOrder, type TeamId} from '@site/src/data/teams';
import HeadlineFigures from './_components/HeadlineFigures';
import {resultYearOptions, selectResults} from './_components/selectResults';
import {countInWords} from '@site/src/utils/numberWords';
import ReadingGuide from './_reading-guide.mdx';
import forms from '@site/src/css/forms.module.css';
import styles from './styles.module.css';

export default function ResultsPage(): ReactNode {
  const [teamParam, setTeam] = useQueryString('team');
  const [yearParam, setYear] = useQueryString('ar');
  const selection = selectResults({team: teamParam, year: yearParam}, {countyYears, teamYears, periods: periodResults});
  const yearOptions = resultYearOptions(countyYears, periodResults);
  // Change over time: every team with two or more years (or the chosen team), when no single year is chosen.
  const overTime = selection.year === 'alla' ? teamsWithSeveralYears(teamYears).filter((id) => selection.team === 'alla' || id === selection.team) : [];

  return (
    <SitePage
      title="Resultat"
      description="Vad som hände med deltagarna i samordningsteamen, vad teamen kostade och hur siffrorna ska läsas."
      lead={
        <p>
          Vad hände med deltagarna i samordningsteamen, och vad kostade teamen? Sidan är skriven för dig som är politiker
          eller sitter i en styrelse eller styrgrupp. Läs också <a href="#sa-las-du-siffrorna">hur siffrorna ska läsas</a>{' '}
          – och jämför inte teamen med varandra.
        </p>
      }
      sources={['arsrapport-2024', 'hallstahammar-2019', 'avesta-2021-2022']}>
      {latestCountyYear && (
        <section aria-labelledby="i-korthet">
          <h2 id="i-korthet">{latestCountyYear.year} i korthet</h2>
          <HeadlineFigures teams={teamYears} county={latestCountyYear} />
          <DiscrepancyNotes notes={latestCountyYear.discrepancies} title="Om länets siffror i rapporten" />
        </section>
      )}

      <section aria-labelledby="per-team">
        <h2 id="per-team">Resultat per team</h2>
        <form className={styles.filters} aria-label="Välj team och år" onSubmit={(event) => event.preventDefault()}>
          <label className={forms.field}>
            Team
            <select value={selection.team} onChange={(event) => setTeam(event.target.value === 'alla' ? null : event.target.value)}>
              <option value="alla">Alla team</option>
              {teamOrder.map((team: TeamId) => (
                <option key={team} value={team}>
                  {teamName(team)}
                </option>
              ))}
            </select>
          </label>
          <label className={forms.field}>
            År
            <select value={selection.year} onChange={(event) => setYear(event.target.value === 'alla' ? null : event.target.value)}>
              <option value="alla">Alla år</option>
              {yearOptions.map((year) => (
                <option key={year.value} value={year.value}>
                  {year.label}
                </option>
              ))}
            </select>
          </label>
        </form>
        <p role="status" aria-live="polite" className={styles.status}>
          {selection.description}
        </p>

        {selection.countyYears.map(({year, teams}) => (
          <React.Fragment key={year}>
            <h3 className={styles.yearHeading}>
              {year}: {countInWords(teams.length)} team i {countyYears.find((county) => county.year === year)?.area}
            </h3>
            <EndReasonsFigure year={year} teams={teams} />
            <ReferralsFigure year={year} teams={teams} />
            <ParticipantsFigure year={year} teams={teams} />
            <CostFigure year={year} teams={teams} />
            <StaffingFigure year={year} teams={teams} />
            {teams.map((team) => (
              <DiscrepancyNotes
                key={team.team}
                notes={team.discrepancies}
                title={selection.countyYears.length > 1 ? `Om siffrorna för ${teamName(team.team)} ${year} i rapporten` : `Om siffrorna för ${teamName(team.team)} i rapporten`}
              />
            ))}
          </React.Fragment>
        ))}

        {overTime.length > 0 && (
          <>
            <h3 className={styles.yearHeading} id="over-tid">
              Förändring över tid
            </h3>
            <p>
              För team med siffror från flera år visar diagrammen hur det gick år för år. Varje år kommer från årets egen rapport, och
              definitionerna kan skilja mellan åren. Jämför inte teamen med varandra.
            </p>
            {overTime.map((id) => (
              <ResultsOverTime key={id} team={id} rows={teamYears} />
            ))}
          </>
        )}

        {selection.periods.length > 0 && <h3 className={styles.yearHeading}>Tidigare perioder, i rapporternas egna termer</h3>}
        {selection.periods.map((period) => (
          <PeriodResult key={period.id} result={period} />
        ))}

        {selection.countyYears.length === 0 && selection.periods.length === 0 && (
          <p>Det finns inga resultat för det valet i rapporterna. Välj ett annat team eller år.</p>
        )}
      </section>

      <section aria-labelledby="for-politiker-och-styrelser">
        <h2 id="for-politiker-och-styrelser">För politiker och styrelser</h2>
        <p>
          Pengar, personal, hur länge deltagarna är i teamen och hur långt från arbete de är när de börjar, för alla team och år på en
          gång. Varje uppgift har sitt år och raden i rapporten. Det finns också en lista över det som rapporterna inte säger.
        </p>
        <BoardFigures />
      </section>

      <section aria-labelledby="sa-las-du-siffrorna" className="markdown">
        <h2 id="sa-las-du-siffrorna">Så läser du siffrorna</h2>
        <ReadingGuide />
        <p>
          Vill du veta hur teamen arbetar, läs om <Link to="/samordningsteamen">samordningsteamen</Link>. Om hur andra
          samordningsförbund har räknat samhällsekonomiskt på sina insatser kan du läsa under{' '}
          <Link to="/exempel">Exempel från praktiken</Link>.
        </p>
        <p>
          Vad är resultaten värda i kronor? I den <Link to="/verktyg/samhallsekonomisk-kalkyl">samhällsekonomiska kalkylen</Link>{' '}
          kan du räkna på vad det ger kommunen, regionen, staten och deltagarna när deltagare går till arbete eller
          studier. Den har ett förval byggt på Västerås resultat för 2024.
        </p>
      </section>
    </SitePage>
  );
}
