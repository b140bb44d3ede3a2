import React, {type ReactNode} from 'react';
import type {TeamYear} from '@site/src/data/results/schema';
import ChartFigure from '../charts/ChartFigure';
import StackedBarChart from '../charts/StackedBarChart';
import BarChart from '../charts/BarChart';
import {endReasonsData, participantsData, costData, referralsData, referralRowsSum, staffingData, statedReferralTotal} from './chartData';
import {joinSwedish} from '../MethodFacts/joinSwedish';
import {teamName} from '@site/src/data/teams';
import {sourceById} from '@site/src/data/sourceLookup';

interface Props {
  /** The year the chart shows; rows of other years in `teams` are left out. */
  year: number;
  teams: readonly TeamYear[];
  /** Prefix for ids, so that the same chart can appear twice on a page. */
  idPrefix?: string;
}

/** The report the year's team rows come from, by its title. */
function sourceNote(teams: readonly TeamYear[]): string {
  const titles = [...new Set(teams.map((team) => sourceById(team.endReasons.ref.source).title))];
  return `Källa: ${joinSwedish(titles)}, teamens tabeller. Beräknade värden är märkta.`;
}

const ofYear = (teams: readonly TeamYear[], year: number) => teams.filter((team) => team.year === year);

function teamList(teams: readonly TeamYear[]): string {
  return joinSwedish(teams.map((team) => teamName(team.team)));
}

export function EndReasonsFigure({year, teams: allTeams, idPrefix = ''}: Props): ReactNode {
  const teams = ofYear(allTeams, year);
  const data = endReasonsData(teams);
  return (
    <ChartFigure
      id={`${idPrefix}avslutsorsaker-${year}`}
      title={`Avslutade deltagare ${year} efter avslutsorsak`}
      summary={`Varje stapel visar hur många deltagare som avslutades under ${year} i ${teamList(teams)} och vart de gick vidare. De fyra första orsakerna räknas som gröna mål. Exakta tal finns i tabellen.`}
      legend={data.series}
      table={data.table}
      notes={[
        sourceNote(teams),
        'Alla antal är personer. Teamens kolumnrubriker skiljer sig något åt; vi har fört dem till samma kategorier. Ett tomt värde i rapporten visas som – (i CSV-filen som ”uppgift saknas”).',
      ]}>
      <StackedBarChart id={`${idPrefix}avslutsorsaker-${year}`} series={data.series} rows={data.rows} unit="personer" />
    </ChartFigure>
  );
}

export function ReferralsFigure({year, teams: allTeams, idPrefix = ''}: Props): ReactNode {
  const teams = ofYear(allTeams, year);
  const data = referralsData(teams);
  return (
    <ChartFigure
      id={`${idPrefix}remitterande-part-${year}`}
      title={`Deltagare ${year} efter remitterande part`}
      summary={`Stapeln visar alla deltagare under ${year} efter vilken part som remitterade dem, för ${teamList(teams)}. Västerås redovisar i stället efter deltagarens ersättning. Tabellen visar också hur många som var nya.`}
      legend={data.series}
      table={data.table}
      notes={[
        sourceNote(teams),
        'Kategorierna är sammanförda ungefärligt: kommunens olika delar (till exempel försörjningsstöd, IFO och KAA) räknas som kommunen.',
        ...teams
          .filter((team) => referralRowsSum(team) !== statedReferralTotal(team))
          .map(
            (team) =>
              `${teamName(team.team)}: stapelns summa, ${referralRowsSum(team)}, är beräknad som summan av tabellens rader. Rapporten anger ${statedReferralTotal(team)} deltagare totalt; se noten om teamets siffror.`,
          ),
      ]}>
      <StackedBarChart id={`${idPrefix}remitterande-part-${year}`} series={data.series} rows={data.rows} unit="personer" />
    </ChartFigure>
  );
}

export function ParticipantsFigure({year, teams: allTeams, idPrefix = ''}: Props): ReactNode {
  const teams = ofYear(allTeams, year);
  const data = participantsData(teams);
  return (
    <ChartFigure
      id={`${idPrefix}deltagare-${year}`}
      title={`Deltagare under ${year}`}
      summary="Antal personer som teamet arbetade med under året, nya och tidigare inskrivna tillsammans."
      table={data.table}
      notes={[sourceNote(teams)]}>
      <BarChart rows={data.bars} />
    </ChartFigure>
  );
}

export function CostFigure({year, teams: allTeams, idPrefix = ''}: Props): ReactNode {
  const teams = ofYear(allTeams, year);
  const data = costData(teams);
  return (
    <ChartFigure
      id={`${idPrefix}kostnad-per-deltagare-${year}`}
      title={`Kostnad per deltagare ${year} (beräknat)`}
      summary="Använda medel från samordningsförbundet delat med antalet deltagare under året. Jämför inte teamen med varandra: kommunerna bidrar med olika mycket egna medel som inte syns här."
      table={data.table}
      notes={[
        sourceNote(teams),
        'Beräknat: använda medel (tkr) × 1 000 ÷ deltagare under året. Kommunernas egen medfinansiering, till exempel i FNS, ingår inte, och kuratorn från Region Västmanland redovisas på en egen rad i rapporten.',
      ]}>
      <BarChart rows={data.bars} />
    </ChartFigure>
  );
}

export function StaffingFigure({year, teams: allTeams, idPrefix = ''}: Props): ReactNode {
  const teams = ofYear(allTeams, year);
  const data = staffingData(teams);
  return (
    <ChartFigure
      id={`${idPrefix}personal-${year}`}
      title={`Personal ${year} i heltidstjänster`}
      summary={`Hur många heltidstjänster varje part bidrog med till teamet under ${year}. Vissa tjänster fanns bara en del av året; se teamens sidor.`}
      legend={data.series}
      table={data.table}
      notes={[sourceNote(teams)]}>
      <StackedBarChart id={`${idPrefix}personal-${year}`} series={data.series} rows={data.rows} unit="heltidstjänster" />
    </ChartFigure>
  );
}
