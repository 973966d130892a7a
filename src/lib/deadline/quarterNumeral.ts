/**
 * The quarter (1–4) a numeral after "Quý" stands for, or null.
 *
 * Documents write Roman ("Quý II") or Arabic ("Quý 2") numerals. OCR reads the Roman "I" as
 * "1", "l" or "|": Lục Bình's scan has "quy 11 nam 2022" for "quý II năm 2022". So a token
 * that is a valid Arabic quarter (1–4) is read as such, and anything else has 1/l/| read as I
 * before the Roman numeral is read ("11" → II, "111" → III, "1V" → IV).
 */
export function readQuarterNumeral(token: string): number | null {
  const t = token.trim().toLowerCase();
  if (/^[1-4]$/.test(t)) return Number(t);
  const roman = t.replace(/[1l|]/g, 'i');
  const value = ({ i: 1, ii: 2, iii: 3, iv: 4 } as Record<string, number>)[roman];
  return value ?? null;
}

/** The Roman numeral of a quarter (1 → "I", 4 → "IV"), as documents write it. */
export function quarterRoman(quarter: number): string {
  return ['I', 'II', 'III', 'IV'][quarter - 1] ?? String(quarter);
}
