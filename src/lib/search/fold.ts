/**
 * How search text and queries are folded so that Vietnamese typed without diacritics still matches.
 *
 * Pagefind (1.5+) already matches most accents both ways ("can cuoc" finds "căn cước") and ranks
 * exact-diacritic matches a little higher, but it treats đ as a letter of its own: "de an" does not
 * find "Đề án" and "dinh danh" does not find "định danh". So each record carries, after its own
 * words, the words that contain đ/Đ written with d (`dWordsFolded`), and the query sent to Pagefind
 * has its đ written d (`queryForPagefind`). Whether a result matches the query's diacritics exactly
 * is then decided in the browser (`rank.ts`), on the record's original words.
 */
import { foldDiacritics } from '../text/vietnamese.ts';

/** A run of letters, digits and the few joiners Vietnamese plan text uses inside a word ("06/QĐ-TTg" splits at / and -). */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The words of a text in order, NFC, case kept: "Sở Y tế; VNeID" → ["Sở", "Y", "tế", "VNeID"]. */
export function words(text: string): string[] {
  return text.normalize('NFC').match(WORD) ?? [];
}

/** Lowercase NFC with Vietnamese locale rules: what "the same word, case aside" compares. */
export function lower(word: string): string {
  return word.normalize('NFC').toLocaleLowerCase('vi');
}

/** A word folded for comparison: no diacritics, đ → d, lowercase: "Định" → "dinh". */
export function foldWord(word: string): string {
  return foldDiacritics(word.normalize('NFC')).toLowerCase();
}

/** True when the text holds any Vietnamese diacritic or đ/Đ, i.e. folding changes it. */
export function hasDiacritics(text: string): boolean {
  const nfc = text.normalize('NFC');
  return foldDiacritics(nfc) !== nfc;
}

/** True for a word that contains đ or Đ, the letter Pagefind does not fold. */
export function hasDStroke(word: string): boolean {
  return /[đĐ]/.test(word);
}

/**
 * The record's words that contain đ/Đ, folded (no diacritics, đ → d, lowercase) and joined by spaces,
 * once per occurrence so term frequency stays as in the text: "Đề án 06 về định danh" → "de dinh".
 * Appended to a record's indexed content so a query typed without diacritics finds them.
 */
export function dWordsFolded(text: string): string {
  return words(text).filter(hasDStroke).map(foldWord).join(' ');
}

/**
 * The query as Pagefind should receive it: whitespace collapsed, đ/Đ written d/D, other diacritics
 * kept so Pagefind's own diacritic ranking still applies: "Đề án  06" → "Dề án 06".
 * Quotes (Pagefind's exact-phrase syntax) are kept. An empty or blank query gives "".
 */
export function queryForPagefind(query: string): string {
  return query.normalize('NFC').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/\s+/g, ' ').trim();
}
