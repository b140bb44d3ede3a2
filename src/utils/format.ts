/**
 * Swedish (sv-SE) formatting of numbers and dates, the same on the server and in the browser.
 * Intl uses a narrow no-break space (U+00A0/U+202F) as thousands separator and a comma as decimal sign.
 */
const locale = 'sv-SE';

const integerFormat = new Intl.NumberFormat(locale, {maximumFractionDigits: 0});
const dateFormat = new Intl.DateTimeFormat(locale, {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});

/** 12225 → "12 225" */
export function formatInteger(value: number): string {
  return integerFormat.format(value);
}

/** 51.52, 1 → "51,5" (fixed number of decimals). */
export function formatDecimal(value: number, decimals: number): string {
  return new Intl.NumberFormat(locale, {minimumFractionDigits: decimals, maximumFractionDigits: decimals}).format(value);
}

/** 0.515 → "51,5 %" */
export function formatPercent(share: number, decimals = 0): string {
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(share);
}

/** 12225000 → "12 225 000 kr" */
export function formatKronor(value: number): string {
  return `${formatInteger(value)} kr`;
}

/** "2026-11-23" → "23 november 2026" */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Ogiltigt datum: "${isoDate}" (väntade ÅÅÅÅ-MM-DD)`);
  return dateFormat.format(date);
}

/** A report line reference for readers: "L358–L363" → "rad 358–363". */
export function formatReportLines(lines: string): string {
  return `rad ${lines.replace(/L/g, '')}`;
}
