/**
 * The socio-economic calculation: what it is worth, per year and per actor, that participants move
 * from one income source to work, subsidised work or studies; and Payoff's key figures
 * (lönsamhet, återbetalningstid, verkningsgrad, kostnad per verkningsgrad) from that value.
 * Pure functions without React, so they can be tested on their own.
 *
 * The model, in short (the page "Så räknar kalkylen" says the same in Swedish):
 * - Each actor's value is its money after minus its money before, for twelve months.
 * - Society is the sum of all actors, the participant included. A benefit is money moving from
 *   one actor to another, so it cancels out for society; what remains is the value of the work
 *   (wage and employer's fees, minus any wage subsidy) and the case handling that is no longer needed.
 * - Tax is a flat share of the income, without deductions.
 */
import type {BenefitSourceId, DestinationId, IncomeSourceId} from '@site/src/data/socioEconomicCalculator';

export const actorIds = ['kommun', 'region', 'arbetsformedlingen', 'forsakringskassan', 'staten', 'deltagaren'] as const;
export type ActorId = (typeof actorIds)[number];
export type ActorValues = Record<ActorId, number>;

/** Rates and fixed amounts, all from src/data/socioEconomicCalculator.ts. Percentages as 0–100. */
export interface Rates {
  /** arbetsgivaravgift */
  employerContribution: number;
  /** kommunal skattesats */
  municipalTaxRate: number;
  regionTaxRate: number;
  /** statlig inkomstskatt */
  stateTaxRate: number;
  /** skiktgräns: kr per year above which state tax is paid */
  stateTaxThreshold: number;
  /** kr per participant and year */
  potentialPerParticipant: number;
  /** kr per month that the paying actor spends on handling each income source */
  handlingPerMonth: Record<IncomeSourceId, number>;
  /** years in the medium-term forecast */
  forecastYears: number;
}

export type {BenefitSourceId};

/** One scenario as the form describes it. Amounts in kr per month, shares 0–100. */
export interface Scenario {
  participants: number;
  costPerParticipant: number;
  monthlyBenefit: Record<BenefitSourceId, number>;
  wage: number;
  subsidizedWage: number;
  subsidyShare: number;
  studyGrant: number;
  /** How many people move from each income source to each destination. */
  moves: Record<IncomeSourceId, Record<DestinationId, number>>;
}

/** Who pays each income source, and whether it is taxed. */
export const incomeSourceRules: Record<BenefitSourceId, {payer: ActorId; taxable: boolean}> = {
  forsorjningsstod: {payer: 'kommun', taxable: false},
  sjukpenning: {payer: 'forsakringskassan', taxable: true},
  sjukersattning: {payer: 'forsakringskassan', taxable: true},
  // Arbetsförmedlingen decides and bears the cost; Försäkringskassan only pays it out.
  aktivitetsstod: {payer: 'arbetsformedlingen', taxable: true},
};

const months = 12;

function zero(): ActorValues {
  return {kommun: 0, region: 0, arbetsformedlingen: 0, forsakringskassan: 0, staten: 0, deltagaren: 0};
}

function add(target: ActorValues, source: ActorValues, times = 1): void {
  for (const actor of actorIds) target[actor] += source[actor] * times;
}

/** Taxes on a year's taxable income, and what the person keeps. */
function incomeTax(annual: number, rates: Rates): {kommun: number; region: number; staten: number} {
  return {
    kommun: (annual * rates.municipalTaxRate) / 100,
    region: (annual * rates.regionTaxRate) / 100,
    staten: (Math.max(0, annual - rates.stateTaxThreshold) * rates.stateTaxRate) / 100,
  };
}

/** Money in (+) and out (−) for each actor during twelve months of receiving a taxable or untaxed income. */
function incomeFlows(annual: number, taxable: boolean, rates: Rates): ActorValues {
  const flows = zero();
  flows.deltagaren += annual;
  if (taxable) {
    const tax = incomeTax(annual, rates);
    flows.kommun += tax.kommun;
    flows.region += tax.region;
    flows.staten += tax.staten;
    flows.deltagaren -= tax.kommun + tax.region + tax.staten;
  }
  return flows;
}

/** Twelve months living on an income source (before the intervention). */
export function sourceFlows(source: IncomeSourceId, scenario: Scenario, rates: Rates): ActorValues {
  if (source === 'ingen') return zero();
  const rule = incomeSourceRules[source];
  const annual = scenario.monthlyBenefit[source] * months;
  const flows = incomeFlows(annual, rule.taxable, rates);
  flows[rule.payer] -= annual + rates.handlingPerMonth[source] * months;
  return flows;
}

