/**
 * Vietnamese text helpers for comparing words regardless of accents.
 *
 * Documents write the same name with different tone-mark placement ("Hoà"/"Hòa"), and the OCR'd
 * Lục Bình plan lost its diacritics altogether, so matching is done on folded, lowercased text.
 */

/** Combining marks left after NFD decomposition (tone marks, breve, circumflex, horn). */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * The text with every Vietnamese diacritic removed and đ/Đ written d/D, case kept:
 * "Đắk Nông" → "Dak Nong". `đ` is not a combining sequence in Unicode, hence the explicit swap.
 */
export function foldDiacritics(s: string): string {
  return s.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/**
 * A key for comparing names and headings: no diacritics, lowercase, every dash written "-",
 * whitespace collapsed and trimmed. "Phòng Tài chính – Kế hoạch" and "phong tai chinh - ke hoach"
 * give the same key, as do "Hoà" and "Hòa".
 */
export function normalizeForMatch(s: string): string {
  return foldDiacritics(s.normalize('NFC'))
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Like `foldDiacritics` + lowercase, but the result has exactly the length of `nfc` (an NFC
 * string), so an index found in the folded text points at the same characters in the original.
 * Parsers search the folded text and cut the document's own words out of the original.
 * A character that would not fold to one character (a stray combining mark) becomes a space.
 */
export function foldKeepingLength(nfc: string): string {
  return nfc.replace(NEEDS_FOLDING, foldChar);
}

/** Capital ASCII letters and every non-ASCII character; the rest of ASCII folds to itself. */
const NEEDS_FOLDING = /[A-Z]|[^\0-\x7f]/gu;

function foldChar(ch: string): string {
  let folded = FOLDED_CHARS.get(ch);
  if (folded === undefined) {
    const f = foldDiacritics(ch).toLowerCase();
    folded = f.length === ch.length ? f : ' '.repeat(ch.length);
    FOLDED_CHARS.set(ch, folded);
  }
  return folded;
}

/**
 * Each character's fold, computed once: `npm run check` folds every task and target text this way
 * (for numbers and time expressions), and normalising one character at a time was a fifth of its
 * time at 500 plans. Documents use a few hundred distinct characters, so the map stays small.
 */
const FOLDED_CHARS = new Map<string, string>();

/** The text with its first letter in capitals, by Vietnamese rules: "huyện Krông Nô" → "Huyện Krông Nô". */
export function upperFirst(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}
