import React, {type ReactNode} from 'react';
import type {TeamYear2024} from '@site/src/data/results/schema';
import ChartFigure from '../charts/ChartFigure';
import StackedBarChart from '../charts/StackedBarChart';
import BarChart from '../charts/BarChart';
import {endReasonsData, participantsData, costData, referralsData, referralRowsSum, staffingData, statedReferralTotal} from './chartData';
import {joinSwedish} from '../MethodFacts/joinSwedish';
import {teamNames} from '@site/src/data/teams';

interface Props {
  teams: readonly TeamYear2024[];
  /** Prefix for ids, so that the same chart can appear twice on a page. */
  idPrefix?: string;
}

const sourceNote = 'Källa: Årsrapport 2024 – Samordningsteam i Västmanland, teamens tabeller. Beräknade värden är märkta.';

function teamList(teams: readonly TeamYear2024[]): string {
  return joinSwedish(teams.map((team) => teamNames[team.team]));
}

export function EndReasonsFigure({teams, idPrefix = ''}: Props): ReactNode {
  const data = endReasonsData(teams);
  return (
    <ChartFigure
      id={`${idPrefix}avslutsorsaker-2024`}
      title="Avslutade deltagare 2024 efter avslutsorsak"
      summary={`Varje stapel visar hur många deltagare som avslutades under 2024 i ${teamList(teams)} och vart de gick vidare. De fyra första orsakerna räknas som gröna mål. Exakta tal finns i tabellen.`}
      legend={data.series}
      table={data.table}
      notes={[
        sourceNote,
        'Alla antal är personer. Teamens kolumnrubriker skiljer sig något åt; vi har fört dem till samma kategorier. Ett tomt värde i rapporten visas som – (i CSV-filen som ”uppgift saknas”).',
      ]}>
      <StackedBarChart id={`${idPrefix}avslutsorsaker-2024`} series={data.series} rows={data.rows} unit="personer" />
    </ChartFigure>
  );
}

export function ReferralsFigure({teams, idPrefix = ''}: Props): ReactNode {
  const data = referralsData(teams);
  return (
    <ChartFigure
      id={`${idPrefix}remitterande-part-2024`}
      title="Deltagare 2024 efter remitterande part"
      summary={`Stapeln visar alla deltagare under 2024 efter vilken part som remitterade dem, för ${teamList(teams)}. Västerås redovisar i stället efter deltagarens ersättning. Tabellen visar också hur många som var nya.`}
      legend={data.series}
      table={data.table}
      notes={[
        sourceNote,
        'Kategorierna är sammanförda ungefärligt: kommunens olika delar (till exempel försörjningsstöd, IFO och KAA) räknas som kommunen.',
        ...teams
          .filter((team) => referralRowsSum(team) !== statedReferralTotal(team))
          .map(
            (team) =>
              `${teamNames[team.team]}: stapelns summa, ${referralRowsSum(team)}, är beräknad som summan av tabellens rader. Rapporten anger ${statedReferralTotal(team)} deltagare totalt; se noten om teamets siffror.`,
          ),
      ]}>
      <StackedBarChart id={`${idPrefix}remitterande-part-2024`} series={data.series} rows={data.rows} unit="personer" />
    </ChartFigure>
  );
}

export function ParticipantsFigure({teams, idPrefix = ''}: Props): ReactNode {
  const data = participantsData(teams);
  return (
    <ChartFigure
      id={`${idPrefix}deltagare-2024`}
      title="Deltagare under 2024"
      summary="Antal personer som teamet arbetade med under året, nya och tidigare inskrivna tillsammans."
      table={data.table}
      notes={[sourceNote]}>
      <BarChart rows={data.bars} />
    </ChartFigure>
  );
}

export function CostFigure({teams, idPrefix = ''}: Props): ReactNode {
  const data = costData(teams);
  return (
    <ChartFigure
      id={`${idPrefix}kostnad-per-deltagare-2024`}
      title="Kostnad per deltagare 2024 (beräknat)"
      summary="Använda medel från samordningsförbundet delat med antalet deltagare under året. Jämför inte teamen med varandra: kommunerna bidrar med olika mycket egna medel som inte syns här."
      table={data.table}
      notes={[
        sourceNote,
        'Beräknat: använda medel (tkr) × 1 000 ÷ deltagare under året. Kommunernas egen medfinansiering, till exempel i FNS, ingår inte, och kuratorn från Region Västmanland redovisas på en egen rad i rapporten.',
      ]}>
      <BarChart rows={data.bars} />
    </ChartFigure>
  );
}

export function StaffingFigure({teams, idPrefix = ''}: Props): ReactNode {
  const data = staffingData(teams);
  return (
    <ChartFigure
      id={`${idPrefix}personal-2024`}
      title="Personal 2024 i heltidstjänster"
      summary="Hur många heltidstjänster varje part bidrog med till teamet under 2024. Vissa tjänster fanns bara en del av året; se teamens sidor."
      legend={data.series}
      table={data.table}
      notes={[sourceNote]}>
      <StackedBarChart id={`${idPrefix}personal-2024`} series={data.series} rows={data.rows} unit="heltidstjänster" />
    </ChartFigure>
  );
}
