/** CSV per RFC 4180: a header row, CRLF line breaks, fields quoted when they hold a comma, quote or line break. */

export type CsvValue = string | number | boolean | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;

/** One field: null/undefined is empty; quotes inside a quoted field are doubled. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A document: the header row then one row per record, each line ending with CRLF. */
export function toCsv<T>(columns: readonly (keyof T & string)[], records: readonly T[]): string {
  const lines = [columns.map(csvField).join(',')];
  for (const record of records) lines.push(columns.map((column) => csvField(record[column] as CsvValue)).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
