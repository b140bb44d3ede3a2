/**
 * CSV for Excel in Swedish: UTF-8 with a byte-order mark (so å, ä, ö show), semicolon as separator
 * and decimal comma. Pure, unit-tested; pages offer the result as a download link.
 */
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
