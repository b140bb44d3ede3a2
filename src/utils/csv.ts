/**
 * CSV for Excel in Swedish: UTF-8 with a byte-order mark (so å, ä, ö show), semicolon as separator
 * and decimal comma. Pure, unit-tested; pages offer the result as a download link.
 */
import {siteTitle} from '../config/site';

export type CsvCell = string | number | null;

function cell(value: CsvCell): string {
  if (value === null) return '';
  const textValue = typeof value === 'number' ? String(value).replace('.', ',') : value;
  return /[";\n\r]/.test(textValue) ? `"${textValue.replace(/"/g, '""')}"` : textValue;
}

export function toCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return '\uFEFF' + [headers, ...rows].map((row) => row.map(cell).join(';')).join('\r\n') + '\r\n';
}

/** A data: address for a download link, so the file needs no server and no JavaScript. */
export function csvDataUri(csv: string): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
}

/** What a CSV file says where the report gives no value (a table on the page shows –). */
export const missingValue = 'uppgift saknas';

export interface CsvTable {
  /** The table's title: the file's first line of notes, so that the file can be read without the page. */
  title: string;
  headers: readonly string[];
  rows: readonly (readonly CsvCell[])[];
  /** Sources, units and what is computed, as on the page. */
  notes?: readonly string[];
}

/**
 * A table as a file that stands alone: the header row first (so spreadsheets and scripts read the
 * columns as usual), "uppgift saknas" in every cell the report leaves empty, and after an empty row
 * the title and the notes, one per row.
 */
export function tableCsv({title, headers, rows, notes = []}: CsvTable): string {
  const hasMissing = rows.some((row) => row.some((value) => value === null));
  const about = [
    `Tabell: ${title}`,
    ...notes,
    ...(hasMissing ? [`”${missingValue}”: rapporten anger inget värde.`] : []),
    `Från ${siteTitle}.`,
  ];
  return toCsv(headers, [...rows.map((row) => row.map((value) => (value === null ? missingValue : value))), [], ...about.map((note) => [note])]);
}
