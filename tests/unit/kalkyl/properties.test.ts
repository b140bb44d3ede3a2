import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {destinationIds, incomeSourceIds} from '@site/src/data/socioEconomicCalculator';
import {emptyMoves, rates} from '@site/src/tools/kalkyl/assumptions';
import {actorIds, calculate, sumActors, type Scenario} from '@site/src/tools/kalkyl/calculate';
import {moveLimits} from '@site/src/data/socioEconomicCalculator';
import {fieldOf, formValuesOf, readForm} from '@site/src/tools/kalkyl/fields';

const maxMonthlyAmount = fieldOf('lon').max;
const maxPeople = moveLimits.max;
import {apportion} from '@site/src/tools/kalkyl/presets';
import {fromSearch, toSearch} from '@site/src/tools/kalkyl/url';

const amount = fc.integer({min: 0, max: maxMonthlyAmount});
const small = fc.integer({min: 0, max: 50});

/** Any scenario the form accepts (moves within the participants). */
const scenarioArbitrary: fc.Arbitrary<Scenario> = fc
  .record({
    extra: fc.integer({min: 0, max: 1000}),
    costPerParticipant: fc.integer({min: 0, max: 10_000_000}),
    forsorjningsstod: amount,
    sjukpenning: amount,
    sjukersattning: amount,
    aktivitetsstod: amount,
    wage: amount,
    subsidizedWage: amount,
    subsidyShare: fc.integer({min: 0, max: 100}),
    studyGrant: amount,
    counts: fc.array(small, {minLength: incomeSourceIds.length * destinationIds.length, maxLength: incomeSourceIds.length * destinationIds.length}),
  })
  .map((input) => {
    const moves = emptyMoves();
    let index = 0;
    for (const source of incomeSourceIds) for (const destination of destinationIds) moves[source][destination] = input.counts[index++] ?? 0;
    const counted = input.counts.reduce((a, b) => a + b, 0);
    return {
      participants: Math.max(1, counted + input.extra),
      costPerParticipant: input.costPerParticipant,
      monthlyBenefit: {
        forsorjningsstod: input.forsorjningsstod,
        sjukpenning: input.sjukpenning,
        sjukersattning: input.sjukersattning,
        aktivitetsstod: input.aktivitetsstod,
      },
      wage: input.wage,
      subsidizedWage: input.subsidizedWage,
      subsidyShare: input.subsidyShare,
      studyGrant: input.studyGrant,
      moves,
    };
  });

const sourceArbitrary = fc.constantFrom(...incomeSourceIds);

function allFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (value === null) return true;
  if (Array.isArray(value)) return value.every(allFinite);
  if (typeof value === 'object') return Object.values(value as object).every(allFinite);
  return true;
}

describe('invariants of the calculation', () => {
  it('never lowers society\'s value when one more person moves into work instead of staying or studying', () => {
    fc.assert(
      fc.property(scenarioArbitrary, sourceArbitrary, fc.constantFrom('kvar', 'studier') as fc.Arbitrary<'kvar' | 'studier'>, (scenario, source, from) => {
        const before = structuredClone(scenario);
        before.moves[source][from] += 1;
        before.participants += 1;
        const after = structuredClone(before);
        after.moves[source][from] -= 1;
        after.moves[source].arbete += 1;
        expect(calculate(after, rates).annualValue).toBeGreaterThanOrEqual(calculate(before, rates).annualValue - 1e-6);
      }),
    );
  });

  it('never lowers society\'s value when more people are in the scenario and one of them moves into work', () => {
    fc.assert(
      fc.property(scenarioArbitrary, sourceArbitrary, (scenario, source) => {
        const more = structuredClone(scenario);
        more.participants += 1;
        more.moves[source].arbete += 1;
        expect(calculate(more, rates).annualValue).toBeGreaterThanOrEqual(calculate(scenario, rates).annualValue - 1e-6);
      }),
    );
  });

  it('pays back at once when the intervention costs nothing', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        expect(calculate({...scenario, costPerParticipant: 0}, rates).paybackMonths).toBe(0);
      }),
    );
  });

  it('gives finite outputs, with society equal to the sum of the actors', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const result = calculate(scenario, rates);
        expect(allFinite(result)).toBe(true);
        expect(result.annualValue).toBeCloseTo(sumActors(result.byActor), 3);
      }),
    );
  });

  it('gives finite outputs at the largest values the form accepts', () => {
    const moves = emptyMoves();
    moves.forsorjningsstod.arbete = maxPeople;
    const result = calculate(
      {
        participants: maxPeople,
        costPerParticipant: 10_000_000,
        monthlyBenefit: {forsorjningsstod: maxMonthlyAmount, sjukpenning: maxMonthlyAmount, sjukersattning: maxMonthlyAmount, aktivitetsstod: maxMonthlyAmount},
        wage: maxMonthlyAmount,
        subsidizedWage: maxMonthlyAmount,
        subsidyShare: 100,
        studyGrant: maxMonthlyAmount,
        moves,
      },
      rates,
    );
    expect(allFinite(result)).toBe(true);
  });
});

describe('invariants of the form', () => {
  it('reads any text without throwing, and what it accepts gives finite results', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('deltagare', 'kostnad', 'lon', 'lonestod-andel', 'forsorjningsstod-arbete', 'sjukpenning-studier'), fc.string({maxLength: 12})), (typed) => {
        const values = {...formValuesOf(calculateDefaults()), ...typed};
        const reading = readForm(values);
        if (reading.ok) expect(allFinite(calculate(reading.scenario, rates))).toBe(true);
        else expect(Object.values(reading.errors).every((message) => message.length > 10)).toBe(true);
      }),
    );
  });

  it('round-trips every accepted scenario through the address', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const values = formValuesOf(scenario);
        const back = readForm(fromSearch(toSearch(values)));
        expect(back.ok).toBe(true);
        if (back.ok) expect(back.scenario).toEqual(scenario);
      }),
    );
  });

  it('splits whole people in proportion, adding up to the total', () => {
    fc.assert(
      fc.property(fc.integer({min: 0, max: 500}), fc.array(fc.integer({min: 0, max: 1000}), {minLength: 1, maxLength: 6}), (total, weights) => {
        const parts = apportion(total, weights);
        const sum = weights.reduce((a, b) => a + b, 0);
        expect(parts).toHaveLength(weights.length);
        if (sum === 0) {
          expect(parts.every((part) => part === 0)).toBe(true);
          return;
        }
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        parts.forEach((part, index) => {
          const exact = ((weights[index] ?? 0) / sum) * total;
          expect(part).toBeGreaterThanOrEqual(Math.floor(exact));
          expect(part).toBeLessThanOrEqual(Math.ceil(exact));
        });
      }),
    );
  });
});

function calculateDefaults(): Scenario {
  const reading = readForm(fromSearch(''));
  if (!reading.ok) throw new Error('the default form must be valid');
  return reading.scenario;
}
