/**
 * One team's figures year by year, for the view of change over time. Pure, so the tests can check
 * that the chart, the table and the CSV carry the same numbers. Only stated figures and what
 * derive.ts computes from them; nothing compares one team with another.
 */
import type {CsvCell} from '@site/src/utils/csv';
import type {TeamYear} from '@site/src/data/results/schema';
import type {TeamId} from '@site/src/data/teams';
import {costPerParticipantKr, endReasonCount, endReasonLabels, endReasonOrder, greenCount, share, totalFte} from '@site/src/data/results/derive';
import type {StackedRow} from '../charts/StackedBarChart';

export interface OverTimeData {
  team: TeamId;
  /** Oldest first, as a reader follows time. */
  years: number[];
  series: string[];
  rows: StackedRow[];
  table: {headers: string[]; rows: CsvCell[][]};
}

const percent = (value: number | null): CsvCell => (value === null ? null : Math.round(value * 1000) / 10);

/** The distinct years of a team's rows, oldest first. */
export function yearsOf(rows: readonly TeamYear[], team: TeamId): number[] {
  return [...new Set(rows.filter((row) => row.team === team).map((row) => row.year))].sort((a, b) => a - b);
}

/** The teams that have figures for two or more years: only they get a view over time. */
export function teamsWithSeveralYears(rows: readonly TeamYear[]): TeamId[] {
  return [...new Set(rows.map((row) => row.team))].filter((team) => yearsOf(rows, team).length >= 2);
}

export function overTimeData(rows: readonly TeamYear[], team: TeamId): OverTimeData {
  const years = yearsOf(rows, team);
  const byYear = years.map((year) => rows.find((row) => row.team === team && row.year === year)!);
  const series = endReasonOrder.map((key) => endReasonLabels[key]);
  return {
    team,
    years,
    series,
    rows: byYear.map((row) => ({label: String(row.year), values: endReasonOrder.map((key) => endReasonCount(row, key))})),
    table: {
      headers: [
        'År',
        'Deltagare under året, personer',
        'Varav nya, personer',
        'Avslutade, personer',
        'Gröna mål, personer (beräknat)',
        'Andel gröna mål, % (beräknat)',
        'Medicinsk rehabilitering, personer',
        'Använda medel, tkr',
        'Kostnad per deltagare, kr (beräknat)',
        'Personal, heltidstjänster (beräknat)',
      ],
      rows: byYear.map((row) => [
        String(row.year),
        row.participants.total,
        row.participants.new,
        row.endReasons.ended,
        greenCount(row),
        percent(share(greenCount(row), row.endReasons.ended)),
        row.endReasons.medicalRehab,
        row.funds.usedTkr,
        costPerParticipantKr(row),
        totalFte(row),
      ]),
    },
  };
}
