import { describe, expect, it } from 'vitest';
import type { PlanRecords, SearchRecord } from '../../../src/lib/search/buildRecords.ts';
import { decodeSheet, encodeSheet, sheetFile } from '../../../src/lib/search/indexFormat.ts';
import { evenChunks, indexPageHtml, indexPages, pageFilters, pageFoldedTokens, pageTokens } from '../../../src/lib/search/indexPages.ts';
import { planQuery } from '../../../src/lib/search/queryPlan.ts';
import { seedRecords } from './seedSite.ts';

const plan: PlanRecords['plan'] = {
  id: 'xa-luc-binh-2022',
  url: '/ke-hoach/xa-luc-binh-2022/',
  title: 'Kế hoạch Đề án 06',
  name: 'Kế hoạch của Ủy ban nhân dân xã Lục Bình (2022)',
  place: 'xã Lục Bình, tỉnh Bắc Kạn (nay thuộc tỉnh Thái Nguyên)',
  tinh: ['bac-kan', 'thai-nguyen'],
  cap: ['commune'],
  'chuong-trinh': ['de-an-06'],
};
const task = (id: string, nam: string[], lead: string[]): SearchRecord => ({
  kind: 'nhiem-vu',
  anchor: id,
  url: `${plan.url}#${id}`,
  text: 'Định danh điện tử cho Sở Y tế',
  extra: 'Quý I/2023.',
  facts: { label: `Nhiệm vụ ${id}`, lead: 'Trạm Y tế xã Lục Bình', deadline: 'Quý I/2023' },
  filters: { loai: ['nhiem-vu'], nam, 'co-quan': lead, nhom: ['cong-dan-so'] },
  due: '2023-03-31',
});
const target: SearchRecord = {
  kind: 'chi-tieu',
  anchor: 'ct-1',
  url: `${plan.url}#ct-1`,
  text: 'Tối thiểu 90% hồ sơ',
  extra: '',
  facts: { label: 'Chỉ tiêu II.2', phase: 'Trong năm 2022', value: '90%' },
  filters: { loai: ['chi-tieu'], nam: ['2022'], 'co-quan': [], nhom: ['cong-dan-so'] },
  due: null,
};

