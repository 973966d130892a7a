import type { Paragraph } from './types.ts';

/** One row of a Markdown pipe table: its cells (trimmed, "<br>" read as a line break) and source line. */
export interface TableRow {
  cells: string[];
  line: number;
}

/** A pipe table: its header cells and body rows, in document order. */
export interface PipeTable {
  header: string[];
  headerLine: number;
  rows: TableRow[];
}

/** A line of a pipe table: "| 1 | Nội dung | Công an tỉnh |" (at least two cells). */
export function isPipeRow(text: string): boolean {
  const t = text.trim();
  return t.startsWith('|') && t.endsWith('|') && (t.match(/(?<!\\)\|/g)?.length ?? 0) >= 3;
}

/** The line under a pipe table's header: "|:---:|---|". */
export function isSeparatorRow(text: string): boolean {
  return /^\|(?:\s*:?-{3,}:?\s*\|)+$/.test(text.trim());
}

/** The cells of a pipe row, trimmed; "\|" stays a literal bar and "<br>" becomes a line break. */
export function splitCells(text: string): string[] {
  const inner = text
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) =>
    c
      .replace(/\\\|/g, '|')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/[ \t]+/g, ' ')
      .trim(),
  );
}

/**
 * The pipe tables among the paragraphs: each run of consecutive pipe rows is a table whose first
 * row is the header (the "|---|" line under it is skipped). Tables flattened to text in other ways
 * (cells on separate lines) are not recognised.
 */
export function readPipeTables(paragraphs: Paragraph[]): PipeTable[] {
  const tables: PipeTable[] = [];
  let current: PipeTable | null = null;
  for (const p of paragraphs) {
    if (!isPipeRow(p.text)) {
      current = null;
      continue;
    }
    if (isSeparatorRow(p.text)) continue;
    if (current === null) {
      current = { header: splitCells(p.text), headerLine: p.line, rows: [] };
      tables.push(current);
    } else current.rows.push({ cells: splitCells(p.text), line: p.line });
  }
  return tables;
}
