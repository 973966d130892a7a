import { describe, expect, it } from 'vitest';
import { commonWords, countPageTokens, emptyTokenCounts, isBroadQuery, isIndexedWord, needsPagefind, planQuery } from '../../../src/lib/search/queryPlan.ts';

const common = { pages: 100, words: { so: 95, co: 95, du: 90, lieu: 90, te: 60, y: 40, cong: 99, dan: 97, can: 50, cuoc: 50 } };

/** The Pagefind queries of a plan that never reads in order. */
const terms = (query: string, index: Parameters<typeof planQuery>[1], options: Parameters<typeof planQuery>[2] = {}): (string | null)[] => {
  const plan = planQuery(query, index, options);
  expect(plan.thenInOrder).toBe(false);
  return plan.terms;
};

describe('planQuery', () => {
  it('asks a one-word query as it is, with đ written d', () => {
    expect(terms('Đắk', common)).toEqual(['dắk']);
    expect(terms('  ', common)).toEqual([]);
  });
  it('asks first for the rarest pairs of neighbouring words, then the rarest words', () => {
    expect(terms('so y te', common)).toEqual(['soy yte', 'y te']);
  });
  it('picks a word missing from the common list first: "thuế" in "kết nối cơ sở dữ liệu thuế"', () => {
    const [pairs, words] = terms('kết nối cơ sở dữ liệu thuế', common);
    expect(pairs).toBe('kếtnối nốicơ');
    expect(words).toBe('kết nối');
    expect(terms('cơ sở dữ liệu thuế', common)).toEqual(['liệuthuế sởdữ', 'thuế dữ']);
  });
  it('asks a quoted phrase by its pairs only', () => {
    expect(terms('"căn cước công dân"', common, { phrase: true })).toEqual(['căncước cướccông']);
  });
  it('never asks for a pair the index leaves out, and asks for words when no pair is left', () => {
    const withPairs = { ...common, pairs: ['so y', 'y te', 'can cuoc'], broadPairs: 1 };
    expect(terms('Sở Y tế Phủ Thông', withPairs)).toEqual(['tếphủ phủthông', 'phủ thông']);
    expect(terms('so y te', withPairs)).toEqual(['y te']);
    expect(terms('"căn cước"', withPairs, { phrase: true })).toEqual(['căn cước']);
  });
  it('works without a common-word list, taking words in order', () => {
    expect(terms('dinh danh dien tu', null)).toEqual(['dinhdanh danhdien', 'dinh danh']);
  });

  describe('with the order files of an index that lists its broad pairs', () => {
    const index = {
      ...common,
      words: { ...common.words, vneid: 98, '2025': 93, phu: 90, thong: 95 },
      pairs: ['can cuoc', 'cuoc cong', 'cong dan', 'y te'],
      broadPairs: 3,
      orderFiles: 2,
    };
    it("reads a broad query in the site's order without Pagefind", () => {
      expect(planQuery('căn cước công dân', index)).toEqual({ terms: [], thenInOrder: true });
    });
    it('asks Pagefind for a rare pair, then for the rarest words, even when each word is on most pages', () => {
      expect(planQuery('VNeID 2025', index)).toEqual({ terms: ['vneid2025', '2025 vneid'], thenInOrder: false });
      expect(planQuery('Phủ Thông', index)).toEqual({ terms: ['phủthông', 'phủ thông'], thenInOrder: false });
    });
    it('always asks Pagefind when the search is filtered', () => {
      expect(planQuery('căn cước công dân', index, { filtered: true })).toEqual({ terms: ['căn cước'], thenInOrder: false });
    });
  });

  describe('with an index that leaves out the words on half its pages', () => {
    const index = {
      ...common,
      words: { ...common.words, vneid: 98, '2025': 93, phu: 90, thong: 95, thue: 30 },
      pairs: ['can cuoc', 'cuoc cong', 'cong dan', 'y te'],
      broadPairs: 3,
      orderFiles: 2,
      unindexedWordMin: 50,
    };
    it('never asks for such a word; with none left, reads in order without Pagefind', () => {
      expect(planQuery('VNeID 2025', index)).toEqual({ terms: [], thenInOrder: true });
      expect(planQuery('Phủ Thông', index)).toEqual({ terms: [], thenInOrder: true });
      expect(planQuery('cơ sở dữ liệu thuế', index)).toEqual({ terms: ['liệuthuế sởdữ', 'thuế'], thenInOrder: false });
      expect(planQuery('dân', index)).toEqual({ terms: [], thenInOrder: true });
    });
    it('asks Pagefind for every page the filters allow when the index has no filter bitmaps', () => {
      expect(planQuery('VNeID 2025', index, { filtered: true })).toEqual({ terms: ['vneid2025', null], thenInOrder: false });
      expect(planQuery('dân', index, { filtered: true })).toEqual({ terms: [null], thenInOrder: false });
      expect(planQuery('', index, { filtered: true })).toEqual({ terms: [], thenInOrder: false });
    });
    it('reads a filtered search in order too when the index has a bitmap per filter value', () => {
      const withBitmaps = { ...index, filterBitmaps: true };
      expect(planQuery('VNeID 2025', withBitmaps, { filtered: true })).toEqual({ terms: [], thenInOrder: true });
      expect(planQuery('căn cước công dân', withBitmaps, { filtered: true })).toEqual({ terms: [], thenInOrder: true });
      expect(planQuery('', withBitmaps, { filtered: true })).toEqual({ terms: [], thenInOrder: true });
      // A word the index holds still goes through Pagefind, filters and all.
      expect(planQuery('thuế', withBitmaps, { filtered: true })).toEqual({ terms: ['thuế'], thenInOrder: false });
    });
    it('needs Pagefind unless it only reads in order', () => {
      expect(needsPagefind(planQuery('VNeID 2025', index))).toBe(false);
      expect(needsPagefind(planQuery('thuế', index))).toBe(true);
      expect(needsPagefind(planQuery('dân', index))).toBe(false);
      expect(needsPagefind(planQuery('dân', index, { filtered: true }))).toBe(true);
      expect(needsPagefind(planQuery('dân', { ...index, filterBitmaps: true }, { filtered: true }))).toBe(false);
    });
    it('asks a quoted phrase by its pairs only', () => {
      expect(planQuery('"Phủ Thông"', index, { phrase: true })).toEqual({ terms: ['phủthông'], thenInOrder: false });
      expect(planQuery('"căn cước"', index, { phrase: true, filtered: true })).toEqual({ terms: [null], thenInOrder: false });
    });
  });
});