/** Twelve months in work; `subsidyShare` (0–100) of the employer's wage cost paid by Arbetsförmedlingen. */
export function workFlows(monthlyWage: number, subsidyShare: number, rates: Rates): ActorValues {
  const annual = monthlyWage * months;
  const flows = incomeFlows(annual, true, rates);
  const fees = (annual * rates.employerContribution) / 100;
  flows.staten += fees;
  flows.arbetsformedlingen -= ((annual + fees) * subsidyShare) / 100;
  return flows;
}

/** Twelve months after the intervention in `destination`, for someone who came from `source`. */
export function destinationFlows(destination: DestinationId, source: IncomeSourceId, scenario: Scenario, rates: Rates): ActorValues {
  switch (destination) {
    case 'arbete':
      return workFlows(scenario.wage, 0, rates);
    case 'lonestod':
      return workFlows(scenario.subsidizedWage, scenario.subsidyShare, rates);
    case 'studier': {
      const annual = scenario.studyGrant * months;
      const flows = incomeFlows(annual, false, rates);
      flows.staten -= annual;
      return flows;
    }
    case 'kvar':
      return sourceFlows(source, scenario, rates);
  }
}

/** The change for one person over twelve months: after minus before. */
export function moveValue(source: IncomeSourceId, destination: DestinationId, scenario: Scenario, rates: Rates): ActorValues {
  const value = zero();
  add(value, destinationFlows(destination, source, scenario, rates));
  add(value, sourceFlows(source, scenario, rates), -1);
  return value;
}

export function sumActors(values: ActorValues): number {
  return actorIds.reduce((sum, actor) => sum + values[actor], 0);
}

export interface KeyFigures {
  /** kr: participants × cost per participant */
  totalCost: number;
  /** kr per year for society */
  annualValue: number;
  /** kr: value after one year minus the whole cost */
  profitYear1: number;
  /** kr: value after the forecast's years minus the whole cost */
  profitForecast: number;
  /** Whole months until the value has covered the cost (rounded up); 0 when nothing was spent; null when the value never covers it. */
  paybackMonths: number | null;
  /** Verkningsgrad: percent of the participants' potential freed in a year; null without participants or potential. */
  efficiency: number | null;
  /** Kostnad per verkningsgrad: kr per participant for each percentage point of efficiency; null when efficiency is not above zero. */
  costPerEfficiency: number | null;
  /** Value minus cost at the end of year 0 … forecast years. */
  cumulative: {year: number; value: number}[];
}

/** Payoff's key figures from a year's value and the cost, as the report defines them (L512–L516). */
export function keyFigures(input: {
  annualValue: number;
  participants: number;
  costPerParticipant: number;
  potentialPerParticipant: number;
  forecastYears: number;
}): KeyFigures {
  const {annualValue, participants, costPerParticipant, potentialPerParticipant, forecastYears} = input;
  const totalCost = participants * costPerParticipant;
  const potential = participants * potentialPerParticipant;
  const efficiency = potential > 0 ? (annualValue / potential) * 100 : null;
  let paybackMonths: number | null;
  if (totalCost <= 0) paybackMonths = 0;
  else if (annualValue <= 0) paybackMonths = null;
  else paybackMonths = Math.ceil((totalCost / annualValue) * months - 1e-9);
  const cumulative = Array.from({length: forecastYears + 1}, (_, year) => ({year, value: annualValue * year - totalCost}));
  return {
    totalCost,
    annualValue,
    profitYear1: annualValue - totalCost,
    profitForecast: annualValue * forecastYears - totalCost,
    paybackMonths,
    efficiency,
    costPerEfficiency: efficiency !== null && efficiency > 0 ? costPerParticipant / efficiency : null,
    cumulative,
  };
}

export interface CalculatorResult extends KeyFigures {
  /** kr per year for each actor */
  byActor: ActorValues;
  /** People who moved to work, subsidised work or studies (not those who stayed). */
  moved: number;
  /** Everyone in the moves table, those who stayed included. */
  counted: number;
  /** People who moved into work, with or without subsidy. */
  intoWork: number;
}

export function calculate(scenario: Scenario, rates: Rates): CalculatorResult {
  const byActor = zero();
  let moved = 0;
  let counted = 0;
  let intoWork = 0;
  for (const [source, row] of Object.entries(scenario.moves) as [IncomeSourceId, Record<DestinationId, number>][]) {
    for (const [destination, count] of Object.entries(row) as [DestinationId, number][]) {
      if (count === 0) continue;
      counted += count;
      if (destination !== 'kvar') moved += count;
      if (destination === 'arbete' || destination === 'lonestod') intoWork += count;
      add(byActor, moveValue(source, destination, scenario, rates), count);
    }
  }
  const figures = keyFigures({
    annualValue: sumActors(byActor),
    participants: scenario.participants,
    costPerParticipant: scenario.costPerParticipant,
    potentialPerParticipant: rates.potentialPerParticipant,
    forecastYears: rates.forecastYears,
  });
  return {...figures, byActor, moved, counted, intoWork};
}
