import {describe, expect, it} from 'vitest';
import {
  formatFieldNumber,
  formatKronorToThousand,
  formatMonths,
  formatMonthsShort,
  formatPercentValue,
  formatWholeKronor,
  formatFieldDefault,
  unitFor,
} from '@site/src/utils/format';

/** Intl's no-break and narrow no-break spaces as plain spaces, so the expectations read as the page does. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('the calculator\'s numbers and units (src/utils/format.ts)', () => {
  it('shows a field\'s number with at most two decimals and a hyphen-minus, as the user types it', () => {
    expect(plain(formatFieldNumber(23000))).toBe('23 000');
    expect(formatFieldNumber(31.42)).toBe('31,42');
    expect(formatFieldNumber(50.5)).toBe('50,5');
    expect(formatFieldNumber(1 / 3)).toBe('0,33');
    expect(formatFieldNumber(-5)).toBe('-5');
  });

  it('says one person in the singular and keeps other units as they are', () => {
    expect(unitFor(1, 'personer')).toBe('person');
    expect(unitFor(2, 'personer')).toBe('personer');
    expect(unitFor(1, 'kr per månad')).toBe('kr per månad');
    expect(formatFieldDefault(1, 'personer')).toBe('1 person');
    expect(plain(formatFieldDefault(80000, 'kr per deltagare'))).toBe('80 000 kr per deltagare');
  });

  it('rounds kronor to whole kronor or to thousands, never "−0 kr"', () => {
    expect(plain(formatWholeKronor(-80000.4))).toBe('−80 000 kr');
    expect(formatWholeKronor(-0.2)).toBe('0 kr');
    expect(plain(formatKronorToThousand(387123))).toBe('387 000 kr');
    expect(formatKronorToThousand(-400)).toBe('0 kr');
  });

  it('names months in the singular and plural, and short', () => {
    expect(formatMonths(1)).toBe('1 månad');
    expect(formatMonths(3)).toBe('3 månader');
    expect(formatMonthsShort(61)).toBe('61 mån');
    expect(formatPercentValue(64.52, 1)).toBe('64,5 %');
  });
});
