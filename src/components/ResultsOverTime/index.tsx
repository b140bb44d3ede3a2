import React, {type ReactNode} from 'react';
import type {TeamYear} from '@site/src/data/results/schema';
import {teamName, type TeamId} from '@site/src/data/teams';
import {sourceById} from '@site/src/data/sourceLookup';
import ChartFigure from '../charts/ChartFigure';
import StackedBarChart from '../charts/StackedBarChart';
import {joinSwedish} from '../MethodFacts/joinSwedish';
import {overTimeData, yearsOf} from './overTimeData';

interface Props {
  team: TeamId;
  /** Team rows of every year (other teams' rows are left out). */
  rows: readonly TeamYear[];
  /** Prefix for ids, so that the view can appear next to another team's. */
  idPrefix?: string;
}

/** The caveats that go with every view over time, in the figure's notes and the CSV file. */
export function overTimeCaveats(rows: readonly TeamYear[], team: TeamId): string[] {
  const own = rows.filter((row) => row.team === team);
  const titles = [...new Set(own.map((row) => sourceById(row.endReasons.ref.source).title))];
  const labels = [...new Set(own.map((row) => row.endReasons.continuedRehabLabel))];
  return [
    `Källa: ${joinSwedish(titles)}, teamets tabeller. Beräknade värden är märkta.`,
    'Varje år kommer från årets egen rapport. Definitioner, kategorier och hur teamen räknar kan skilja mellan åren, och personalen och uppdraget ändras. En förändring behöver därför inte betyda att teamet arbetat bättre eller sämre; läs fotnoterna om varje års siffror.',
    ...(labels.length > 1 ? [`Teamets rubrik för fortsatt rehabilitering skiljer sig mellan åren: ${joinSwedish(labels.map((label) => `”${label}”`))}.`] : []),
    'Jämför inte teamen med varandra och rangordna dem inte: deltagarna, kommunernas egna pengar och rapporternas kategorier skiljer sig åt.',
  ];
}

/**
 * One team's results year by year, shown when the data has two or more years for the team: the
 * ended participants by reason per year (chart), the key figures per year (table and CSV) and the
 * caveats. Nothing when there is only one year.
 */
export default function ResultsOverTime({team, rows, idPrefix = ''}: Props): ReactNode {
  const years = yearsOf(rows, team);
  if (years.length < 2) return null;
  const data = overTimeData(rows, team);
  const id = `${idPrefix}over-tid-${team}`;
  const span = `${years[0]}–${years[years.length - 1]}`;
  return (
    <ChartFigure
      id={id}
      title={`${teamName(team)} över tid, ${span}`}
      summary={`Varje stapel är ett år (${joinSwedish(years.map(String))}) och visar hur många deltagare i ${teamName(team)} som avslutades och vart de gick vidare. De fyra första orsakerna räknas som gröna mål. Tabellen har också deltagare, medel och personal för varje år.`}
      legend={data.series}
      table={data.table}
      notes={overTimeCaveats(rows, team)}>
      <StackedBarChart id={id} series={data.series} rows={data.rows} unit="personer" />
    </ChartFigure>
  );
}
