import { describe, expect, it } from 'vitest';
import {
  csvKeepingIds,
  csvRecords,
  filterCountMessage,
  filteredFileName,
  filterQuery,
  passesFilters,
  readFilterState,
} from '../../../src/lib/site/filterList.ts';
import { stringify } from 'csv-stringify/sync';
import { columnsOf } from '../../../src/lib/data/table.ts';
import { taskTable } from '../../../src/lib/data/tables.ts';
import { dueStatusKey, dueStatusLabel } from '../../../src/lib/site/dueStatus.ts';

const allowed = new Map([
  ['co-quan', new Set(['cong-an', 'so-y-te'])],
  ['thoi-han', new Set(['2022', '2022-Q1'])],
]);

describe('readFilterState', () => {
  it('reads the filters a form offers, in its order', () => {
    expect(readFilterState(new URLSearchParams('thoi-han=2022-Q1&co-quan=cong-an'), allowed)).toEqual({ 'co-quan': 'cong-an', 'thoi-han': '2022-Q1' });
  });
  it('ignores unknown names, values the form does not offer and malformed values', () => {
    expect(readFilterState(new URLSearchParams('x=1&co-quan=khong-co&thoi-han=%3Cb%3E'), allowed)).toEqual({});
  });
});

describe('filterQuery', () => {
  it('writes chosen filters in the given order, nothing when none is chosen', () => {
    expect(filterQuery({ 'thoi-han': '2022', 'co-quan': 'cong-an' }, ['co-quan', 'thoi-han'])).toBe('?co-quan=cong-an&thoi-han=2022');
    expect(filterQuery({}, ['co-quan'])).toBe('');
  });
  it('round-trips through readFilterState', () => {
    const state = { 'co-quan': 'so-y-te', 'thoi-han': '2022-Q1' };
    expect(readFilterState(new URLSearchParams(filterQuery(state, ['co-quan', 'thoi-han'])), allowed)).toEqual(state);
  });
});

describe('passesFilters', () => {
  const item: Record<string, string> = { 'co-quan': 'cong-an so-y-te', 'thoi-han': '2022 2022-Q1' };
  it("passes when every chosen value is among the item's tokens", () => {
    expect(passesFilters({ 'co-quan': 'so-y-te', 'thoi-han': '2022' }, (n) => item[n])).toBe(true);
  });
  it('fails on a missing token, and does not match a prefix', () => {
    expect(passesFilters({ 'thoi-han': '2023' }, (n) => item[n])).toBe(false);
    expect(passesFilters({ 'co-quan': 'cong' }, (n) => item[n])).toBe(false);
    expect(passesFilters({ nhom: 'x' }, (n) => item[n])).toBe(false);
  });
});

describe('filterCountMessage', () => {
  it('says how many of how many are shown, and when none match', () => {
    expect(filterCountMessage(12, 12, 'nhiệm vụ', false)).toBe('Đang hiển thị tất cả 12 nhiệm vụ.');
    expect(filterCountMessage(3, 12, 'mốc', true)).toBe('Đang hiển thị 3 trên 12 mốc.');
    expect(filterCountMessage(0, 12, 'mốc', true)).toBe('Đang hiển thị 0 trên 12 mốc. Không có mốc nào khớp bộ lọc.');
  });
});

/** A CSV as the download endpoints write it: BOM, header, CRLF. */
function toCsv(header: string[], rows: string[][]): string {
  return stringify([header, ...rows], { bom: true, record_delimiter: 'windows' });
}

describe('csvKeepingIds', () => {
  const csv = toCsv(
    ['Mã', 'Nội dung'],
    [
      ['nv-1', 'Một, hai'],
      ['nv-2', 'Dòng\r\nhai "trích"'],
      ['nv-3', 'Ba'],
    ],
  );

  it('splits records at CRLF outside quotes only', () => {
    expect(csvRecords(csv)).toHaveLength(4);
  });

  it('keeps the BOM, the header and the chosen rows exactly as the full file has them', () => {
    const kept = csvKeepingIds(csv, new Set(['nv-2', 'nv-3']));
    expect(kept).toBe(
      toCsv(
        ['Mã', 'Nội dung'],
        [
          ['nv-2', 'Dòng\r\nhai "trích"'],
          ['nv-3', 'Ba'],
        ],
      ),
    );
  });

  it('keeps only the header when nothing is shown', () => {
    expect(csvKeepingIds(csv, new Set())).toBe(toCsv(['Mã', 'Nội dung'], []));
  });

  it("reads the id from the tasks CSV's first column", () => {
    expect(columnsOf(taskTable)[0]!.key).toBe('taskId');
  });
});

describe('filteredFileName', () => {
  it('names the download after the filters', () => {
    expect(filteredFileName('nhiem-vu.csv', { 'co-quan': 'cong-an', 'thoi-han': '2022' }, ['co-quan', 'thoi-han'])).toBe(
      'nhiem-vu-co-quan-cong-an-thoi-han-2022.csv',
    );
    expect(filteredFileName('nhiem-vu.csv', {}, ['co-quan'])).toBe('nhiem-vu.csv');
  });
});

describe('due status', () => {
  it('reads a passed deadline as "Đã qua hạn", due today as not yet passed', () => {
    expect(dueStatusKey('2026-12-05', '2026-12-06')).toBe('da-qua-han');
    expect(dueStatusLabel('2026-12-05', '2026-12-06')).toBe('Đã qua hạn');
    expect(dueStatusLabel('2026-12-06', '2026-12-06')).toBe('Chưa đến hạn');
  });
});
