/**
 * Which pages of one slice of the site's order (`SHEET_ORDER_SIZE` pages, one order file) a search
 * read in that order fetches: those the filters allow (`filterBitmaps.ts`) where one record holds
 * every word the index leaves out (`recordMasks.ts`), and which of their records do.
 */
import { recordsInAll } from './recordMasks.ts';

/** A page to read: its position within the slice, and the records holding every word (null: no word asked, read it all). */
export interface SlicePage {
  index: number;
  records: number[] | null;
}

/**
 * The pages of slice `n` (positions n·size … n·size + size − 1) to read. `wordMasks` holds, per
 * word, the slice's masks (one per page); `pagePasses` says whether the page at a site-order
 * position passes the filters.
 */
export function slicePagesToRead(
  n: number,
  size: number,
  wordMasks: readonly (readonly Uint8Array[])[],
  pagePasses: (position: number) => boolean,
): SlicePage[] {
  const out: SlicePage[] = [];
  for (let index = 0; index < size; index += 1) {
    if (!pagePasses(n * size + index)) continue;
    if (wordMasks.length === 0) {
      out.push({ index, records: null });
      continue;
    }
    const records = recordsInAll(wordMasks.map((masks) => masks[index]));
    if (records.length > 0) out.push({ index, records });
  }
  return out;
}

/** The parts of a page (`SHEET_PART_SIZE` records each) holding these records, each once, in order. */
export function partsHolding(records: readonly number[], partSize: number): number[] {
  return [...new Set(records.map((r) => Math.floor(r / partSize)))].sort((a, b) => a - b);
}
