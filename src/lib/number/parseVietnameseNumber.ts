/**
 * A number written in Vietnamese notation: "." groups thousands, "," marks decimals.
 * "300.000" → 300000, "1,5" → 1.5, "35.000" → 35000, "05" → 5 (documents pad counts: "05 nhóm").
 * Null when `s` is not such a number — including "1.5", which is neither a thousands group nor
 * Vietnamese decimal notation, and "1.50.000", whose groups are malformed.
 */
export function parseVietnameseNumber(s: string): number | null {
  const t = s.trim();
  if (!/^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/.test(t)) return null;
  return Number(t.replace(/\./g, '').replace(',', '.'));
}

export { findNumbers, type FoundNumber } from './findNumbers.ts';
export { boundOf, type Bound } from './boundOf.ts';
