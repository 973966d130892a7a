import { describe, expect, it } from 'vitest';
import { decodePageBitmap, encodePageBitmap, hasBit } from '../../../src/lib/search/pageBitmap.ts';
import { filterPagesFile, wordMasksFile } from '../../../src/lib/search/indexFormat.ts';

describe('page bitmaps', () => {
  it('read back which pages have a value, past the first byte and at the last page', () => {
    const bits = decodePageBitmap(encodePageBitmap([0, 3, 8, 19], 20));
    const held = Array.from({ length: 20 }, (_, p) => p).filter((p) => hasBit(bits, p));
    expect(held).toEqual([0, 3, 8, 19]);
    expect(bits.length).toBe(3);
  });
  it('say no past their end, and an empty file means no page', () => {
    expect(hasBit(decodePageBitmap(encodePageBitmap([1], 8)), 9)).toBe(false);
    expect(hasBit(decodePageBitmap(''), 0)).toBe(false);
  });
  it('are named in hex, so any word or filter value makes a file name', () => {
    expect(wordMasksFile('vneid', 0)).toBe('records/words/766e656964-0.txt.gz');
    expect(wordMasksFile('2025', 12)).toBe('records/words/32303235-12.txt.gz');
    expect(filterPagesFile('tinh:thai-nguyen')).toBe('records/filters/74696e683a746861692d6e677579656e.txt.gz');
  });
});
