import { stringify } from 'csv-stringify/sync';
import { columnsOf, type Cell, type DataTable } from './table.ts';

/**
 * A table as CSV for spreadsheets: UTF-8 with a byte-order mark (without it Excel reads the file
 * in a legacy code page and garbles Vietnamese), CRLF line ends (RFC 4180), Vietnamese headers.
 */
export function tableCsv(table: DataTable, rows: readonly Record<string, Cell>[]): string {
  return [...tableCsvChunks(table, rows)].join('');
}

/** Rows per chunk of a table file: a national table is ~170 MB, which is never built as one string. */
const CHUNK_ROWS = 2000;

/** `tableCsv` in pieces of `CHUNK_ROWS` rows (the first with the byte-order mark and the header). */
export function* tableCsvChunks(table: DataTable, rows: readonly Record<string, Cell>[]): Generator<string> {
  const columns = columnsOf(table).map((c) => ({ key: c.key, header: c.header }));
  for (let from = 0; from === 0 || from < rows.length; from += CHUNK_ROWS) {
    const first = from === 0;
    yield stringify(rows.slice(from, from + CHUNK_ROWS), { bom: first, header: first, record_delimiter: 'windows', columns });
  }
}

/**
 * A table as JSON: an array of rows keyed by the machine column names of the codebook. Compact, not
 * indented: a national build writes gigabytes of downloads, and browsers indent JSON when showing it.
 */
export function tableJson(rows: readonly Record<string, Cell>[]): string {
  return [...tableJsonChunks(rows)].join('');
}

/** `tableJson` in pieces of `CHUNK_ROWS` rows. */
export function* tableJsonChunks(rows: readonly Record<string, Cell>[]): Generator<string> {
  yield '[';
  for (let from = 0; from < rows.length; from += CHUNK_ROWS) {
    const part = JSON.stringify(rows.slice(from, from + CHUNK_ROWS));
    yield `${from > 0 ? ',' : ''}${part.slice(1, -1)}`;
  }
  yield ']';
}
