import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {stackSegments} from '@site/src/components/charts/StackedBarChart/segments';

describe('stackSegments', () => {
  it('lägger varje värde där det förra slutade', () => {
    expect(stackSegments([3, 0, 2])).toEqual([
      {start: 0, end: 3},
      {start: 3, end: 3},
      {start: 3, end: 5},
    ]);
  });

  it('ett värde som inte är ett positivt tal tar ingen plats', () => {
    expect(stackSegments([2, -1, Number.NaN, 1])).toEqual([
      {start: 0, end: 2},
      {start: 2, end: 2},
      {start: 2, end: 2},
      {start: 2, end: 3},
    ]);
  });

  it('segmenten ligger kant i kant och stapeln är lika lång som summan', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({min: 0, max: 10_000}), {maxLength: 12}), (values) => {
        const segments = stackSegments(values);
        segments.forEach((segment, index) => {
          expect(segment.end - segment.start).toBe(values[index]);
          expect(segment.start).toBe(index === 0 ? 0 : segments[index - 1]!.end);
        });
        expect(segments.at(-1)?.end ?? 0).toBe(values.reduce((sum, value) => sum + value, 0));
      }),
    );
  });
});
