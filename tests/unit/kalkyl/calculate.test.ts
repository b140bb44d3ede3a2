import {readFileSync} from 'node:fs';
import matter from 'gray-matter';
import {describe, expect, it} from 'vitest';
import {payoffList, payoffWorkedExamples} from '@site/src/data/payoff';
import {calculatorAssumptions, calculatorInputs} from '@site/src/data/socioEconomicCalculator';
import {baseScenario, defaultScenario, rates} from '@site/src/tools/kalkyl/assumptions';
import {actorIds, calculate, keyFigures, moveValue, sumActors} from '@site/src/tools/kalkyl/calculate';
import {projectRoot} from '../../content/files';

/** A figure from the report's worked examples, by example id and label start. */
function workedFigure(exampleId: string, labelStart: string): number {
  const example = payoffWorkedExamples.find((candidate) => candidate.id === exampleId);
  const figure = example?.figures.find((candidate) => candidate.label.startsWith(labelStart));
  if (!figure) throw new Error(`${exampleId}: ${labelStart} saknas`);
  return figure.figure.value;
}

/** A figure from a practice example's front matter (exempel/<slug>.mdx), by label start. */
function exampleFigure(slug: string, labelStart: string): number {
  const {data} = matter(readFileSync(`${projectRoot}exempel/${slug}.mdx`, 'utf8'));
  const figures = (data as {example: {figures: {label: string; value: number}[]}}).example.figures;
  const figure = figures.find((candidate) => candidate.label.startsWith(labelStart));
  if (!figure) throw new Error(`${slug}: ${labelStart} saknas`);
  return figure.value;
}

/** An input's default, by its id in the data file's table. */
const defaultOf = (id: string) => calculatorInputs.find((input) => input.id === id)?.value;

const withinShare = (actual: number, expected: number, share: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.abs(expected) * share);

describe('the report\'s worked example: försörjningsstöd to full-time work (L508–L510)', () => {
  const result = calculate(defaultScenario(), rates);
  const wage = workedFigure('forsorjningsstod-till-arbete', 'Lön efter');
  const support = workedFigure('forsorjningsstod-till-arbete', 'Försörjningsstöd före');

  it('uses the report\'s amounts as defaults', () => {
    expect(defaultOf('lon')).toBe(wage);
    expect(defaultOf('forsorjningsstod')).toBe(support);
  });

  it('derives the kommun\'s handling cost from the report\'s own figures', () => {
    const kommun = workedFigure('forsorjningsstod-till-arbete', 'Intäkt för kommunen');
    const tax = workedFigure('forsorjningsstod-till-arbete', 'Varav skatteintäkt');
    expect(calculatorAssumptions.handlaggningForsorjningsstod.value).toBe((kommun - 12 * support - tax) / 12);
  });

  it('gives the kommun about the report\'s 180 000 kr, and a tax close to its 60 000 kr', () => {
    withinShare(result.byActor.kommun, workedFigure('forsorjningsstod-till-arbete', 'Intäkt för kommunen'), 0.03);
    const kommunTax = (12 * wage * rates.municipalTaxRate) / 100;
    withinShare(kommunTax, workedFigure('forsorjningsstod-till-arbete', 'Varav skatteintäkt'), 0.1);
  });

  it('gives society the work\'s value plus the freed handling, lower than Payoff\'s 510 000 kr as the page says', () => {
    const expected = 12 * wage * (1 + rates.employerContribution / 100) + 12 * rates.handlingPerMonth.forsorjningsstod;
    expect(result.annualValue).toBeCloseTo(expected, 6);
    expect(result.annualValue).toBeLessThan(workedFigure('forsorjningsstod-till-arbete', 'Intäkt för samhället'));
  });

  it('lets the support cancel out for society: the kommun gains what the participant loses', () => {
    const toStudies = moveValue('forsorjningsstod', 'studier', baseScenario(), rates);
    expect(sumActors(toStudies)).toBeCloseTo(12 * rates.handlingPerMonth.forsorjningsstod, 6);
    expect(toStudies.kommun).toBeCloseTo(12 * (support + rates.handlingPerMonth.forsorjningsstod), 6);
  });

  it('pays back in three months at the database\'s average cost', () => {
    expect(result.totalCost).toBe(defaultOf('kostnadPerDeltagare'));
    expect(result.paybackMonths).toBe(3);
  });
});

describe('subsidised work (L486): worth nothing to society when the subsidy is 100 %', () => {
  it('leaves only the freed handling for society, and puts the cost on Arbetsförmedlingen', () => {
    const scenario = baseScenario();
    scenario.subsidyShare = 100;
    const value = moveValue('ingen', 'lonestod', scenario, rates);
    expect(sumActors(value)).toBeCloseTo(0, 6);
    expect(value.arbetsformedlingen).toBeLessThan(0);
    expect(value.kommun).toBeGreaterThan(0);
  });
});

