import { stringify } from 'csv-stringify/sync';
import { columnsOf, type Cell, type DataTable } from './table.ts';

/**
 * A table as CSV for spreadsheets: UTF-8 with a byte-order mark (without it Excel reads the file
 * in a legacy code page and garbles Vietnamese), CRLF line ends (RFC 4180), Vietnamese headers.
 */
export function tableCsv(table: DataTable, rows: readonly Record<string, Cell>[]): string {
  const columns = columnsOf(table);
  return stringify(rows as Record<string, Cell>[], {
    bom: true,
    header: true,
    record_delimiter: 'windows',
    columns: columns.map((c) => ({ key: c.key, header: c.header })),
  });
}

/**
 * A table as JSON: an array of rows keyed by the machine column names of the codebook. Compact, not
 * indented: a national build writes gigabytes of downloads, and browsers indent JSON when showing it.
 */
export function tableJson(rows: readonly Record<string, Cell>[]): string {
  return JSON.stringify(rows);
}
