import { foldKeepingLength } from '../text/vietnamese.ts';

/**
 * The text the deadline reader scans: NFC, diacritics folded, lowercase, dashes as "-",
 * Markdown emphasis ("**25/6/2026**") blanked, and — unlike `normalizeForMatch` — the SAME
 * LENGTH as `nfc` so that a match's index points at the same words in the document's text
 * (stages keep their own words). Whitespace is therefore not collapsed: patterns use `\s+`.
 */
export function scanText(nfc: string): string {
  return foldKeepingLength(nfc)
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[*_]/g, ' ');
}

/** `s` with the characters from `start` to `end` replaced by spaces, keeping its length. */
export function blank(s: string, start: number, end: number): string {
  return s.slice(0, start) + ' '.repeat(end - start) + s.slice(end);
}
