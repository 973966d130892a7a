/**
 * Which records of each index page hold a word the index leaves out (see `BROAD_SHARE` in
 * `queryPlan.ts`). A query whose words are all left out reads the record sheets in the site's
 * order, and only those of pages where one record holds every word: at 5,000 plans "VNeID" and
 * "2025" were each on over 90% of the index pages, yet on the same record on few, so a bitmap of
 * pages sent the search page through 40 record sheets (~300 kB) without finding one result. With
 * these masks it reads only the parts of pages holding such a record (`sheetPartFile`).
 *
 * One file per word and per slice of `SHEET_ORDER_SIZE` pages (the slices of the order files), so
 * a search stops reading where its round ends: a line per page of the slice, the page's record
 * mask in base64 (bit r: record r holds the word, or its plan's place line does, as `rank.ts`
 * counts it), empty when no record does.
 */
import type { IndexPage } from './indexPages.ts';
import { searchableText } from './indexFormat.ts';
import { foldWord, words } from './fold.ts';
import { bitsAt, fromBase64, toBase64 } from './pageBitmap.ts';

/** For each word of `leftOut` that the page holds, which of its records hold it. */
export function pageRecordMasks(page: IndexPage, leftOut: ReadonlySet<string>): Map<string, Uint8Array> {
  const bytes = Math.ceil(page.records.length / 8);
  const everyRecord = page.records.map((_, r) => r);
  const holders = new Map<string, number[]>();
  // A page repeats its vocabulary from record to record: fold each spelling once.
  const folded = new Map<string, string>();
  const fold = (w: string): string => {
    let f = folded.get(w);
    if (f === undefined) folded.set(w, (f = foldWord(w)));
    return f;
  };
  const place = new Set(words(page.plan.place).map(fold));
  for (const word of place) if (leftOut.has(word)) holders.set(word, everyRecord);
  page.records.forEach((record, r) => {
    for (const word of new Set(words(searchableText(record)).map(fold))) {
      if (!leftOut.has(word) || place.has(word)) continue;
      const list = holders.get(word);
      if (list) list.push(r);
      else holders.set(word, [r]);
    }
  });
  return new Map([...holders].map(([word, records]) => [word, bitsAt(records, bytes)]));
}

/** A slice's file: one line per page, its mask or nothing. */
export function encodeMaskLines(masks: readonly (Uint8Array | undefined)[]): string {
  return masks.map((m) => (m ? toBase64(m) : '')).join('\n');
}

/** A slice's masks, one per page (empty for a page no record of which holds the word). */
export function decodeMaskLines(text: string): Uint8Array[] {
  return text.split('\n').map((line) => (line === '' ? new Uint8Array(0) : fromBase64(line)));
}

/** The records (by position in the page) whose bit is set in every mask: those holding every word. */
export function recordsInAll(masks: readonly (Uint8Array | undefined)[]): number[] {
  const out: number[] = [];
  const first = masks[0] ?? new Uint8Array(0);
  for (let i = 0; i < first.length; i += 1) {
    let byte = first[i]!;
    for (const m of masks) byte &= m?.[i] ?? 0;
    for (let bit = 0; byte !== 0; bit += 1, byte >>= 1) if (byte & 1) out.push(i * 8 + bit);
  }
  return out;
}
