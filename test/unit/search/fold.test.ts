import { describe, expect, it } from 'vitest';
import { withPlainD, foldWord, hasDiacritics, lower, pairToken, words } from '../../../src/lib/search/fold.ts';

describe('folding Vietnamese for search', () => {
  it('splits words at anything but letters and digits: "06/QĐ-TTg" is 06, QĐ, TTg', () => {
    expect(words('Quyết định 06/QĐ-TTg; Sở Y tế.')).toEqual(['Quyết', 'định', '06', 'QĐ', 'TTg', 'Sở', 'Y', 'tế']);
  });
  it('folds đ to d, which Pagefind does not: "Định" → "dinh", "ĐỀ" → "de"', () => {
    expect(foldWord('Định')).toBe('dinh');
    expect(foldWord('ĐỀ')).toBe('de');
    expect(foldWord('căn')).toBe('can');
  });
  it('reads text written in decomposed Unicode (NFD) like composed text', () => {
    expect(foldWord('tế'.normalize('NFD'))).toBe('te');
    expect(lower('TẾ'.normalize('NFD'))).toBe('tế');
  });
  it('tells queries with diacritics from plain ones, đ included', () => {
    expect(hasDiacritics('so y te')).toBe(false);
    expect(hasDiacritics('Sở Y tế')).toBe(true);
    expect(hasDiacritics('dinh danh đ')).toBe(true);
  });
  it('writes đ as d, keeping the tone marks: "định" → "dịnh"', () => {
    expect(withPlainD('định')).toBe('dịnh');
    expect(withPlainD('Đề')).toBe('Dề');
  });
  it('runs two neighbouring words together into one pair token: "sở" + "y" → "sởy"', () => {
    expect(pairToken('sở', 'y')).toBe('sởy');
  });
});
