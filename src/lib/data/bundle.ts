import { strToU8, Zip, ZipDeflate } from 'fflate';
import { codebook } from './codebook.ts';
import { tableCsvChunks, tableJsonChunks } from './csv.ts';
import { agencyRows, dutyRows, metricRows, planRows, reportedFigureRows, targetRows, taskRows, unitRows, type RowContext } from './rows.ts';
import { agencyTable, dutyTable, metricTable, planTable, reportedFigureTable, targetTable, taskTable, unitTable } from './tables.ts';
import type { Cell, DataTable } from './table.ts';

/** One table of the bundle with its rows. */
export interface BundleTable {
  table: DataTable;
  rows: readonly Record<string, Cell>[];
}

/** Every table the bundle holds, each built in one pass over the content. */
export function bundleTables(ctx: RowContext): BundleTable[] {
  const { site } = ctx;
  return [
    { table: planTable, rows: planRows(site.plans, ctx) },
    { table: taskTable, rows: taskRows(site.plans, ctx) },
    { table: targetTable, rows: targetRows(site.plans, ctx) },
    { table: dutyTable, rows: dutyRows(site.plans, ctx) },
    { table: reportedFigureTable, rows: reportedFigureRows(site.figures, site) },
    { table: unitTable, rows: unitRows(site.regionById.values()) },
    { table: agencyTable, rows: agencyRows(site.agencyById.values()) },
    { table: metricTable, rows: metricRows(site.metricById.values()) },
  ];
}

const README = (builtOn: string, tables: readonly BundleTable[]) =>
  [
    'Dữ liệu các kế hoạch triển khai Đề án 06',
    `Cập nhật ngày ${builtOn}.`,
    '',
    'Mỗi bảng có hai tệp: .csv (UTF-8 có BOM, mở được bằng Excel; tiêu đề cột tiếng Việt) và .json',
    '(mảng các dòng; tên khóa là tên cột máy đọc). Ý nghĩa từng cột ở codebook.json và trên trang /du-lieu/.',
    '',
    ...tables.map((t) => `${t.table.name}: ${t.rows.length} dòng. ${t.table.title}.`),
    '',
  ].join('\r\n');

/**
 * The single archive of everything (zip): CSV and JSON of every table, the codebook and a
 * README. Linear in the content: each table is built once and each file written once, in pieces,
 * so that only the compressed archive is ever held whole. `mtime` fixes the files' dates so that
 * the same content gives the same bytes.
 */
export function buildBundle(ctx: RowContext): { bytes: Uint8Array; tables: BundleTable[] } {
  const tables = bundleTables(ctx);
  const mtime = new Date(`${ctx.today}T00:00:00Z`);
  const out: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    out.push(chunk);
  });
  const addFile = (name: string, chunks: Iterable<string>): void => {
    const file = new ZipDeflate(name, { level: 9 });
    file.mtime = mtime;
    zip.add(file);
    for (const chunk of chunks) file.push(strToU8(chunk));
    file.push(new Uint8Array(0), true);
  };
  for (const { table, rows } of tables) {
    addFile(`${table.name}.csv`, tableCsvChunks(table, rows));
    addFile(`${table.name}.json`, tableJsonChunks(rows));
  }
  addFile('codebook.json', [JSON.stringify(codebook(tables.map((t) => t.table)), null, 1)]);
  addFile('README.txt', [README(ctx.today, tables)]);
  zip.end();
  return { bytes: concat(out), tables };
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return bytes;
}
