import { describe, expect, it } from 'vitest';
import { isBlankQuery, parseQuery } from '../../../src/lib/search/query.ts';

describe('parseQuery', () => {
  it('reads "Sở Y tế" into exact and folded terms, with diacritics marked', () => {
    const q = parseQuery('  Sở   Y tế ');
    expect(q.text).toBe('Sở Y tế');
    expect(q.terms).toEqual([
      { exact: 'sở', folded: 'so', diacritic: true },
      { exact: 'y', folded: 'y', diacritic: false },
      { exact: 'tế', folded: 'te', diacritic: true },
    ]);
    expect(q.diacritic).toBe(true);
  });
  it('ignores case: "CAN CUOC" is the same terms as "can cuoc"', () => {
    expect(parseQuery('CAN CUOC').terms).toEqual(parseQuery('can cuoc').terms);
    expect(parseQuery('CAN CUOC').diacritic).toBe(false);
  });
  it('drops repeated words and reads a quoted query as a phrase', () => {
    expect(parseQuery('dân dân cư').terms.map((t) => t.exact)).toEqual(['dân', 'cư']);
    expect(parseQuery('"căn cước"').phrase).toBe(true);
    expect(parseQuery('căn cước').phrase).toBe(false);
  });
  it('takes a query of punctuation only as blank (a filter-only search)', () => {
    expect(isBlankQuery(parseQuery(' ;- '))).toBe(true);
    expect(isBlankQuery(parseQuery(''))).toBe(true);
  });
});
