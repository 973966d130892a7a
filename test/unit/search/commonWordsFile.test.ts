import { describe, expect, it } from 'vitest';
import { decodeCommonWords, encodeCommonWords, type CommonWordsFile } from '../../../src/lib/search/commonWordsFile.ts';
import { isBroadQuery, planQuery, type CommonWords } from '../../../src/lib/search/queryPlan.ts';

// Digits among the words: as object keys they would be reordered, so the file keeps an array.
const common: CommonWords = {
  pages: 100,
  words: { so: 95, co: 95, '2025': 92, du: 90, lieu: 90, '1': 70, can: 60, cuoc: 60, y: 40, te: 60 },
  pairs: ['co so', 'du lieu', 'can cuoc', 'so y', 'y te', 'so du', '2025 1'],
  broadPairs: 3,
  orderFiles: 4,
  unindexedWordMin: 50,
};

describe('the common-words file', () => {
  it('reads back the words, their counts, both kinds of pairs and the order files', () => {
    const back = decodeCommonWords(JSON.parse(JSON.stringify(encodeCommonWords(common, 4))) as CommonWordsFile);
    expect(back.pages).toBe(100);
    expect(back.words).toEqual(common.words);
    expect(back.orderFiles).toBe(4);
    expect(back.unindexedWordMin).toBe(50);
    expect(back.broadPairs).toBe(3);
    expect(new Set(back.pairs!.slice(0, 3))).toEqual(new Set(['co so', 'du lieu', 'can cuoc']));
    expect(new Set(back.pairs!.slice(3))).toEqual(new Set(['so y', 'y te', 'so du', '2025 1']));
  });
  it('plans queries as the list it was written from', () => {
    const back = decodeCommonWords(encodeCommonWords(common, 4));
    for (const q of ['căn cước', 'co so du lieu', 'so y te', 'Sở Y tế Phủ Thông', '2025 1 thuế']) {
      expect(planQuery(q, back)).toEqual(planQuery(q, common));
      expect(isBroadQuery(q, back)).toBe(isBroadQuery(q, common));
    }
  });
  it('carries whether filters have page bitmaps, so a filtered search is planned the same', () => {
    const withBitmaps = { ...common, unindexedWordMin: 50, filterBitmaps: true };
    const back = decodeCommonWords(encodeCommonWords(withBitmaps, 4));
    expect(back.filterBitmaps).toBe(true);
    expect(decodeCommonWords(encodeCommonWords(common, 4)).filterBitmaps).toBeUndefined();
    for (const q of ['', 'căn cước', '2025 1 thuế']) expect(planQuery(q, back, { filtered: true })).toEqual(planQuery(q, withBitmaps, { filtered: true }));
  });
  it('writes pairs as small numbers, not text', () => {
    const file = encodeCommonWords(common, 4);
    expect(JSON.stringify(file.broad) + JSON.stringify(file.other)).not.toMatch(/[a-z]/);
    expect([...file.broad, ...file.other].every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
  });
  it('refuses a pair whose word is not in the list', () => {
    expect(() => encodeCommonWords({ ...common, pairs: ['so thue'], broadPairs: 0 }, 1)).toThrow(/so thue/);
  });
});
