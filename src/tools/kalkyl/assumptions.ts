/**
 * The data file's constants as the calculation uses them: rates and the default scenario.
 */
import {
  calculatorAssumptions as a,
  calculatorPresets,
  calculatorDefaults as d,
  type CalculatorDefaultId,
  type CalculatorPreset,
  destinationIds,
  incomeSourceIds,
  type DestinationId,
  type IncomeSourceId,
} from '@site/src/data/socioEconomicCalculator';
import type {Rates, Scenario} from './calculate';

export const rates: Rates = {
  arbetsgivaravgift: a.arbetsgivaravgift.value,
  kommunalSkattesats: a.kommunalSkattesats.value,
  regionSkattesats: a.regionSkattesats.value,
  statligSkatt: a.statligSkatt.value,
  skiktgrans: a.skiktgrans.value,
  potentialPerDeltagare: a.potentialPerDeltagare.value,
  handlaggning: {
    forsorjningsstod: a.handlaggningForsorjningsstod.value,
    sjukpenning: a.handlaggningForsakringskassan.value,
    sjukersattning: a.handlaggningForsakringskassan.value,
    aktivitetsstod: a.handlaggningArbetsformedlingen.value,
    ingen: 0,
  },
  prognosAr: a.prognosAr.value,
};

export function emptyMoves(): Record<IncomeSourceId, Record<DestinationId, number>> {
  return Object.fromEntries(
    incomeSourceIds.map((source) => [source, Object.fromEntries(destinationIds.map((destination) => [destination, 0]))]),
  ) as Record<IncomeSourceId, Record<DestinationId, number>>;
}

/** Where each of the data file's form defaults goes in a scenario: the one map from default to input. */
const setters: Record<CalculatorDefaultId, (scenario: Scenario, value: number) => void> = {
  deltagare: (scenario, value) => (scenario.participants = value),
  kostnadPerDeltagare: (scenario, value) => (scenario.costPerParticipant = value),
  forsorjningsstod: (scenario, value) => (scenario.monthlyBenefit.forsorjningsstod = value),
  sjukpenning: (scenario, value) => (scenario.monthlyBenefit.sjukpenning = value),
  sjukersattning: (scenario, value) => (scenario.monthlyBenefit.sjukersattning = value),
  aktivitetsstod: (scenario, value) => (scenario.monthlyBenefit.aktivitetsstod = value),
  lon: (scenario, value) => (scenario.wage = value),
  lonMedLonestod: (scenario, value) => (scenario.subsidizedWage = value),
  lonestodAndel: (scenario, value) => (scenario.subsidyShare = value),
  studiebidrag: (scenario, value) => (scenario.studyGrant = value),
};

/** Sets the given inputs, named as in the data file (`calculatorDefaults`). */
function withValues(scenario: Scenario, values: Partial<Record<CalculatorDefaultId, number>>): Scenario {
  for (const [id, value] of Object.entries(values) as [CalculatorDefaultId, number | undefined][]) {
    if (value !== undefined) setters[id](scenario, value);
  }
  return scenario;
}

/** The scenario with every input at its default and nobody moving. */
export function baseScenario(): Scenario {
  const empty: Scenario = {
    participants: 0,
    costPerParticipant: 0,
    monthlyBenefit: {forsorjningsstod: 0, sjukpenning: 0, sjukersattning: 0, aktivitetsstod: 0},
    wage: 0,
    subsidizedWage: 0,
    subsidyShare: 0,
    studyGrant: 0,
    moves: emptyMoves(),
  };
  return withValues(empty, Object.fromEntries(Object.entries(d).map(([id, assumption]) => [id, assumption.value])));
}

/** A preset from the data file as a scenario: the defaults, the preset's own values and its moves. */
export function scenarioOfPreset(preset: CalculatorPreset): Scenario {
  const scenario = withValues(baseScenario(), preset.values);
  for (const move of preset.moves) scenario.moves[move.from][move.to] = move.count;
  return scenario;
}

/** The scenario the page opens with: the report's worked example (the first preset in the data file). */
export function defaultScenario(): Scenario {
  const preset = calculatorPresets[0];
  return preset ? scenarioOfPreset(preset) : baseScenario();
}
