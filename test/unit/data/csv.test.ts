import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { tableCsv, tableCsvChunks, tableJson, tableJsonChunks } from '../../../src/lib/data/csv.ts';
import { columnsOf } from '../../../src/lib/data/table.ts';
import { agencyTable } from '../../../src/lib/data/tables.ts';

const columns = columnsOf(agencyTable);
const rows = Array.from({ length: 4501 }, (_, i) => Object.fromEntries(columns.map((c) => [c.key, `${c.key} "${i}", dòng ${i}`])));

describe('table files in pieces', () => {
  it('writes a long table in several pieces that make one valid JSON array', () => {
    expect([...tableJsonChunks(rows)].length).toBeGreaterThan(3);
    expect(tableJson(rows)).toBe(JSON.stringify(rows));
    expect(tableJson([])).toBe('[]');
  });

  it('writes the byte-order mark and the header once, then every row', () => {
    const csv = tableCsv(agencyTable, rows);
    const whole = stringify(rows, { bom: true, header: true, record_delimiter: 'windows', columns: columns.map((c) => ({ key: c.key, header: c.header })) });
    expect(csv).toBe(whole);
    expect([...tableCsvChunks(agencyTable, rows)].length).toBeGreaterThan(2);
    expect(csv.indexOf('\uFEFF')).toBe(0);
    expect(csv.lastIndexOf('\uFEFF')).toBe(0);
    const read = parse<Record<string, string>>(csv.slice(1), { columns: true });
    expect(read).toHaveLength(rows.length);
    expect(read[4500]![columns[0]!.header]).toBe(rows[4500]![columns[0]!.key]);
    expect(tableCsv(agencyTable, [])).toBe(`\uFEFF${columns.map((c) => c.header).join(',')}\r\n`);
  });
});
