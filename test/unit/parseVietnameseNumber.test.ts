import { describe, expect, it } from 'vitest';
import { parseVietnameseNumber } from '../../src/lib/number/parseVietnameseNumber.ts';

describe('parseVietnameseNumber', () => {
  it.each([
    ['300.000', 300000],
    ['35.000', 35000],
    ['340.000', 340000],
    ['1.234.567', 1234567],
    ['1,5', 1.5],
    ['1.234,75', 1234.75],
    ['90', 90],
    ['05', 5],
    ['0', 0],
    [' 100 ', 100],
  ] as const)('reads "%s" as %d', (text, value) => {
    expect(parseVietnameseNumber(text)).toBe(value);
  });

  it.each([['1.5'], ['1.50.000'], ['abc'], [''], ['90%'], ['3,'], ['06/QĐ-TTg'], ['-5']])('rejects "%s"', (text) => {
    expect(parseVietnameseNumber(text)).toBeNull();
  });
});
