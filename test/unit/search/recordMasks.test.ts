import { describe, expect, it } from 'vitest';
import { decodeMaskLines, encodeMaskLines, pageRecordMasks, recordsInAll } from '../../../src/lib/search/recordMasks.ts';
import { partsHolding, slicePagesToRead } from '../../../src/lib/search/orderSlice.ts';
import type { IndexPage } from '../../../src/lib/search/indexPages.ts';
import type { SearchRecord } from '../../../src/lib/search/buildRecords.ts';

const record = (text: string, deadline?: string): SearchRecord => ({
  kind: 'nhiem-vu',
  anchor: null,
  url: `/ke-hoach/a/#${text.length}`,
  text,
  extra: '',
  facts: deadline ? { label: 'Nhiệm vụ', deadline } : { label: 'Nhiệm vụ' },
  filters: { loai: ['nhiem-vu'], nam: [], 'co-quan': [], nhom: [] },
  due: null,
});

const page = (place: string, records: SearchRecord[]): IndexPage => ({
  url: '/ke-hoach/a/',
  plan: { id: 'a', url: '/ke-hoach/a/', title: 'A', name: 'A', place, tinh: [], cap: [], 'chuong-trinh': [] },
  records,
});

const bitsOf = (mask: Uint8Array | undefined, records: number): number[] =>
  [...Array(records).keys()].filter((r) => ((mask?.[r >> 3] ?? 0) & (1 << (r & 7))) !== 0);

describe('record masks', () => {
  const records = [
    record('Triển khai ứng dụng VNeID'),
    record('Tổng kết', '31/12/2025'),
    ...Array.from({ length: 7 }, () => record('Báo cáo')),
    record('Đăng ký tài khoản VNeID', 'Năm 2025'),
  ];
  const masks = pageRecordMasks(page('xã Phú Thông', records), new Set(['vneid', '2025', 'phu', 'dang', 'khong']));

  it('say which records hold each left-out word, its facts counted, folded, past the first byte', () => {
    expect(bitsOf(masks.get('vneid'), 10)).toEqual([0, 9]);
    expect(bitsOf(masks.get('2025'), 10)).toEqual([1, 9]);
    expect(bitsOf(masks.get('dang'), 10)).toEqual([9]);
    expect(masks.has('khong')).toBe(false);
  });
  it("count the plan's place line for every record, as the search page does", () => {
    expect(bitsOf(masks.get('phu'), 10)).toEqual([...Array(10).keys()]);
  });
  it('find the records holding every word, not two records one word each', () => {
    const vneid = masks.get('vneid')!;
    const year = masks.get('2025')!;
    expect(recordsInAll([vneid, year])).toEqual([9]);
    expect(recordsInAll([vneid, masks.get('phu')])).toEqual([0, 9]);
    const withoutLast = pageRecordMasks(page('', records.slice(0, 9)), new Set(['vneid', '2025']));
    expect(recordsInAll([withoutLast.get('vneid'), withoutLast.get('2025')])).toEqual([]);
    expect(recordsInAll([vneid, undefined])).toEqual([]);
  });
  it('travel as one line per page, empty where no record holds the word', () => {
    const lines = decodeMaskLines(encodeMaskLines([masks.get('vneid'), undefined, masks.get('2025')]));
    expect(lines.map((m) => bitsOf(m, 10))).toEqual([[0, 9], [], [1, 9]]);
  });
  it('pick the pages of a slice to read: the filters allow them and one record holds every word', () => {
    const a = decodeMaskLines(encodeMaskLines([Uint8Array.of(1), Uint8Array.of(3), undefined, Uint8Array.of(2)]));
    const b = decodeMaskLines(encodeMaskLines([Uint8Array.of(2), Uint8Array.of(2), Uint8Array.of(1), Uint8Array.of(2)]));
    // Slice 1 of 4-page slices: positions 4–7; the page at 7 is filtered out.
    expect(slicePagesToRead(1, 4, [a, b], (p) => p !== 7)).toEqual([{ index: 1, records: [1] }]);
    expect(slicePagesToRead(1, 4, [], (p) => p % 2 === 0)).toEqual([
      { index: 0, records: null },
      { index: 2, records: null },
    ]);
  });
  it('name the parts of a page holding the records, each once', () => {
    expect(partsHolding([0, 3, 15, 16, 47], 16)).toEqual([0, 1, 2]);
    expect(partsHolding([], 16)).toEqual([]);
  });
});
