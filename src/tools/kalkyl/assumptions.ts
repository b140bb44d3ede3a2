/**
 * The data file's constants as the calculation uses them: the rates, and scenarios built from the
 * inputs' defaults and the presets. Where each input goes in a scenario is the input's `place` in
 * the data file's table (`calculatorInputs`); `valueAt` and `setAt` are the only code that reads it.
 */
import {
  calculatorAssumptions as a,
  calculatorInputs,
  calculatorPresets,
  destinationIds,
  incomeSourceIds,
  type CalculatorInput,
  type CalculatorPreset,
  type DestinationId,
  type IncomeSourceId,
  type ScenarioPlace,
} from '@site/src/data/socioEconomicCalculator';
import type {BenefitSourceId, Rates, Scenario} from './calculate';

export const rates: Rates = {
  employerContribution: a.arbetsgivaravgift.value,
  municipalTaxRate: a.kommunalSkattesats.value,
  regionTaxRate: a.regionSkattesats.value,
  stateTaxRate: a.statligSkatt.value,
  stateTaxThreshold: a.skiktgrans.value,
  potentialPerParticipant: a.potentialPerDeltagare.value,
  handlingPerMonth: {
    forsorjningsstod: a.handlaggningForsorjningsstod.value,
    sjukpenning: a.handlaggningForsakringskassan.value,
    sjukersattning: a.handlaggningForsakringskassan.value,
    aktivitetsstod: a.handlaggningArbetsformedlingen.value,
    ingen: 0,
  },
  forecastYears: a.prognosAr.value,
};

export function emptyMoves(): Record<IncomeSourceId, Record<DestinationId, number>> {
  return Object.fromEntries(
    incomeSourceIds.map((source) => [source, Object.fromEntries(destinationIds.map((destination) => [destination, 0]))]),
  ) as Record<IncomeSourceId, Record<DestinationId, number>>;
}

/** A scenario with every amount 0 and nobody moving. */
export function emptyScenario(): Scenario {
  return {
    participants: 0,
    costPerParticipant: 0,
    monthlyBenefit: {forsorjningsstod: 0, sjukpenning: 0, sjukersattning: 0, aktivitetsstod: 0},
    wage: 0,
    subsidizedWage: 0,
    subsidyShare: 0,
    studyGrant: 0,
    moves: emptyMoves(),
  };
}

type ScalarPlace = Exclude<ScenarioPlace, `monthlyBenefit.${string}`>;

function benefitOf(place: ScenarioPlace): BenefitSourceId | null {
  return place.startsWith('monthlyBenefit.') ? (place.slice('monthlyBenefit.'.length) as BenefitSourceId) : null;
}

/** The value at an input's place in a scenario. */
export function valueAt(scenario: Scenario, place: ScenarioPlace): number {
  const benefit = benefitOf(place);
  return benefit ? scenario.monthlyBenefit[benefit] : scenario[place as ScalarPlace];
}

/** Sets the value at an input's place in a scenario. */
export function setAt(scenario: Scenario, place: ScenarioPlace, value: number): void {
  const benefit = benefitOf(place);
  if (benefit) scenario.monthlyBenefit[benefit] = value;
  else scenario[place as ScalarPlace] = value;
}

/** Sets the given inputs, named by their ids in the table. */
function withValues(scenario: Scenario, values: Partial<Record<string, number>>, inputs: readonly CalculatorInput[]): Scenario {
  for (const [id, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const input = inputs.find((candidate) => candidate.id === id);
    if (!input) throw new Error(`src/data/socioEconomicCalculator.ts: ett exempel sätter "${id}", som inte finns i calculatorInputs`);
    setAt(scenario, input.place, value);
  }
  return scenario;
}

/** The scenario with every input at its default and nobody moving. */
export function baseScenario(inputs: readonly CalculatorInput[] = calculatorInputs): Scenario {
  const scenario = emptyScenario();
  for (const input of inputs) setAt(scenario, input.place, input.value);
  return scenario;
}

/** A preset from the data file as a scenario: the defaults, the preset's own values and its moves. */
export function scenarioOfPreset(preset: CalculatorPreset, inputs: readonly CalculatorInput[] = calculatorInputs): Scenario {
  const scenario = withValues(baseScenario(inputs), preset.values, inputs);
  for (const move of preset.moves) scenario.moves[move.from][move.to] = move.count;
  return scenario;
}

/** The scenario the page opens with: the report's worked example (the first preset in the data file). */
export function defaultScenario(inputs: readonly CalculatorInput[] = calculatorInputs): Scenario {
  const preset = calculatorPresets[0];
  return preset ? scenarioOfPreset(preset, inputs) : baseScenario(inputs);
}
