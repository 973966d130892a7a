/**
 * Which index pages hold a word the index leaves out (see `BROAD_SHARE` in `queryPlan.ts`): one
 * bit per index page, in the site's order (the positions of the order files, `sheetOrderFile`),
 * base64. A query whose words are all left out reads, in that order, only the pages holding every
 * one of them; a bit per page is ~0.8 kB a word at 5,000 plans, where Pagefind's postings for the
 * same word took a chunk of ~20 kB.
 */

/** The bitmap of a word held by the pages at `positions`, among `pages` index pages. */
export function encodeWordPages(positions: Iterable<number>, pages: number): string {
  const bits = new Uint8Array(Math.ceil(pages / 8));
  for (const p of positions) bits[p >> 3]! |= 1 << (p & 7);
  let binary = '';
  for (const byte of bits) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function decodeWordPages(text: string): Uint8Array {
  return Uint8Array.from(atob(text.trim()), (c) => c.charCodeAt(0));
}

/** Whether the page at `position` holds every word whose bitmap is given (true for none). */
export function holdsAll(bitmaps: readonly Uint8Array[], position: number): boolean {
  return bitmaps.every((bits) => ((bits[position >> 3] ?? 0) & (1 << (position & 7))) !== 0);
}
