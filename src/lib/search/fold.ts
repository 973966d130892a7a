/**
 * How search text and queries are folded so that Vietnamese typed without diacritics still matches.
 *
 * Pagefind (1.5+) already matches most accents both ways ("can cuoc" finds "căn cước") and ranks
 * exact-diacritic matches a little higher, but it treats đ as a letter of its own: "de an" does not
 * find "Đề án" and "dinh danh" does not find "định danh". So the index holds each word with đ/Đ
 * written d (`withPlainD`, "dịnh"), and the query sent to Pagefind has its đ written d too
 * (`queryPlan.ts`). Whether a result matches the query's diacritics exactly is then decided in
 * the browser (`rank.ts`), on the record's original words.
 */
import { foldDiacritics } from '../text/vietnamese.ts';

/** A run of letters and digits: "06/QĐ-TTg" is three words, 06, QĐ and TTg. */
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

/**
 * A word with đ/Đ written d/D and its other diacritics kept ("định" → "dịnh"): how the index stores
 * it and how queries ask for it, so "dinh" finds it while Pagefind still sees its tone marks.
 */
export function withPlainD(word: string): string {
  return word.replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/**
 * The token the index stores for two words side by side: the two run together, "sở" + "y" → "sởy".
 * Letters only, so Pagefind keeps it as one word (it would split "sở_y" or "sở-y" into parts).
 * Pagefind finds pages holding all of a query's tokens, in any order and place; querying the pairs
 * of "so y te" ("soy", "yte") finds the pages where those words stand together, a few hundred
 * instead of nearly every page at national scale (see `queryPlan.ts`).
 */
export function pairToken(first: string, second: string): string {
  return `${first}${second}`;
}
