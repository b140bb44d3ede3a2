/**
 * Figures we compute from the stated ones: sums, shares and costs. Everything here is "beräknat"
 * on the site, with the `how` text shown next to it. Pure functions, unit-tested.
 */
import type {CountyYear, EndReasonKey, ReferralParty, TeamYear} from './schema';

/** The end reasons in the order the site shows them; the first four are "gröna mål". */
export const endReasonOrder: readonly EndReasonKey[] = ['work', 'studies', 'jobSeekers', 'continuedRehab', 'medicalRehab', 'other', 'dropouts'];

export const greenReasons: readonly EndReasonKey[] = ['work', 'studies', 'jobSeekers', 'continuedRehab'];

export const endReasonLabels: Record<EndReasonKey, string> = {
  work: 'Arbete',
  studies: 'Studier',
  jobSeekers: 'Aktivt arbetssökande',
  continuedRehab: 'Fortsatt aktiv rehabilitering',
  medicalRehab: 'Medicinsk rehabilitering',
  other: 'Övrigt (flytt, föräldraledighet m.m.)',
  dropouts: 'Avbrott',
};

export const referralPartyLabels: Record<ReferralParty, string> = {
  forsakringskassan: 'Försäkringskassan',
  arbetsformedlingen: 'Arbetsförmedlingen',
  kommun: 'Kommunen',
  region: 'Region Västmanland',
  'ingen-offentlig-forsorjning': 'Ingen offentlig försörjning',
  'egen-anmalan': 'Sökt på egen hand',
};

/** The count of an end reason; a blank cell in the report (null) counts as 0 in sums. */
export function endReasonCount(team: TeamYear, key: EndReasonKey): number {
  return team.endReasons[key] ?? 0;
}

/** Ended participants who reached a "grönt mål" (work, studies, active job-seeking or continued active rehabilitation). */
export function greenCount(team: TeamYear): number {
  return greenReasons.reduce((sum, key) => sum + endReasonCount(team, key), 0);
}

/** part / whole, or null when there is nothing to divide by. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** Kronor used per participant worked with during the year. */
export function costPerParticipantKr(team: TeamYear): number | null {
  const perParticipant = share(team.funds.usedTkr * 1000, team.participants.total);
  return perParticipant === null ? null : Math.round(perParticipant);
}

export function totalFte(team: TeamYear): number {
  return Math.round(team.staffing.rows.reduce((sum, row) => sum + row.fte, 0) * 100) / 100;
}

export interface CountyTotals {
  participants: number;
  new: number;
  ended: number;
  green: number;
  endReasons: Record<EndReasonKey, number>;
  grantedTkr: number;
  usedTkr: number;
}

/** The county's figures summed from the team rows (and, for funds, the rows outside the teams). */
export function countyTotals(teams: readonly TeamYear[], county: CountyYear): CountyTotals {
  const endReasons = Object.fromEntries(
    endReasonOrder.map((key) => [key, teams.reduce((sum, team) => sum + endReasonCount(team, key), 0)]),
  ) as Record<EndReasonKey, number>;
  const otherGranted = county.otherFunds.reduce((sum, row) => sum + row.grantedTkr, 0);
  const otherUsed = county.otherFunds.reduce((sum, row) => sum + row.usedTkr, 0);
  return {
    participants: teams.reduce((sum, team) => sum + team.participants.total, 0),
    new: teams.reduce((sum, team) => sum + team.participants.new, 0),
    ended: teams.reduce((sum, team) => sum + team.endReasons.ended, 0),
    green: teams.reduce((sum, team) => sum + greenCount(team), 0),
    endReasons,
    grantedTkr: teams.reduce((sum, team) => sum + team.funds.grantedTkr, 0) + otherGranted,
    usedTkr: teams.reduce((sum, team) => sum + team.funds.usedTkr, 0) + otherUsed,
  };
}

/** Referrals summed by party across teams (new and total). Categories are harmonised only roughly: see the caveat on the page. */
export function referralsByParty(teams: readonly TeamYear[]): {party: ReferralParty; new: number; total: number}[] {
  const sums = new Map<ReferralParty, {new: number; total: number}>();
  for (const team of teams) {
    for (const row of team.referrals.rows) {
      const sum = sums.get(row.party) ?? {new: 0, total: 0};
      sums.set(row.party, {new: sum.new + row.new, total: sum.total + row.total});
    }
  }
  return [...sums.entries()].map(([party, sum]) => ({party, ...sum}));
}

/** Referrals of one team summed by party. */
export function teamReferralsByParty(team: TeamYear): {party: ReferralParty; new: number; total: number}[] {
  return referralsByParty([team]);
}
