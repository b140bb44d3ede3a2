/**
 * Swedish (sv-SE) formatting of numbers, units and dates, the same on the server and in the browser.
 * Every number the site shows is formatted here; components never create their own Intl.NumberFormat.
 * Intl uses a narrow no-break space (U+00A0/U+202F) as thousands separator and a comma as decimal sign.
 */
const locale = 'sv-SE';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** One Intl.NumberFormat per set of options, made the first time it is needed. */
function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

// Made the first time a date is formatted: making an Intl.DateTimeFormat loads the calendar data,
// which took about 15 ms when the module was loaded on pages that format no date (team pages).
let dateFormat: Intl.DateTimeFormat | undefined;

/** 12225 → "12 225" */
export function formatInteger(value: number): string {
  return numberFormat({maximumFractionDigits: 0}).format(value);
}

/** 51.52, 1 → "51,5" (fixed number of decimals). */
export function formatDecimal(value: number, decimals: number): string {
  return numberFormat({minimumFractionDigits: decimals, maximumFractionDigits: decimals}).format(value);
}

/** A figure as a report states it, with at most `maxDecimals` decimals and no trailing zeros: 51.52 → "51,5", 3 → "3". */
export function formatNumber(value: number, maxDecimals = 1): string {
  return numberFormat({maximumFractionDigits: maxDecimals}).format(value);
}

/** Full-time posts (heltidstjänster): always at least one decimal, at most two: 1 → "1,0", 0.75 → "0,75". */
export function formatFte(value: number): string {
  return numberFormat({minimumFractionDigits: 1, maximumFractionDigits: 2}).format(value);
}

/** 0.515 → "51,5 %" */
export function formatPercent(share: number, decimals = 0): string {
  return numberFormat({style: 'percent', minimumFractionDigits: decimals, maximumFractionDigits: decimals}).format(share);
}

/** 12225000 → "12 225 000 kr" */
export function formatKronor(value: number): string {
  return `${formatInteger(value)} kr`;
}

/** The units the data files use, and how the site writes each one after a number. */
export const unitNames = {
  personer: 'personer',
  procent: '%',
  kr: 'kr',
  tkr: 'tkr',
  månader: 'månader',
  dagar: 'dagar',
  år: 'år',
  tjänster: 'tjänster',
  gånger: 'gånger',
  insatser: 'insatser',
} as const;

export type Unit = keyof typeof unitNames;

/** A stated figure with its unit: (51.52, "procent") → "51,5 %", (12, "månader") → "12 månader". */
export function formatWithUnit(value: number, unit: Unit): string {
  return `${formatNumber(value)} ${unitNames[unit]}`;
}

/** "2026-11-23" → "23 november 2026" */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Ogiltigt datum: "${isoDate}" (väntade ÅÅÅÅ-MM-DD)`);
  dateFormat ??= new Intl.DateTimeFormat(locale, {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});
  return dateFormat.format(date);
}

/** A report line reference for readers: "L358–L363" → "rad 358–363". */
export function formatReportLines(lines: string): string {
  return `rad ${lines.replace(/L/g, '')}`;
}

// The socio-economic calculator's numbers and units (src/tools/kalkyl, src/pages/verktyg/samhallsekonomisk-kalkyl).

/** A number as a form field shows it, with at most two decimals and a hyphen-minus: 23000 → "23 000", 31.42 → "31,42". */
export function formatFieldNumber(value: number): string {
  return formatNumber(value, 2).replace(/\u2212/g, '-');
}

/** Units named in the plural whose singular differs: "1 person", "2 personer". */
const singularUnits: Readonly<Record<string, string>> = {personer: 'person'};

/** The unit for `value`: the singular when it is exactly one. */
export function unitFor(value: number, unit: string): string {
  return value === 1 ? (singularUnits[unit] ?? unit) : unit;
}

/** A value with its unit, as a form field's default is described: "1 person", "80 000 kr per deltagare". */
export function formatFieldDefault(value: number, unit: string): string {
  return `${formatFieldNumber(value)} ${unitFor(value, unit)}`;
}

/** Whole kronor, never "−0 kr": −80 000,4 → "−80 000 kr". */
export function formatWholeKronor(value: number): string {
  return formatKronor(Math.round(value) || 0);
}

/** Kronor to the nearest thousand, for prose: 387 123 → "387 000 kr". */
export function formatKronorToThousand(value: number): string {
  return formatKronor(Math.round(value / 1000) * 1000 || 0);
}

/** A count of months in words: "1 månad", "3 månader". */
export function formatMonths(months: number): string {
  return `${formatInteger(months)} ${months === 1 ? 'månad' : 'månader'}`;
}

/** A count of months, short, for a key figure: "3 mån". */
export function formatMonthsShort(months: number): string {
  return `${formatInteger(months)} mån`;
}

/** A value already in percent (0–100) with a fixed number of decimals: 64.52 → "64,5 %". */
export function formatPercentValue(value: number, decimals: number): string {
  return `${formatDecimal(value, decimals)} %`;
}
