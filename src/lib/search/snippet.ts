/**
 * The text a result shows, cut to a readable length around the first matching word, with the
 * words that match the query marked (diacritics and case aside, as the search matched them).
 *
 * Vietnamese words are syllables, and short ones recur everywhere ("so y te" would mark every
 * "sở" of "cơ sở" and every "số"): for a query of several words, a lone matching word is marked
 * only when it is distinctive (four letters or more, or a number); words of the query standing
 * side by side are always marked, as one run.
 */
import { foldWord } from './fold.ts';
import type { ParsedQuery } from './query.ts';

/** A run of text, marked or not. */
export interface Segment {
  text: string;
  mark: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * `text` as segments, at most about `maxChars` long: the start when the first match is near it,
 * else a window that begins a few words before the first match, with "…" where text was cut.
 */
export function snippet(text: string, query: ParsedQuery, maxChars = 240): Segment[] {
  const t = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const wanted = new Set(query.terms.map((term) => term.folded));
  const found: { start: number; end: number; word: string }[] = [];
  for (const m of t.matchAll(WORD)) {
    const word = foldWord(m[0]);
    if (wanted.has(word)) found.push({ start: m.index, end: m.index + m[0].length, word });
  }
  const touching = (a: { end: number } | undefined, b: { start: number } | undefined): boolean =>
    a !== undefined && b !== undefined && /^\s+$/.test(t.slice(a.end, b.start));
  const hits = found.filter(
    (h, i) => query.terms.length <= 1 || touching(found[i - 1], h) || touching(h, found[i + 1]) || h.word.length >= 4 || /\d/.test(h.word),
  );
  let from = 0;
  let to = t.length;
  if (t.length > maxChars) {
    const first = hits[0]?.start ?? 0;
    from = first < maxChars * 0.6 ? 0 : wordStartBefore(t, first - Math.round(maxChars * 0.25));
    to = wordEndBefore(t, from + maxChars);
  }
  const segments: Segment[] = [];
  const push = (s: string, mark: boolean): void => {
    if (s === '') return;
    const last = segments[segments.length - 1];
    if (last && last.mark === mark) last.text += s;
    else segments.push({ text: s, mark });
  };
  if (from > 0) push('… ', false);
  let at = from;
  for (const h of hits) {
    if (h.start < from || h.end > to) continue;
    const gap = t.slice(at, h.start);
    // Words matched side by side read as one mark: "Sở Y tế", not "Sở", "Y", "tế".
    push(gap, segments.length > 0 && segments[segments.length - 1]!.mark && /^\s+$/.test(gap));
    push(t.slice(h.start, h.end), true);
    at = h.end;
  }
  push(t.slice(at, to), false);
  if (to < t.length) push(' …', false);
  return segments;
}

/** The start of the word at or after `i` (never inside a word). */
function wordStartBefore(t: string, i: number): number {
  const at = Math.max(0, i);
  const space = t.lastIndexOf(' ', at);
  return space < 0 ? 0 : space + 1;
}

/** The end of the last whole word that ends at or before `i`. */
function wordEndBefore(t: string, i: number): number {
  if (i >= t.length) return t.length;
  const space = t.lastIndexOf(' ', i);
  return space <= 0 ? i : space;
}
