import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../../src/lib/data/bundle.ts';
import { codebook } from '../../../src/lib/data/codebook.ts';
import { columnsOf } from '../../../src/lib/data/table.ts';
import { ALL_TABLES, targetTable } from '../../../src/lib/data/tables.ts';
import { ctx, site } from './seedSite.ts';

describe('bundle of everything', () => {
  const { bytes, tables } = buildBundle(ctx);
  const files = unzipSync(bytes);

  it('holds CSV and JSON of plans, tasks, targets, duties, units, agencies and metrics, with the codebook', () => {
    expect(Object.keys(files).sort()).toEqual(
      [...tables.flatMap((t) => [`${t.table.name}.csv`, `${t.table.name}.json`]), 'codebook.json', 'README.txt'].sort(),
    );
    expect(tables.map((t) => t.table.name)).toEqual([
      'ke-hoach',
      'nhiem-vu',
      'chi-tieu',
      'bao-cao',
      'so-lieu-bao-cao',
      'don-vi-hanh-chinh',
      'co-quan',
      'chi-so',
    ]);
  });

  it('has every task and target of every plan, and every unit, agency and metric', () => {
    const count = (name: string) => parse<unknown>(strFromU8(files[`${name}.csv`]!), { bom: true, columns: true }).length;
    expect(count('ke-hoach')).toBe(site.plans.length);
    expect(count('nhiem-vu')).toBe(site.plans.reduce((n, p) => n + p.tasks.length, 0));
    expect(count('chi-tieu')).toBe(site.plans.reduce((n, p) => n + p.targets.length, 0));
    expect(count('don-vi-hanh-chinh')).toBe(site.regionById.size);
    expect(count('co-quan')).toBe(site.agencyById.size);
    expect(count('chi-so')).toBe(site.metricById.size);
    expect((JSON.parse(strFromU8(files['chi-tieu.json']!)) as unknown[]).length).toBe(count('chi-tieu'));
  });

  it('gives the same bytes for the same content and date', () => {
    expect(buildBundle(ctx).bytes).toEqual(bytes);
  });
});

describe('codebook', () => {
  it('describes every column of every table, from the Zod schemas, with its JSON key, header and type', () => {
    for (const t of codebook(ALL_TABLES)) {
      const table = ALL_TABLES.find((x) => x.name === t.name)!;
      expect(t.columns.map((c) => [c.key, c.header])).toEqual(columnsOf(table).map((c) => [c.key, c.header]));
      for (const c of t.columns) {
        expect(c.description.length, `${t.name}.${c.key}`).toBeGreaterThan(5);
        expect(['chữ', 'số', 'ngày (YYYY-MM-DD)']).toContain(c.type);
      }
    }
    const targets = codebook([targetTable])[0]!;
    expect(targets.columns.find((c) => c.key === 'value')).toMatchObject({ header: 'Giá trị', type: 'số', nullable: true });
    expect(targets.columns.find((c) => c.key === 'deadlineDue')).toMatchObject({ header: 'Hạn', type: 'ngày (YYYY-MM-DD)' });
  });
});
