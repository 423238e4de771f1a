// Renders a PlainResult as text for `kg query`: an aligned table for people, a JSON array of row
// objects for programs, or RFC 4180 CSV for spreadsheets. Pure functions of their input.
import type { PlainResult, PlainValue } from './plain-value.ts';
import { QueryFormatError } from './query-errors.ts';

export const OUTPUT_FORMATS = ['table', 'json', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function parseOutputFormat(text: string): OutputFormat {
  const format = text.trim().toLowerCase();
  if ((OUTPUT_FORMATS as readonly string[]).includes(format)) return format as OutputFormat;
  throw new QueryFormatError(`Unknown output format "${text}": use one of ${OUTPUT_FORMATS.join(', ')}.`);
}

/** A cell as text: strings as they are, null as empty (csv) or "null" (table), the rest as JSON. */
function cellText(value: PlainValue, nullText: string): string {
  if (value === null) return nullText;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** Code points, so that accented names line up (East Asian wide characters are not handled). */
function width(text: string): number {
  return [...text].length;
}

function pad(text: string, size: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return right ? fill + text : text + fill;
}

/**
 * psql-like table: header, a dashed rule, one line per row, then "(N rows)". Line breaks and
 * tabs inside cells are shown as \n and \t so every row stays on one line; numeric columns are
 * right-aligned.
 */
export function formatTable(result: PlainResult): string {
  const escape = (text: string) => text.replace(/\\/g, '\\\\').replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
  const cells = result.rows.map((row) => result.columns.map((_, j) => escape(cellText(row[j] ?? null, 'null'))));
  const header = result.columns.map(escape);
  const widths = header.map((name, j) => Math.max(width(name), ...cells.map((row) => width(row[j]!))));
  const numeric = result.columns.map(
    (_, j) => result.rows.some((row) => typeof row[j] === 'number') && result.rows.every((row) => row[j] === null || typeof row[j] === 'number'),
  );
  const line = (row: string[], alignNumbers: boolean) =>
    row.map((text, j) => pad(text, widths[j]!, alignNumbers && numeric[j]!)).join(' | ').replace(/\s+$/, '');
  const out = [line(header, false), widths.map((w) => '-'.repeat(w)).join('-+-')];
  for (const row of cells) out.push(line(row, true));
  const n = result.rows.length;
  out.push(`(${n} ${n === 1 ? 'row' : 'rows'})`);
  return `${out.join('\n')}\n`;
}

/** A JSON array with one object per row, keys in column order, pretty-printed. */
export function formatJson(result: PlainResult): string {
  const objects = result.rows.map((row) => {
    const object: { [key: string]: PlainValue } = {};
    result.columns.forEach((column, j) => (object[column] = row[j] ?? null));
    return object;
  });
  return `${JSON.stringify(objects, null, 2)}\n`;
}

/** RFC 4180: a header record, CRLF line ends, fields quoted when they hold , " CR or LF. */
export function formatCsv(result: PlainResult): string {
  const field = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const records = [result.columns.map(field).join(',')];
  for (const row of result.rows) records.push(result.columns.map((_, j) => field(cellText(row[j] ?? null, ''))).join(','));
  return `${records.join('\r\n')}\r\n`;
}

export function formatResult(result: PlainResult, format: OutputFormat): string {
  switch (format) {
    case 'table':
      return formatTable(result);
    case 'json':
      return formatJson(result);
    case 'csv':
      return formatCsv(result);
  }
}
