import { tableCsv, tableJson } from './csv.ts';
import type { Cell, DataTable } from './table.ts';
import type { DataFormat } from './paths.ts';

/** The body and content type of a table in one of the two formats. */
export function tableFile(table: DataTable, rows: readonly Record<string, Cell>[], format: DataFormat): { body: string; type: string } {
  return format === 'csv'
    ? { body: tableCsv(table, rows), type: 'text/csv; charset=utf-8' }
    : { body: tableJson(rows), type: 'application/json; charset=utf-8' };
}

/** A static endpoint's response for a table. */
export function tableResponse(table: DataTable, rows: readonly Record<string, Cell>[], format: string | undefined): Response {
  const file = tableFile(table, rows, format === 'json' ? 'json' : 'csv');
  return new Response(file.body, { headers: { 'Content-Type': file.type } });
}
