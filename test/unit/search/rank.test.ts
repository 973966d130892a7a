import { describe, expect, it } from 'vitest';
import { hitsOfPage, orderHits } from '../../../src/lib/search/hits.ts';
import type { StoredRecord, StoredSheet } from '../../../src/lib/search/indexFormat.ts';
import { parseQuery } from '../../../src/lib/search/query.ts';
import { compareCandidates, longestRun, matchRecord, tokensOf } from '../../../src/lib/search/rank.ts';

const none = tokensOf('');
const record = (text: string, extra = '', kind: StoredRecord['kind'] = 'nhiem-vu', nam: string[] = []): StoredRecord => ({
  kind,
  url: `/ke-hoach/x/#${text.length}`,
  text,
  facts: { label: 'Nhiệm vụ' },
  extra,
  filters: { loai: [kind], nam, 'co-quan': [], nhom: [] },
  due: null,
});
const sheet = (...records: StoredRecord[]): StoredSheet => ({
  plan: { id: 'x', url: '/ke-hoach/x/', name: 'Kế hoạch X', place: 'tỉnh Bắc Kạn (nay thuộc tỉnh Thái Nguyên)' },
  records,
});

describe('matching a record', () => {
  it('finds words without diacritics in text with them: "can cuoc cong dan" in "Căn cước công dân"', () => {
    const m = matchRecord(parseQuery('can cuoc cong dan'), tokensOf('Thẻ Căn cước công dân'), none);
    expect(m).toMatchObject({ matched: 4, inRecord: 4, run: 4, phrase: true, exact: 0 });
  });
  it('folds đ: "de an 06" and "dinh danh dien tu" find "Đề án 06" and "định danh điện tử"', () => {
    expect(matchRecord(parseQuery('de an 06'), tokensOf('theo Đề án 06'), none).phrase).toBe(true);
    expect(matchRecord(parseQuery('dinh danh dien tu'), tokensOf('tài khoản định danh điện tử'), none).phrase).toBe(true);
  });
  it('counts the words typed with diacritics that the record holds exactly as typed', () => {
    const q = parseQuery('Sở Y tế');
    expect(matchRecord(q, tokensOf('Sở Y tế tỉnh'), none).exact).toBe(2);
    expect(matchRecord(q, tokensOf('số y tế'), none).exact).toBe(1);
    expect(matchRecord(q, tokensOf('SO Y TE'), none).exact).toBe(0);
  });
  it("counts the plan's place words for each of its records, but not as words of the record itself", () => {
    const m = matchRecord(parseQuery('bac kan cong an'), tokensOf('Công an tỉnh chủ trì'), tokensOf('tỉnh Bắc Kạn'));
    expect(m).toMatchObject({ matched: 4, inRecord: 2 });
  });
  it("measures the longest run of the query's words side by side", () => {
    expect(longestRun(['voi', 'co', 'so', 'du', 'lieu', 'thue'], ['ket', 'noi', 'co', 'so', 'du', 'lieu', 'thue'])).toBe(5);
    expect(longestRun(['a', 'b'], [])).toBe(0);
  });
});

describe('ordering results', () => {
  it('puts exact-diacritic matches first for a query with diacritics', () => {
    const q = parseQuery('Sở Y tế');
    const plain = { match: matchRecord(q, tokensOf('so y te'), none), pageRank: 0, order: 0 };
    const exact = { match: matchRecord(q, tokensOf('Sở Y tế'), none), pageRank: 1, order: 0 };
    expect([plain, exact].sort((a, b) => compareCandidates(q, a, b))[0]).toBe(exact);
  });
  it('puts the whole query side by side before exact diacritics scattered: "Phú Thông" finds "Phủ Thông" first', () => {
    const q = parseQuery('Phú Thông');
    const scattered = { match: matchRecord(q, tokensOf('xã Phú Hòa Đông; xã Tân Thông Hội'), none), pageRank: 0, order: 0 };
    const name = { match: matchRecord(q, tokensOf('Xã Phủ Thông'), none), pageRank: 1, order: 0 };
    expect([scattered, name].sort((a, b) => compareCandidates(q, a, b))[0]).toBe(name);
  });
  it('puts records holding every word before those holding some, then phrases before scattered words', () => {
    const q = parseQuery('so y te');
    const some = { match: matchRecord(q, tokensOf('y tế'), none), pageRank: 0, order: 0 };
    const scattered = { match: matchRecord(q, tokensOf('cơ sở dữ liệu về y tế'), none), pageRank: 0, order: 1 };
    const phrase = { match: matchRecord(q, tokensOf('Sở Y tế chủ trì'), none), pageRank: 3, order: 0 };
    expect([some, scattered, phrase].sort((a, b) => compareCandidates(q, a, b))).toEqual([phrase, scattered, some]);
  });
  it("keeps Pagefind's page order, then document order, between equal matches", () => {
    const q = parseQuery('');
    const a = { match: matchRecord(q, none, none), pageRank: 1, order: 0 };
    const b = { match: matchRecord(q, none, none), pageRank: 0, order: 5 };
    const c = { match: matchRecord(q, none, none), pageRank: 0, order: 2 };
    expect([a, b, c].sort((x, y) => compareCandidates(q, x, y))).toEqual([c, b, a]);
  });
});

describe('hits of an index page', () => {
  const page = sheet(
    record('Kết nối với Cơ sở dữ liệu thuế', 'Quý I/2023.', 'nhiem-vu', ['2023']),
    record('Cấp thẻ Căn cước công dân', '', 'chi-tieu', ['2022']),
    record('Kết nối dữ liệu', '', 'nhiem-vu', ['2022']),
  );
  it('keeps the records holding a query word, marking those holding all of them', () => {
    const hits = hitsOfPage(page, 0, parseQuery('kết nối thuế'), {});
    expect(hits.map((h) => [h.record.text, h.full])).toEqual([
      ['Kết nối với Cơ sở dữ liệu thuế', true],
      ['Kết nối dữ liệu', false],
    ]);
  });
  it('checks the filters that differ between records (kind, year) on each record', () => {
    const hits = hitsOfPage(page, 0, parseQuery(''), { loai: ['nhiem-vu'], nam: ['2022'] });
    expect(hits.map((h) => h.record.text)).toEqual(['Kết nối dữ liệu']);
  });
  it('finds a record by its plan\'s province: "thai nguyen ket noi"', () => {
    const hits = orderHits(parseQuery('thai nguyen ket noi'), hitsOfPage(page, 0, parseQuery('thai nguyen ket noi'), {}));
    expect(hits.filter((h) => h.full).map((h) => h.record.text)).toEqual(['Kết nối với Cơ sở dữ liệu thuế', 'Kết nối dữ liệu']);
  });
});