describe('packing records into index pages', () => {
  it('cuts a list into the fewest chunks of at most max, evenly', () => {
    expect(evenChunks([1, 2, 3, 4, 5], 2).map((c) => c.length)).toEqual([2, 2, 1]);
    expect(evenChunks([1, 2, 3, 4, 5, 6, 7], 5).map((c) => c.length)).toEqual([4, 3]);
    expect(evenChunks([], 3)).toEqual([]);
  });

  it('packs each bundled plan into one or two pages, every record once', () => {
    const pages = indexPages(seedRecords);
    expect(pages.length).toBeGreaterThanOrEqual(seedRecords.length);
    expect(pages.length).toBeLessThanOrEqual(seedRecords.length * 2);
    expect(pages.flatMap((p) => p.records)).toHaveLength(seedRecords.reduce((n, p) => n + p.records.length, 0));
    expect(new Set(pages.map((p) => p.url)).size).toBe(pages.length);
  });

  it("gives a page its plan's filters, its records' union and per-kind years and groups", () => {
    const [page] = indexPages([{ plan, records: [task('nv-a', ['2023'], ['so-y-te']), target] }]);
    const filters = pageFilters(page!);
    expect(filters).toMatchObject({
      tinh: ['bac-kan', 'thai-nguyen'],
      cap: ['commune'],
      loai: ['nhiem-vu', 'chi-tieu'],
      nam: ['2023', '2022'],
      'nam-nhiem-vu': ['2023'],
      'nam-chi-tieu': ['2022'],
      'co-quan': ['so-y-te'],
      'nhom-nhiem-vu': ['cong-dan-so'],
    });
  });

  it('indexes each word once and pairs of neighbouring words, with đ written d as queries ask for it', () => {
    const [page] = indexPages([{ plan, records: [task('nv-a', [], []), task('nv-b', [], [])] }]);
    const tokens = pageTokens(page!);
    expect(new Set(tokens).size).toBe(tokens.length);
    expect(tokens).toEqual(expect.arrayContaining(['dịnh', 'danh', 'dịnhdanh', 'sởy', 'ytế', 'lục', 'bình', 'lụcbình']));
    expect(tokens.filter((t) => /đ/i.test(t))).toEqual([]);
    expect(planQuery('Định danh', null).terms).toEqual(expect.arrayContaining(['dịnhdanh', 'dịnh danh']));
  });

  it('leaves out the pairs the index does not hold, in every spelling of them', () => {
    const [page] = indexPages([{ plan, records: [task('nv-a', [], [])] }]);
    const tokens = pageTokens(page!, { pairs: new Set(['dinh danh', 'so y']), words: new Set() });
    expect(tokens).not.toContain('địnhdanh');
    expect(tokens).not.toContain('dịnhdanh');
    expect(tokens).not.toContain('sởy');
    expect(tokens).toEqual(expect.arrayContaining(['dịnh', 'danh', 'ytế']));
  });

  it('leaves out the words the index does not hold, in every spelling, but keeps their pairs', () => {
    const [page] = indexPages([{ plan, records: [task('nv-a', [], [])] }]);
    const tokens = pageTokens(page!, { pairs: new Set(), words: new Set(['dinh', 'so']) });
    expect(tokens).not.toContain('dịnh');
    expect(tokens).not.toContain('sở');
    expect(tokens).toEqual(expect.arrayContaining(['danh', 'dịnhdanh', 'sởy', 'y', 'ytế']));
  });

  it('counts folded words and folded pairs of neighbouring words, each once', () => {
    const [page] = indexPages([{ plan, records: [task('nv-a', [], []), task('nv-b', [], [])] }]);
    const { words, pairs } = pageFoldedTokens(page!);
    expect(words.has('dinh')).toBe(true);
    expect(words.has('định')).toBe(false);
    expect(pairs.has('dinh danh')).toBe(true);
    expect(pairs.has('so y')).toBe(true);
    expect(pairs.has('luc binh')).toBe(true);
  });

  it('writes HTML with filters but no metadata (Pagefind would index it)', () => {
    const [page] = indexPages([{ plan, records: [task('nv-a', ['2023'], ['so-y-te'])] }]);
    const html = indexPageHtml(page!);
    expect(html).toContain('data-pagefind-filter="tinh:thai-nguyen"');
    expect(html).toContain('data-pagefind-filter="nam-nhiem-vu:2023"');
    expect(html).not.toContain('data-pagefind-meta');
    expect(html).toContain('<html lang="vi">');
  });
});

describe('record sheets', () => {
  it("round-trip a page's plan and records, with URLs on the plan page", () => {
    const sheet = decodeSheet(encodeSheet(plan, [task('nv-a', ['2023'], ['so-y-te']), target]));
    expect(sheet.plan).toEqual({ id: plan.id, url: plan.url, name: plan.name, place: plan.place });
    expect(sheet.records[0]).toMatchObject({
      kind: 'nhiem-vu',
      url: '/ke-hoach/xa-luc-binh-2022/#nv-a',
      extra: 'Quý I/2023.',
      filters: { nam: ['2023'], 'co-quan': ['so-y-te'] },
    });
    expect(sheet.records[1]!.filters).toEqual({ loai: ['chi-tieu'], nam: ['2022'], 'co-quan': [], nhom: ['cong-dan-so'] });
  });

  it('names a sheet by its Pagefind result id and refuses odd ids', () => {
    expect(sheetFile('vi_2d3fba8')).toBe('records/vi_2d3fba8.json.gz');
    expect(() => sheetFile('../x')).toThrow();
  });

  it('refuses a sheet this site did not write', () => {
    expect(() => decodeSheet('{"x":1}')).toThrow();
  });
});
