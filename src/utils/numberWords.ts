import {formatNumber} from './format';

const words = ['noll', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'];

/**
 * A small count in words, as Swedish running text writes it ("fem team"); from 13 on, digits.
 * `neuter: false` gives "en" for 1 (en person), otherwise "ett" (ett team).
 */
export function countInWords(count: number, {neuter = true}: {neuter?: boolean} = {}): string {
  if (count === 1 && !neuter) return 'en';
  return Number.isInteger(count) && count >= 0 && count < words.length ? words[count]! : formatNumber(count);
}
