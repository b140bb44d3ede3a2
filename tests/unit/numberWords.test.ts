import {describe, expect, it} from 'vitest';
import {countInWords} from '@site/src/utils/numberWords';

describe('countInWords', () => {
  it('skriver små tal med ord och stora med siffror', () => {
    expect(countInWords(5)).toBe('fem');
    expect(countInWords(12)).toBe('tolv');
    expect(countInWords(13)).toBe('13');
  });

  it('ger "ett" för neutrum (ett team) och "en" annars (en linje)', () => {
    expect(countInWords(1)).toBe('ett');
    expect(countInWords(1, {neuter: false})).toBe('en');
    expect(countInWords(4, {neuter: false})).toBe('fyra');
  });

  it('skriver inte bråk eller negativa tal som ord', () => {
    expect(countInWords(-1)).toBe('−1');
    expect(countInWords(2.5)).toBe('2,5');
  });
});