describe('commonWords', () => {
  const counted = (pages: [string[], string[]][]) => {
    const counts = emptyTokenCounts();
    for (const [words, pairs] of pages) countPageTokens(counts, { words: new Set(words), pairs: new Set(pairs) });
    return counts;
  };
  it('lists the words on at least the given share of pages (and 2), most common first', () => {
    const counts = counted([
      [['a', 'b', 'c'], []],
      [['a', 'b'], []],
      [['a', 'd'], []],
    ]);
    expect(commonWords(counts, 1, 0.5)).toEqual({ pages: 3, words: { a: 3, b: 2 }, pairs: [], broadPairs: 0, orderFiles: 1, unindexedWordMin: 2 });
  });
  it('lists every word the index leaves out, whatever share is asked for', () => {
    const counts = counted(Array.from({ length: 10 }, (_, i): [string[], string[]] => [i < 6 ? ['a', 'b'] : ['a'], []]));
    const common = commonWords(counts, 1, 0.9);
    expect(common.words).toEqual({ a: 10, b: 6 });
    expect(common.unindexedWordMin).toBe(5);
    expect(isIndexedWord('b', common)).toBe(false);
    expect(isIndexedWord('c', common)).toBe(true);
  });
  it('lists the pairs the index leaves out (on a tenth of the pages), most common first, and how many are on half', () => {
    const pages: [string[], string[]][] = Array.from({ length: 20 }, (_, i) => [
      [],
      i < 12 ? ['can cuoc', 'y te'] : i < 15 ? ['y te', 'so y'] : i < 16 ? ['phu thong'] : [],
    ]);
    const common = commonWords(counted(pages), 2);
    expect(common.pairs).toEqual(['y te', 'can cuoc', 'so y']);
    expect(common.broadPairs).toBe(2);
  });
});

describe('isBroadQuery', () => {
  const index = {
    pages: 100,
    words: { can: 98, cuoc: 97, cong: 99, dan: 99, phu: 90, thong: 95, thue: 40 },
    pairs: ['can cuoc', 'cuoc cong', 'cong dan', 'xa phu'],
    broadPairs: 3,
    orderFiles: 3,
  };
  it('is broad when every pair of neighbouring words is on half the pages or more, whatever the diacritics', () => {
    expect(isBroadQuery('căn cước công dân', index)).toBe(true);
    expect(isBroadQuery('CAN CUOC', index)).toBe(true);
  });
  it("is not broad when one pair is rarer, though each word is common: a commune's name", () => {
    expect(isBroadQuery('Phủ Thông', index)).toBe(false);
    expect(isBroadQuery('căn cước công dân phủ', index)).toBe(false);
    expect(isBroadQuery('xã phủ', index)).toBe(false);
  });
  it('judges a one-word query by the word', () => {
    expect(isBroadQuery('dân', index)).toBe(true);
    expect(isBroadQuery('thuế', index)).toBe(false);
  });
  it('is never broad without the pair list or the order files (an index built before them), nor for no words', () => {
    expect(isBroadQuery('căn cước', { pages: 100, words: index.words })).toBe(false);
    expect(isBroadQuery('căn cước', { ...index, orderFiles: 0 })).toBe(false);
    expect(isBroadQuery('  ', index)).toBe(false);
    expect(isBroadQuery('căn cước', null)).toBe(false);
  });
});