describe('key figures as the report defines them (L512–L516)', () => {
  it('reproduces the verkningsgrad example: 120 000 of 600 000 kr is 20 %', () => {
    const figures = keyFigures({
      annualValue: workedFigure('verkningsgrad', 'Skapat värde'),
      participants: 1,
      costPerParticipant: 0,
      potentialPerParticipant: workedFigure('verkningsgrad', 'Samhällsekonomisk kostnad före'),
      forecastYears: 5,
    });
    expect(figures.efficiency).toBe(workedFigure('verkningsgrad', 'Verkningsgrad'));
    expect(figures.paybackMonths).toBe(0);
  });

  it('uses the report\'s potential per participant', () => {
    expect(rates.potentialPerParticipant).toBe(workedFigure('potential', 'Samhällets potential'));
  });

  it('reproduces Arbetsmarknadstorget\'s evaluation: profitability, payback and five-year forecast', () => {
    const participants = exampleFigure('arbetsmarknadstorget', 'Deltagare i Payoffs');
    const value = exampleFigure('arbetsmarknadstorget', 'Ökning av samhällets intäkter');
    const profit = exampleFigure('arbetsmarknadstorget', 'Lönsamhet');
    const forecast = exampleFigure('arbetsmarknadstorget', 'Beräknade intäkter på medellång sikt');
    const cost = value - profit;
    const figures = keyFigures({annualValue: value, participants, costPerParticipant: cost / participants, potentialPerParticipant: 600000, forecastYears: 5});
    expect(figures.profitYear1).toBeCloseTo(profit, 6);
    // Payoff's list gives Arbetsmarknadstorget 8 months (L523).
    expect(figures.paybackMonths).toBe(payoffList[0]?.figures.find((f) => f.label === 'Återbetalningstid')?.figure.value);
    // The forecast is five times the first year's value; Payoff's own forecast is 1 % higher.
    withinShare(5 * value, forecast, 0.02);
  });

  it('reads kostnad per verkningsgrad as cost per participant per percentage point, which makes Payoff\'s list consistent', () => {
    for (const row of payoffList) {
      const figure = (label: string) => row.figures.find((candidate) => candidate.label === label)?.figure.value ?? NaN;
      const verkningsgrad = figure('Verkningsgrad');
      const payback = figure('Återbetalningstid');
      const costPerVerkningsgrad = figure('Kostnad per verkningsgrad');
      // cost = kpv × vg; yearly value = vg % × potential; payback = cost / value × 12 → potential = 12 × kpv × 100 / payback.
      const impliedPotential = (12 * costPerVerkningsgrad * 100) / payback;
      expect(impliedPotential, row.intervention).toBeGreaterThan(500000);
      expect(impliedPotential, row.intervention).toBeLessThan(800000);
      const figures = keyFigures({
        annualValue: (verkningsgrad / 100) * impliedPotential,
        participants: 1,
        costPerParticipant: costPerVerkningsgrad * verkningsgrad,
        potentialPerParticipant: impliedPotential,
        forecastYears: 5,
      });
      expect(figures.costPerEfficiency).toBeCloseTo(costPerVerkningsgrad, 6);
      expect(figures.paybackMonths).toBe(payback);
    }
  });

  it('says a scenario without value never pays back, and has no cost per verkningsgrad', () => {
    const figures = keyFigures({annualValue: 0, participants: 10, costPerParticipant: 1000, potentialPerParticipant: 600000, forecastYears: 5});
    expect(figures.paybackMonths).toBeNull();
    expect(figures.costPerEfficiency).toBeNull();
    expect(figures.cumulative).toHaveLength(6);
    expect(figures.cumulative[0]?.value).toBe(-10000);
  });
});

describe('actors', () => {
  it('adds up to society for every move', () => {
    const scenario = baseScenario();
    for (const source of ['forsorjningsstod', 'sjukpenning', 'sjukersattning', 'aktivitetsstod', 'ingen'] as const) {
      for (const destination of ['arbete', 'lonestod', 'studier', 'kvar'] as const) {
        const value = moveValue(source, destination, scenario, rates);
        expect(actorIds.every((actor) => Number.isFinite(value[actor]))).toBe(true);
        if (destination === 'kvar') expect(sumActors(value)).toBeCloseTo(0, 6);
      }
    }
  });

  it('puts sjukpenning on Försäkringskassan and aktivitetsstöd on Arbetsförmedlingen', () => {
    const scenario = baseScenario();
    expect(moveValue('sjukpenning', 'arbete', scenario, rates).forsakringskassan).toBeCloseTo(12 * scenario.monthlyBenefit.sjukpenning, 6);
    expect(moveValue('aktivitetsstod', 'arbete', scenario, rates).arbetsformedlingen).toBeCloseTo(12 * scenario.monthlyBenefit.aktivitetsstod, 6);
  });

  it('charges state income tax only on the part of a year\'s wage above the threshold', () => {
    const scenario = baseScenario();
    scenario.wage = 60000;
    const value = moveValue('ingen', 'arbete', scenario, rates);
    const fees = (12 * 60000 * rates.employerContribution) / 100;
    expect(value.staten).toBeCloseTo(fees + ((12 * 60000 - rates.stateTaxThreshold) * rates.stateTaxRate) / 100, 6);
  });
});
