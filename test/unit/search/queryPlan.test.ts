import { describe, expect, it } from 'vitest';
import { commonWords, planQuery } from '../../../src/lib/search/queryPlan.ts';

const common = { pages: 100, words: { so: 95, co: 95, du: 90, lieu: 90, te: 60, y: 40, cong: 99, dan: 97, can: 50, cuoc: 50 } };

describe('planQuery', () => {
  it('asks a one-word query as it is, with đ written d', () => {
    expect(planQuery('Đắk', common)).toEqual(['dắk']);
    expect(planQuery('  ', common)).toEqual([]);
  });
  it('asks first for the rarest pairs of neighbouring words, then the rarest words', () => {
    expect(planQuery('so y te', common)).toEqual(['soy yte', 'y te']);
  });
  it('picks a word missing from the common list first: "thuế" in "kết nối cơ sở dữ liệu thuế"', () => {
    const [pairs, words] = planQuery('kết nối cơ sở dữ liệu thuế', common);
    expect(pairs).toBe('kếtnối nốicơ');
    expect(words).toBe('kết nối');
    expect(planQuery('cơ sở dữ liệu thuế', common)).toEqual(['liệuthuế sởdữ', 'thuế dữ']);
  });
  it('asks a quoted phrase by its pairs only', () => {
    expect(planQuery('"căn cước công dân"', common, { phrase: true })).toEqual(['căncước cướccông']);
  });
  it('works without a common-word list, taking words in order', () => {
    expect(planQuery('dinh danh dien tu', null)).toEqual(['dinhdanh danhdien', 'dinh danh']);
  });
});

describe('commonWords', () => {
  it('lists the words on at least the given share of pages (and 2), most common first', () => {
    const pages = [new Set(['a', 'b', 'c']), new Set(['a', 'b']), new Set(['a', 'd'])];
    expect(commonWords(pages, 0.5)).toEqual({ pages: 3, words: { a: 3, b: 2 } });
  });
});
