/**
 * What we compute from the board figures: which entries belong on a team's page, money rows with
 * the share used, durations in months, shares of women, and Avesta's ended participants and goal
 * shares by gender. Everything computed is labelled "beräknat" on the site. Pure functions.
 */
import type {TeamId} from '../teams';
import type {CountyYear, SourceRef, TeamYear} from './schema';
import type {GenderGroup, GenderRow, TimeInProgramme} from './boardSchema';
import {share} from './derive';
import {formatNumber} from '../../utils/format';

/** Entries with `team: null` concern all the teams in the county report of the entry's year. */
export function appliesTo(entry: {team: TeamId | null; year: number}, team: TeamId | undefined, teams: readonly TeamYear[]): boolean {
  if (team === undefined) return true;
  if (entry.team === null) return teams.some((row) => row.team === team && row.year === entry.year);
  return entry.team === team;
}

export interface FundsRow {
  label: string;
  team: TeamId | null;
  grantedTkr: number;
  usedTkr: number;
  /** As printed; null for a row we computed. */
  statedDifferenceTkr: number | null;
  /** Used ÷ granted (beräknat). */
  usedShare: number | null;
  derived: boolean;
  ref: SourceRef | null;
}

/**
 * The table of money for one year's county report (`teams` and `county` of that year): one row per team, the curator row, then (only for all teams) the
 * sum of the rows (beräknat) and the total the text states.
 */
export function fundsRows(teams: readonly TeamYear[], county: CountyYear, team?: TeamId): FundsRow[] {
  const shown = teams.filter((row) => team === undefined || row.team === team);
  const rows: FundsRow[] = shown.map((row) => ({
    label: row.team,
    team: row.team,
    grantedTkr: row.funds.grantedTkr,
    usedTkr: row.funds.usedTkr,
    statedDifferenceTkr: row.funds.statedDifferenceTkr,
    usedShare: share(row.funds.usedTkr, row.funds.grantedTkr),
    derived: false,
    ref: row.funds.ref,
  }));
  // The curator row belongs on the page of a team that had a curator from the Region.
  const hasCurator = (id: TeamId) =>
    teams.find((row) => row.team === id)?.staffing.rows.some((staff) => staff.employer === 'region' && /kurator/i.test(staff.role)) ?? false;
  if (team === undefined || hasCurator(team)) {
    for (const other of county.otherFunds) {
      rows.push({
        label: other.label,
        team: null,
        grantedTkr: other.grantedTkr,
        usedTkr: other.usedTkr,
        statedDifferenceTkr: other.statedDifferenceTkr,
        usedShare: share(other.usedTkr, other.grantedTkr),
        derived: false,
        ref: other.ref,
      });
    }
  }
  if (team === undefined) {
    const granted = rows.reduce((sum, row) => sum + row.grantedTkr, 0);
    const used = rows.reduce((sum, row) => sum + row.usedTkr, 0);
    rows.push({
      label: 'Summa av raderna (beräknat)',
      team: null,
      grantedTkr: granted,
      usedTkr: used,
      statedDifferenceTkr: null,
      usedShare: share(used, granted),
      derived: true,
      ref: null,
    });
    rows.push({
      label: 'Totalt enligt rapportens text',
      team: null,
      grantedTkr: county.funds.grantedTkr,
      usedTkr: county.funds.usedTkr,
      statedDifferenceTkr: null,
      usedShare: share(county.funds.usedTkr, county.funds.grantedTkr),
      derived: false,
      ref: county.funds.ref,
    });
  }
  return rows;
}

/** "1 år och 4 månader" → 16; "9,9 månader" → 9.9. */
export function totalMonths(duration: TimeInProgramme['duration']): number {
  return Math.round((duration.years * 12 + duration.months) * 10) / 10;
}

/** The duration as the report writes it. */
export function formatDuration(duration: TimeInProgramme['duration']): string {
  const months = `${formatNumber(duration.months)} ${duration.months === 1 ? 'månad' : 'månader'}`;
  if (duration.years === 0) return months;
  const years = `${duration.years} år`;
  return duration.months === 0 ? years : `${years} och ${months}`;
}

/** Teams of a year's county report for which no entry gives a time in the programme for that year. */
export function teamsWithoutDuration(teams: readonly TeamYear[], entries: readonly TimeInProgramme[], year: number): TeamId[] {
  return teams
    .filter((row) => row.year === year)
    .map((row) => row.team)
    .filter((id) => !entries.some((entry) => entry.team === id && entry.year === year));
}

export interface GenderTableRow {
  team: TeamId;
  period: string;
  year: number;
  group: GenderGroup | 'avslutade';
  women: number;
  men: number;
  womenShare: number | null;
  derived: boolean;
  ref: SourceRef | null;
}

/** The gender figures from the county reports' team rows plus the board rows, oldest period last. */
export function genderRows(teams: readonly TeamYear[], board: readonly GenderRow[], team?: TeamId): GenderTableRow[] {
  const fromTeamRows: GenderTableRow[] = teams
    .filter((row) => row.gender !== null && (team === undefined || row.team === team))
    .map((row) => ({
      team: row.team,
      period: String(row.year),
      year: row.year,
      group: row.gender!.basis === 'alla' ? 'deltagare' : 'nya',
      women: row.gender!.women,
      men: row.gender!.men,
      womenShare: share(row.gender!.women, row.gender!.women + row.gender!.men),
      derived: false,
      ref: row.gender!.ref,
    }));
  const fromBoard: GenderTableRow[] = board
    .filter((row) => team === undefined || row.team === team)
    .map((row) => ({...row, womenShare: share(row.women, row.women + row.men), derived: false}));
  return [...fromTeamRows, ...fromBoard].sort((a, b) => b.year - a.year);
}

/** Groups that describe where the ended went: shown as results by gender, not among the participants. */
export const outcomeGroups: readonly GenderGroup[] = ['i-mal', 'arbete', 'studier', 'annan-rehab'];

export interface GenderOutcome {
  team: TeamId;
  period: string;
  /** Participants during the period minus those still active at its end (beräknat). */
  ended: {women: number; men: number};
  /** Reached the goal. */
  inGoal: {women: number; men: number};
  /** Where the ended went, as stated: in goal, and work, studies, other rehabilitation. */
  rows: GenderRow[];
  /** inGoal ÷ ended (beräknat). */
  goalShare: {women: number | null; men: number | null};
}

/**
 * Where a report gives women and men for participants, those still active at the end and those who
 * reached the goal (Avesta 2021/22), the ended by gender and the goal share by gender follow.
 */
export function genderOutcomes(board: readonly GenderRow[], team?: TeamId): GenderOutcome[] {
  const keys = [...new Set(board.filter((row) => team === undefined || row.team === team).map((row) => `${row.team}|${row.period}`))];
  const outcomes: GenderOutcome[] = [];
  for (const key of keys) {
    const rows = board.filter((row) => `${row.team}|${row.period}` === key);
    const find = (group: GenderGroup) => rows.find((row) => row.group === group);
    const all = find('deltagare');
    const active = find('aktiva-vid-slut');
    const inGoal = find('i-mal');
    if (!all || !active || !inGoal) continue;
    const ended = {women: all.women - active.women, men: all.men - active.men};
    outcomes.push({
      team: all.team,
      period: all.period,
      ended,
      inGoal: {women: inGoal.women, men: inGoal.men},
      rows: outcomeGroups.flatMap((group) => rows.filter((row) => row.group === group)),
      goalShare: {women: share(inGoal.women, ended.women), men: share(inGoal.men, ended.men)},
    });
  }
  return outcomes;
}
