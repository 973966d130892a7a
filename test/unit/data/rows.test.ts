import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { tableCsv, tableJson } from '../../../src/lib/data/csv.ts';
import {
  agencyRows,
  agencyTaskRows,
  dutyRows,
  metricPointRows,
  metricRows,
  planRows,
  reportedFigureRows,
  targetRows,
  taskRows,
  timelineRows,
  unitRows,
} from '../../../src/lib/data/rows.ts';
import {
  ALL_TABLES,
  agencyTable,
  agencyTaskTable,
  dutyTable,
  metricPointTable,
  metricTable,
  planTable,
  reportedFigureTable,
  targetTable,
  taskTable,
  timelineTable,
  unitTable,
} from '../../../src/lib/data/tables.ts';
import { columnsOf, type Cell, type DataTable } from '../../../src/lib/data/table.ts';
import { agencyDutyList } from '../../../src/lib/site/agencyDuties.ts';
import { deadlineEntries } from '../../../src/lib/site/deadlines.ts';
import { metricPoints } from '../../../src/lib/site/metrics.ts';
import { bacKan, ctx, site } from './seedSite.ts';

/** The CSV read back with a CSV parser, as rows keyed by machine name (empty cells → null, numbers as text). */
function readBack(table: DataTable, csv: string): Record<string, string | null>[] {
  const columns = columnsOf(table);
  const records = parse<Record<string, string>>(csv, { bom: true, columns: true, record_delimiter: '\r\n' });
  return records.map((r) => Object.fromEntries(columns.map((c) => [c.key, r[c.header] === '' ? null : r[c.header]!])));
}
const asText = (rows: readonly Record<string, Cell>[]) =>
  rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null || v === '' ? null : String(v)])));

const ENGLISH_CODES =
  /(^|[^\w-])(province|district|commune|atLeast|atMost|exactly|above|below|higher-is-better|lower-is-better|monthly|quarterly|yearly|ongoing|unspecified|true|false)($|[^\w-])/;

const cases = [
  ['tasks of a plan', taskTable, () => taskRows([bacKan], ctx)],
  ['targets of a plan', targetTable, () => targetRows([bacKan], ctx)],
  ['duties of a plan', dutyTable, () => dutyRows(site.plans, ctx)],
  ['the timeline', timelineTable, () => timelineRows(deadlineEntries(site.plans), ctx)],
  ['an agency', agencyTaskTable, () => agencyTaskRows(site.agencyById.get('cong-an')!, agencyDutyList('cong-an', site), ctx)],
  ['a metric', metricPointTable, () => metricPointRows(site.metricById.get('tai-khoan-vneid')!, metricPoints('tai-khoan-vneid', site.plans, site), ctx)],
  ['reported figures', reportedFigureTable, () => reportedFigureRows(site.figures, site)],
  ['plans', planTable, () => planRows(site.plans, ctx)],
  ['units', unitTable, () => unitRows(site.regionById.values())],
  ['agencies', agencyTable, () => agencyRows(site.agencyById.values())],
  ['metrics', metricTable, () => metricRows(site.metricById.values())],
] as const;

describe('downloads', () => {
  it.each(cases)('%s: the CSV parses back to exactly its rows, and the JSON too', (_name, table, build) => {
    const rows = build() as Record<string, Cell>[];
    expect(rows.length).toBeGreaterThan(0);
    const csv = tableCsv(table, rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(readBack(table, csv)).toEqual(asText(rows));
    expect(JSON.parse(tableJson(rows))).toEqual(rows);
    // Every row fits the schema the codebook is generated from.
    for (const row of rows) expect(table.schema.safeParse(row).error).toBeUndefined();
  });

  it.each(cases)('%s: no English codes in the cells of a Vietnamese file', (_name, table, build) => {
    const rows = build() as Record<string, Cell>[];
    const codeColumns = new Set([
      'url',
      'planId',
      'taskId',
      'targetId',
      'leadIds',
      'supportIds',
      'fromIds',
      'toIds',
      'metricIds',
      'metricId',
      'agencyId',
      'unitId',
      'unitIssuedId',
      'unitCurrentId',
      'provinceIssuedId',
      'provinceCurrentId',
      'parentId',
      'successorIds',
      'source',
      'text',
      'assignee',
      'deadlineRaw',
      'when',
      'figureId',
      'regionId',
      'sourceUrl',
      'quote',
      'sourceTitle',
      'note',
      'asOf',
    ]);
    const offenders = rows.flatMap((r) =>
      Object.entries(r)
        .filter(([k, v]) => !codeColumns.has(k) && typeof v === 'string' && ENGLISH_CODES.test(v))
        .map(([k, v]) => `${table.name}.${k}=${v}`),
    );
    expect(offenders).toEqual([]);
  });

  it("has a row per target of Bắc Kạn's plan (51, as the page lists), each id once", () => {
    const rows = targetRows([bacKan], ctx);
    expect(rows).toHaveLength(bacKan.targets.length);
    expect(rows).toHaveLength(51);
    expect(new Set(rows.map((r) => r.targetId)).size).toBe(rows.length);
  });

  it('carries the plan, its unit and province as issued and today, and the deadline in every task row', () => {
    const row = taskRows([bacKan], ctx)[0]!;
    expect(row).toMatchObject({
      planId: 'tinh-bac-kan-2022',
      unitIssuedId: 'bac-kan',
      unitIssuedName: 'Tỉnh Bắc Kạn',
      unitCurrentId: 'thai-nguyen',
      provinceIssuedName: 'Tỉnh Bắc Kạn',
      provinceCurrentName: 'Tỉnh Thái Nguyên',
      deadlineKind: 'tháng',
      deadlineStart: '2022-03-01',
      deadlineDue: '2022-03-31',
      deadlineRaw: 'Trong tháng 3 năm 2022.',
      status: 'Đã qua hạn',
      url: 'https://x.vn/ke-hoach/tinh-bac-kan-2022/#nv-iii-1-a',
    });
    expect(row.planTitle).toContain('Bắc Kạn');
  });

  it('writes target bounds and levels in Vietnamese', () => {
    const rows = targetRows(site.plans, ctx);
    expect(new Set(rows.map((r) => r.bound).filter(Boolean))).not.toContain('atLeast');
    expect(rows.some((r) => r.bound === 'tối thiểu')).toBe(true);
  });

  it('names every column of every table in Vietnamese, once', () => {
    for (const table of ALL_TABLES) {
      const headers = columnsOf(table).map((c) => c.header);
      expect(new Set(headers).size, table.name).toBe(headers.length);
    }
  });
});
