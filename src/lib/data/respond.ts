import { tableCsvChunks, tableJsonChunks } from './csv.ts';
import type { Cell, DataTable } from './table.ts';
import type { DataFormat } from './paths.ts';

/** The body, in pieces, and the content type of a table in one of the two formats. */
export function tableFile(table: DataTable, rows: readonly Record<string, Cell>[], format: DataFormat): { chunks: Iterator<string>; type: string } {
  return format === 'csv'
    ? { chunks: tableCsvChunks(table, rows), type: 'text/csv; charset=utf-8' }
    : { chunks: tableJsonChunks(rows), type: 'application/json; charset=utf-8' };
}

/**
 * A static endpoint's response for a table, streamed piece by piece: the national tables are
 * ~170 MB at 5,000 plans, and a single string of that is twice as large in memory.
 */
export function tableResponse(table: DataTable, rows: readonly Record<string, Cell>[], format: string | undefined): Response {
  const file = tableFile(table, rows, format === 'json' ? 'json' : 'csv');
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = file.chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, { headers: { 'Content-Type': file.type } });
}
