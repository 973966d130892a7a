import { findNumbers } from './findNumbers.ts';
import { parseVietnameseNumber } from './parseVietnameseNumber.ts';

/** A number read in a source's quoted sentence. */
export interface QuotedNumber {
  /** The number as printed: "313.890", "1.4 million". */
  raw: string;
  /** What the printed words mean: "62,87" → 62.87, "49,7 triệu" → 49700000, "1.4 million" → 1400000. */
  value: number;
}

const VI_MULTIPLIER: Record<string, number> = { triệu: 1e6, nghìn: 1e3, ngàn: 1e3, tỷ: 1e9, vạn: 1e4 };
const EN_MULTIPLIER: Record<string, number> = { thousand: 1e3, million: 1e6, mln: 1e6, billion: 1e9, bn: 1e9 };

/**
 * Every quantity a reported figure's quoted sentence states, so the checker can tell whether a stored
 * `value` is really in it. Vietnamese sentences are read with `findNumbers` (the targets' reader),
 * plus both sides of a ratio ("313.890/324.898", which `findNumbers` skips as a document number) and
 * a multiplier word ("49,7 triệu" → 49 700 000). English-edition quotes use English notation
 * ("728,400", "92.85%", "1.4 million").
 */
export function quoteNumbers(quote: string, language: 'vi' | 'en'): QuotedNumber[] {
  return language === 'en' ? englishNumbers(quote) : vietnameseNumbers(quote);
}

function vietnameseNumbers(quote: string): QuotedNumber[] {
  const out: QuotedNumber[] = [];
  for (const n of findNumbers(quote)) {
    const word = n.unit?.split(/\s+/)[0]?.toLocaleLowerCase('vi') ?? '';
    const times = VI_MULTIPLIER[word];
    out.push({ raw: n.raw, value: n.value });
    if (times !== undefined) out.push({ raw: `${n.raw} ${word}`, value: round(n.value * times) });
  }
  for (const m of quote.matchAll(/(?<![\d.,])(\d[\d.]*(?:,\d+)?)\/(\d[\d.]*(?:,\d+)?)(?![\d/])/g)) {
    for (const side of [m[1]!, m[2]!]) {
      const value = parseVietnameseNumber(side);
      if (value !== null) out.push({ raw: side, value });
    }
  }
  return out;
}

function englishNumbers(quote: string): QuotedNumber[] {
  const out: QuotedNumber[] = [];
  for (const m of quote.matchAll(/(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s+(thousand|million|mln|billion|bn)\b)?/gi)) {
    const value = Number(`${m[1]!.replace(/,/g, '')}${m[2] ?? ''}`);
    const times = m[3] === undefined ? 1 : (EN_MULTIPLIER[m[3].toLowerCase()] ?? 1);
    out.push({ raw: m[0], value: round(value * times) });
    if (times !== 1) out.push({ raw: `${m[1]!}${m[2] ?? ''}`, value });
  }
  return out;
}

/** Removes floating-point noise from a product: 49.7 × 1e6 is 49700000, not 49700000.00000001. */
function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
