import fc from 'fast-check';
import {clampValue, initialState, maxAreas, minAreas, setValue} from '@site/src/tools/livshjulet/model';
import {currentVersion, formatName, readImport, readStored, writeStored} from '@site/src/tools/livshjulet/storage';
import {pointAt, radiusOf, sectorAngles, valueAtPoint} from '@site/src/tools/livshjulet/geometry';

const areaIds = initialState().areas.map((area) => area.id);

/**
 * Files in the wheel's own format that are sometimes valid and sometimes not: 1–14 areas (3–12 are
 * allowed), values from −3 to 13 (0–10 are allowed), and now and then a whole field replaced by any
 * JSON value. Plain `fc.jsonValue()` never has the format's name, so every input would be rejected.
 */
const wheelFileArb = fc
  .tuple(
    fc.integer({min: 1, max: maxAreas + 2}),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom('now' as const, 'wish' as const), fc.option(fc.integer({min: -3, max: 13}), {nil: null})), {maxLength: 6}),
    fc.option(fc.tuple(fc.constantFrom('areas', 'ratings', 'rounds'), fc.jsonValue()), {nil: undefined, freq: 3}),
  )
  .map(([count, values, replaced]) => {
    const areas = Array.from({length: count}, (_, index) => ({id: `omrade-${index + 1}`, name: `Område ${index + 1}`}));
    const ratings: Record<string, {now: number | null; wish: number | null; note: string; nextStep: string}> = {};
    for (const [index, which, value] of values) {
      const id = areas[index % count]!.id;
      ratings[id] = {...(ratings[id] ?? {now: null, wish: null, note: '', nextStep: ''}), [which]: value};
    }
    const state: Record<string, unknown> = {areas, ratings, rounds: []};
    if (replaced) state[replaced[0]] = replaced[1];
    return JSON.stringify({format: formatName, version: currentVersion, savedAt: '2026-12-07T10:00:00.000Z', state});
  });

describe('egenskaper som gäller för alla indata', () => {
  it('vad som helst som text: läsningen kastar aldrig, och svarar ok eller med ett svenskt meddelande', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const result = readImport(raw.length, raw);
        return result.ok || (typeof result.message === 'string' && result.message.length > 10);
      }),
    );
  });

  it('vad som helst som JSON: godtas bara om värdena är 0–10 och områdena 3–12', () => {
    const seen = {accepted: 0, rejected: 0};
    fc.assert(
      fc.property(fc.oneof(wheelFileArb, wheelFileArb, fc.jsonValue().map((value) => JSON.stringify(value))), (raw) => {
        const result = readStored(raw);
        if (!result.ok) {
          seen.rejected++;
          return result.message.length > 10;
        }
        seen.accepted++;
        const {areas, ratings} = result.state;
        return (
          areas.length >= minAreas &&
          areas.length <= maxAreas &&
          Object.values(ratings).every((rating) => [rating.now, rating.wish].every((v) => v === null || (Number.isInteger(v) && v >= 0 && v <= 10)))
        );
      }),
      {numRuns: 300},
    );
    // The property says something only if the inputs reach both answers.
    expect(seen.accepted).toBeGreaterThan(10);
    expect(seen.rejected).toBeGreaterThan(10);
  });

  it('alla ifyllda hjul går att spara och läsa tillbaka oförändrade', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...areaIds), fc.constantFrom('now' as const, 'wish' as const), fc.option(fc.double(), {nil: null}))), (changes) => {
        const state = changes.reduce((current, [id, which, value]) => setValue(current, id, which, value), initialState());
        const result = readStored(writeStored(state));
        return result.ok && JSON.stringify(result.state) === JSON.stringify(state);
      }),
    );
  });

  it('ett värde blir alltid ett heltal 0–10 eller tomt', () => {
    fc.assert(
      fc.property(fc.option(fc.double(), {nil: null}), (value) => {
        const clamped = clampValue(value);
        return clamped === null || (Number.isInteger(clamped) && clamped >= 0 && clamped <= 10);
      }),
    );
  });

  it('ett klick mitt i en sektor på ett värdes radie ger tillbaka område och värde, för 3–12 områden', () => {
    fc.assert(
      fc.property(fc.integer({min: minAreas, max: maxAreas}), fc.nat(), fc.integer({min: 0, max: 10}), (count, rawIndex, value) => {
        const index = rawIndex % count;
        const point = pointAt(sectorAngles(index, count).middle, radiusOf(value));
        const hit = valueAtPoint(point.x, point.y, count);
        return hit !== null && hit.index === index && hit.value === value;
      }),
    );
  });
});
