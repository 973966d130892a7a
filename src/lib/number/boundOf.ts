import { foldDiacritics } from '../text/vietnamese.ts';

/** How a target's number bounds the result; the values of `bound` in `src/schemas/target.ts`. */
export type Bound = 'exactly' | 'atLeast' | 'above' | 'atMost' | 'below';

/** Filler words that may sit between a qualifier and its number: "tối thiểu đạt 90%", "trên mức 35.000". */
const FILLER = String.raw`(?:\s+(?:dat|muc|la|con|duoc|co|khoang|ty le))*`;

/** Qualifiers in folded words, most specific first (so "không ít hơn" is not read as "ít hơn"). */
const QUALIFIERS: Array<[Bound, string]> = [
  ['atLeast', String.raw`toi thieu|it nhat|khong it hon|khong duoi|tu`],
  ['atMost', String.raw`toi da|nhieu nhat|khong qua|khong vuot qua|khong hon`],
  ['above', String.raw`tren|hon|vuot|vuot qua|vuot muc`],
  ['below', String.raw`duoi|it hon|chua den|chua toi`],
  ['exactly', String.raw`dat|bang|dung`],
];

/**
 * The bound expressed by the words right before a number, or null when none is written:
 * "Tối thiểu 90%" → atLeast, "phấn đấu đạt trên 300.000" → above, "tối đa 5" → atMost,
 * "dưới 10" → below, "đạt 100%" → exactly. A bare "100% hồ sơ" says nothing about a bound.
 * Works with or without diacritics.
 */
export function boundOf(textBeforeNumber: string): Bound | null {
  const tail = foldDiacritics(textBeforeNumber.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').slice(-60);
  for (const [bound, words] of QUALIFIERS) {
    if (new RegExp(String.raw`(?:^|[^a-z])(?:${words})${FILLER}\s*$`).test(tail)) return bound;
  }
  return null;
}
