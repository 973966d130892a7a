import { describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { InOrderFiles } from '../../../src/build/inOrderFiles.ts';
import { decodeSheet, filterPagesFile, SHEET_ORDER_SIZE, sheetPartFile, wordMasksFile } from '../../../src/lib/search/indexFormat.ts';
import { decodeMaskLines } from '../../../src/lib/search/recordMasks.ts';
import { decodePageBitmap, hasBit } from '../../../src/lib/search/pageBitmap.ts';
import type { IndexPage } from '../../../src/lib/search/indexPages.ts';

/** Index page `i`: one task, naming VNeID on every third page; province Bắc Kạn on even pages. */
const page = (i: number): IndexPage => ({
  url: `/ke-hoach/p${i}/`,
  plan: {
    id: `p${i}`,
    url: `/ke-hoach/p${i}/`,
    title: 'P',
    name: 'P',
    place: 'tỉnh X',
    tinh: [i % 2 === 0 ? 'bac-kan' : 'lam-dong'],
    cap: [],
    'chuong-trinh': [],
  },
  records: [
    {
      kind: 'nhiem-vu',
      anchor: 'nv-1',
      url: `/ke-hoach/p${i}/#nv-1`,
      text: i % 3 === 0 ? 'Triển khai VNeID' : 'Báo cáo',
      extra: '',
      facts: { label: 'Nhiệm vụ' },
      filters: { loai: ['nhiem-vu'], nam: ['2025'], 'co-quan': [], nhom: [] },
      due: null,
    },
  ],
});

describe('the files a search read in order needs', () => {
  const pages = SHEET_ORDER_SIZE + 44;
  const dir = mkdtempSync(join(tmpdir(), 'in-order-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const writer = new InOrderFiles(new Set(['vneid']), dir);
  for (let i = 0; i < pages; i += 1) writer.add(page(i));
  writer.finish();
  const text = (path: string): string => gunzipSync(readFileSync(join(dir, path))).toString('utf8');

  it('write each left-out word in slices of the order, a mask line per page, the last slice short', () => {
    const first = decodeMaskLines(text(wordMasksFile('vneid', 0)));
    const last = decodeMaskLines(text(wordMasksFile('vneid', 1)));
    expect([first.length, last.length]).toEqual([SHEET_ORDER_SIZE, 44]);
    const holding = [...first, ...last].flatMap((m, i) => (m.length > 0 && (m[0]! & 1) === 1 ? [i] : []));
    expect(holding).toEqual([...Array(pages).keys()].filter((i) => i % 3 === 0));
    expect(existsSync(join(dir, wordMasksFile('vneid', 2)))).toBe(false);
  });
  it('write each page in parts, each a record sheet of its plan and some records', () => {
    const part = decodeSheet(text(sheetPartFile(SHEET_ORDER_SIZE + 3, 0)));
    expect(part.plan.id).toBe(`p${SHEET_ORDER_SIZE + 3}`);
    expect(part.records.map((r) => r.url)).toEqual([`/ke-hoach/p${SHEET_ORDER_SIZE + 3}/#nv-1`]);
    expect(existsSync(join(dir, sheetPartFile(0, 1)))).toBe(false);
  });
  it('write a page bitmap per filter value, per-kind keys included', () => {
    const bacKan = decodePageBitmap(text(filterPagesFile('tinh:bac-kan')));
    expect([...Array(pages).keys()].filter((i) => hasBit(bacKan, i))).toEqual([...Array(pages).keys()].filter((i) => i % 2 === 0));
    const tasks2025 = decodePageBitmap(text(filterPagesFile('nam-nhiem-vu:2025')));
    expect([...Array(pages).keys()].every((i) => hasBit(tasks2025, i))).toBe(true);
  });
});
