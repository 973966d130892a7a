import { describe, expect, it } from 'vitest';
import { decodeWordPages, encodeWordPages, holdsAll } from '../../../src/lib/search/wordPages.ts';
import { wordPagesFile } from '../../../src/lib/search/indexFormat.ts';

describe('word page bitmaps', () => {
  it('read back which pages hold a word, past the first byte and at the last page', () => {
    const bits = decodeWordPages(encodeWordPages([0, 3, 8, 19], 20));
    const held = Array.from({ length: 20 }, (_, p) => p).filter((p) => holdsAll([bits], p));
    expect(held).toEqual([0, 3, 8, 19]);
    expect(bits.length).toBe(3);
  });
  it('keep the pages holding every word; with no word, every page', () => {
    const a = decodeWordPages(encodeWordPages([1, 2, 5, 9], 10));
    const b = decodeWordPages(encodeWordPages([2, 3, 9], 10));
    expect([...Array(10).keys()].filter((p) => holdsAll([a, b], p))).toEqual([2, 9]);
    expect([...Array(10).keys()].filter((p) => holdsAll([], p))).toHaveLength(10);
  });
  it('are named by the word in hex, so any folded word makes a file name', () => {
    expect(wordPagesFile('vneid')).toBe('records/words/766e656964.txt.gz');
    expect(wordPagesFile('2025')).toBe('records/words/32303235.txt.gz');
  });
});
