/**
 * Turns the results data into what the charts and their tables show. Pure, so the tests can check
 * that a chart and its table carry the same numbers.
 */
import type {CsvCell} from '@site/src/utils/csv';
import type {ReferralParty, TeamYear} from '@site/src/data/results/schema';
import {
  costPerParticipantKr,
  endReasonCount,
  endReasonLabels,
  endReasonOrder,
  greenCount,
  referralPartyLabels,
  share,
  teamReferralsByParty,
  totalFte,
} from '@site/src/data/results/derive';
import {teamName} from '@site/src/data/teams';
import {formatInteger} from '@site/src/utils/format';
import type {StackedRow} from '../charts/StackedBarChart';
import type {BarRow} from '../charts/BarChart';

export interface StackedChartData {
  series: string[];
  rows: StackedRow[];
  table: {headers: string[]; rows: CsvCell[][]};
}

const percent = (value: number | null): CsvCell => (value === null ? null : Math.round(value * 1000) / 10);

export function endReasonsData(teams: readonly TeamYear[]): StackedChartData {
  const series = endReasonOrder.map((key) => endReasonLabels[key]);
  return {
    series,
    rows: teams.map((team) => ({label: teamName(team.team), values: endReasonOrder.map((key) => endReasonCount(team, key))})),
    table: {
      headers: ['Team', 'Avslutade', ...series, 'Gröna mål (beräknat)', 'Andel gröna mål, % (beräknat)'],
      rows: teams.map((team) => [
        teamName(team.team),
        team.endReasons.ended,
        // As printed: a blank cell in the report (null) stays blank here, where the chart counts it as 0.
        ...endReasonOrder.map((key) => team.endReasons[key]),
        greenCount(team),
        percent(share(greenCount(team), team.endReasons.ended)),
      ]),
    },
  };
}

const partyOrder: readonly ReferralParty[] = [
  'forsakringskassan',
  'kommun',
  'arbetsformedlingen',
  'region',
  'ingen-offentlig-forsorjning',
  'egen-anmalan',
];

/** The sum of a team's referral rows (computed). */
export function referralRowsSum(team: TeamYear): number {
  return team.referrals.rows.reduce((sum, row) => sum + row.total, 0);
}

/** The total the report states for the referral table: its own total row, or else the team's participants. */
export function statedReferralTotal(team: TeamYear): number {
  return team.referrals.statedTotal?.total ?? team.participants.total;
}

export function referralsData(teams: readonly TeamYear[]): StackedChartData {
  const parties = partyOrder.filter((party) => teams.some((team) => team.referrals.rows.some((row) => row.party === party)));
  const series = parties.map((party) => referralPartyLabels[party]);
  const totalsOf = (team: TeamYear) => teamReferralsByParty(team);
  return {
    series,
    rows: teams.map((team) => ({
      label: teamName(team.team),
      values: parties.map((party) => totalsOf(team).find((row) => row.party === party)?.total ?? 0),
      // The bar's end is the sum of the rows; where that is not the total the report states, it is ours.
      ...(referralRowsSum(team) === statedReferralTotal(team) ? {} : {totalNote: 'beräknat'}),
    })),
    table: {
      headers: [
        'Team',
        ...series.map((name) => `${name}, totalt`),
        ...series.map((name) => `${name}, nya`),
        'Summa av raderna, totalt (beräknat)',
        'Totalt enligt rapporten',
      ],
      rows: teams.map((team) => [
        teamName(team.team),
        ...parties.map((party) => totalsOf(team).find((row) => row.party === party)?.total ?? 0),
        ...parties.map((party) => totalsOf(team).find((row) => row.party === party)?.new ?? 0),
        referralRowsSum(team),
        statedReferralTotal(team),
      ]),
    },
  };
}


export function participantsData(teams: readonly TeamYear[]): {bars: BarRow[]; table: {headers: string[]; rows: CsvCell[][]}} {
  return {
    bars: teams.map((team) => ({label: teamName(team.team), value: team.participants.total, display: formatInteger(team.participants.total)})),
    table: {
      headers: ['Team', 'Deltagare under året, personer', 'Varav nya, personer'],
      rows: teams.map((team) => [teamName(team.team), team.participants.total, team.participants.new]),
    },
  };
}

/** Cost per participant: the funds used and the participants it is divided by, and the result. */
export function costData(teams: readonly TeamYear[]): {bars: BarRow[]; table: {headers: string[]; rows: CsvCell[][]}} {
  return {
    bars: teams.map((team) => {
      const cost = costPerParticipantKr(team) ?? 0;
      return {label: teamName(team.team), value: cost, display: `${formatInteger(cost)} kr`};
    }),
    table: {
      headers: ['Team', 'Använda medel, tkr', 'Deltagare under året, personer', 'Kostnad per deltagare, kr (beräknat)'],
      rows: teams.map((team) => [teamName(team.team), team.funds.usedTkr, team.participants.total, costPerParticipantKr(team)]),
    },
  };
}

const employers = ['kommun', 'arbetsformedlingen', 'region'] as const;
const employerLabels = {kommun: 'Kommunen', arbetsformedlingen: 'Arbetsförmedlingen', region: 'Region Västmanland'} as const;

export function staffingData(teams: readonly TeamYear[]): StackedChartData {
  const fteOf = (team: TeamYear, employer: (typeof employers)[number]) =>
    Math.round(team.staffing.rows.filter((row) => row.employer === employer).reduce((sum, row) => sum + row.fte, 0) * 100) / 100;
  const series = employers.map((employer) => employerLabels[employer]);
  return {
    series,
    rows: teams.map((team) => ({label: teamName(team.team), values: employers.map((employer) => fteOf(team, employer))})),
    table: {
      headers: ['Team', ...series.map((name) => `${name}, heltidstjänster`), 'Summa (beräknat)'],
      rows: teams.map((team) => [teamName(team.team), ...employers.map((employer) => fteOf(team, employer)), totalFte(team)]),
    },
  };
}
