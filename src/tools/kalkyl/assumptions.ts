/**
 * The data file's constants as the calculation uses them: rates and the default scenario.
 */
import {
  calculatorAssumptions as a,
  calculatorPresets,
  calculatorDefaults as d,
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

/** The scenario with every input at its default and nobody moving. */
export function baseScenario(): Scenario {
  return {
    participants: d.deltagare.value,
    costPerParticipant: d.kostnadPerDeltagare.value,
    monthlyBenefit: {
      forsorjningsstod: d.forsorjningsstod.value,
      sjukpenning: d.sjukpenning.value,
      sjukersattning: d.sjukersattning.value,
      aktivitetsstod: d.aktivitetsstod.value,
    },
    wage: d.lon.value,
    subsidizedWage: d.lonMedLonestod.value,
    subsidyShare: d.lonestodAndel.value,
    studyGrant: d.studiebidrag.value,
    moves: emptyMoves(),
  };
}

/** The scenario the page opens with: the report's worked example (the first preset in the data file). */
export function defaultScenario(): Scenario {
  const scenario = baseScenario();
  const preset = calculatorPresets[0];
  for (const move of preset?.moves ?? []) scenario.moves[move.from][move.to] = move.count;
  return scenario;
}
