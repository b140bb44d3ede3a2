/**
 * Ready-made scenarios: the report's worked examples (from the data file) and ones built from a
 * team's results for a year (from src/data/results; the year is the rule's `year`), where the
 * figures are read, not typed.
 */
import {
  calculatorPresets,
  incomeSourceIds,
  teamPresetRules,
  type AssumptionSource,
  type IncomeSourceId,
  type TeamPresetRule,
} from '@site/src/data/socioEconomicCalculator';
import {teamYears} from '@site/src/data/results';
import {costPerParticipantKr} from '@site/src/data/results/derive';
import type {TeamYear} from '@site/src/data/results/schema';
import {teamName} from '@site/src/data/teams';
import {baseScenario, scenarioOfPreset} from './assumptions';
import type {Scenario} from './calculate';

export type {TeamYear};

export interface Preset {
  id: string;
  name: string;
  description: string;
  source: AssumptionSource;
  scenario: Scenario;
}

/**
 * Splits `total` whole people in proportion to `weights` (largest remainder; ties to the first).
 * The parts are whole numbers that add up to `total`.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (total <= 0 || sum <= 0) return weights.map(() => 0);
  const exact = weights.map((weight) => (weight / sum) * total);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((value, index) => ({index, rest: value - Math.floor(value)})).sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const {index} of order) {
    if (left === 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}

/** A scenario from a team's year: participants, cost per participant, and who went to work and studies. */
export function teamPreset(rule: TeamPresetRule, team: TeamYear): Preset {
  if (team.referrals.basis !== 'ersattning') {
    throw new Error(`src/data/socioEconomicCalculator.ts: teamPresetRules: ${rule.team} ${rule.year} grupperar inte deltagarna efter försörjning`);
  }
  const cost = costPerParticipantKr(team);
  if (cost === null) throw new Error(`src/data/socioEconomicCalculator.ts: teamPresetRules: ${rule.team} ${rule.year} saknar kostnad per deltagare`);
  // People per income source, as the report groups them.
  const weights = new Map<IncomeSourceId, number>();
  for (const row of team.referrals.rows) {
    const party = row.party as keyof TeamPresetRule['incomeByParty'];
    const source = rule.incomeByParty[party];
    if (source === undefined) throw new Error(`src/data/socioEconomicCalculator.ts: teamPresetRules: okänd grupp "${row.party}" för ${rule.team}`);
    weights.set(source, (weights.get(source) ?? 0) + row.total);
  }
  const sources = incomeSourceIds.filter((source) => weights.has(source));
  const sourceWeights = sources.map((source) => weights.get(source) ?? 0);
  const scenario = baseScenario();
  scenario.participants = team.participants.total;
  scenario.costPerParticipant = cost;
  const work = apportion(team.endReasons.work ?? 0, sourceWeights);
  const studies = apportion(team.endReasons.studies ?? 0, sourceWeights);
  sources.forEach((source, index) => {
    scenario.moves[source].arbete = work[index] ?? 0;
    scenario.moves[source].studier = studies[index] ?? 0;
  });
  return {
    id: `${rule.team}-${rule.year}`,
    name: `Samordningsteamet i ${teamName(rule.team)} ${rule.year}`,
    description: rule.description,
    source: {
      kind: 'beraknat',
      how: 'Deltagare, medel, avslutsorsaker och försörjning ur årsrapporten; fördelningen på ersättningar är beräknad.',
      report: team.participants.ref.source,
      lines: [...new Set([team.funds.ref.lines, team.referrals.ref.lines, team.endReasons.ref.lines, team.participants.ref.lines])]
        .filter((lines, _, all) => !all.some((other) => other !== lines && other.startsWith(`${lines}–`)))
        .join(', '),
    },
    scenario,
  };
}

export const presets: readonly Preset[] = [
  ...calculatorPresets.map((preset) => ({
    id: preset.id,
    name: preset.name,
    description: preset.description,
    source: preset.source,
    scenario: scenarioOfPreset(preset),
  })),
  ...teamPresetRules.map((rule) => {
    const team = teamYears.find((row) => row.team === rule.team && row.year === rule.year);
    if (!team) throw new Error(`src/data/socioEconomicCalculator.ts: teamPresetRules: inga resultat för ${rule.team} ${rule.year}`);
    return teamPreset(rule, team);
  }),
];
