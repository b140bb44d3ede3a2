import fc from 'fast-check';
import {clampValue, initialState, maxAreas, minAreas, setValue} from '@site/src/tools/livshjulet/model';
import {readImport, readStored, writeStored} from '@site/src/tools/livshjulet/storage';
import {pointAt, radiusOf, sectorAngles, valueAtPoint} from '@site/src/tools/livshjulet/geometry';

const areaIds = initialState().areas.map((area) => area.id);

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
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = readStored(JSON.stringify(value));
        if (!result.ok) return true;
        const {areas, ratings} = result.state;
        return (
          areas.length >= minAreas &&
          areas.length <= maxAreas &&
          Object.values(ratings).every((rating) => [rating.now, rating.wish].every((v) => v === null || (Number.isInteger(v) && v >= 0 && v <= 10)))
        );
      }),
    );
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
