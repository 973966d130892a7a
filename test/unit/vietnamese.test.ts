import { describe, expect, it } from 'vitest';
import { foldDiacritics, foldKeepingLength, normalizeForMatch, upperFirst } from '../../src/lib/text/vietnamese.ts';

describe('foldDiacritics', () => {
  it('removes tone marks and vowel marks, keeping case: "Đắk Nông" → "Dak Nong"', () => {
    expect(foldDiacritics('Đắk Nông')).toBe('Dak Nong');
  });
  it('writes đ and Đ as d and D', () => {
    expect(foldDiacritics('đường Đồng')).toBe('duong Dong');
  });
  it('folds every vowel with horn, breve and circumflex: "ư ơ ă â ê ô ỹ ữ ậ"', () => {
    expect(foldDiacritics('ư ơ ă â ê ô ỹ ữ ậ Ư Ơ Ă')).toBe('u o a a e o y u a U O A');
  });
  it('folds text written in decomposed (NFD) form the same as composed', () => {
    expect(foldDiacritics('Thời gian'.normalize('NFD'))).toBe('Thoi gian');
  });
});

describe('normalizeForMatch', () => {
  it('gives "Hoà" and "Hòa" (different tone-mark placement) the same key', () => {
    expect(normalizeForMatch('Xã Hoà Bình')).toBe(normalizeForMatch('Xã Hòa Bình'));
    expect(normalizeForMatch('Xã Hoà Bình')).toBe('xa hoa binh');
  });
  it('matches an OCR name that lost its diacritics', () => {
    expect(normalizeForMatch('Cong an huyén')).toBe(normalizeForMatch('Công an huyện'));
  });
  it('unifies en and em dashes and collapses whitespace: "Phòng Tài chính – Kế hoạch"', () => {
    expect(normalizeForMatch('  Phòng Tài chính –  Kế\nhoạch ')).toBe('phong tai chinh - ke hoach');
    expect(normalizeForMatch('Tài chính—Kế hoạch')).toBe('tai chinh-ke hoach');
  });
});

describe('foldKeepingLength', () => {
  it('folds and lowercases without changing the length, so indexes point at the original', () => {
    const s = 'Thời gian hoàn thành: Quý II';
    expect(foldKeepingLength(s)).toBe('thoi gian hoan thanh: quy ii');
    expect(foldKeepingLength(s)).toHaveLength(s.length);
  });
});

describe('upperFirst', () => {
  it('capitalises only the first letter, diacritics kept: "đơn vị Krông Nô" → "Đơn vị Krông Nô"', () => {
    expect(upperFirst('đơn vị Krông Nô')).toBe('Đơn vị Krông Nô');
  });
  it('leaves an empty string empty', () => {
    expect(upperFirst('')).toBe('');
  });
});
