/**
 * The files a search read in the site's order needs (`readInOrder` in the search page), written
 * under `dir` as the index pages come, one at a time in that order:
 *  - per word the index leaves out and per slice of `SHEET_ORDER_SIZE` pages, the masks of the
 *    records holding it (`recordMasks.ts`), written when the slice is full;
 *  - each page in parts of `SHEET_PART_SIZE` records (`sheetPartFile`);
 *  - per filter value, the bitmap of the pages having it (`pageBitmap.ts`), written at the end.
 * What is held meanwhile is one slice of masks and a list of positions per filter value.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { encodeSheet, filterPagesFile, SHEET_ORDER_SIZE, SHEET_PART_SIZE, sheetPartFile, wordMasksFile } from '../lib/search/indexFormat.ts';
import { pageFilters, type IndexPage } from '../lib/search/indexPages.ts';
import { encodeMaskLines, pageRecordMasks } from '../lib/search/recordMasks.ts';
import { encodePageBitmap } from '../lib/search/pageBitmap.ts';
import { filterValueKey } from '../lib/search/filterBitmaps.ts';

export class InOrderFiles {
  private pages = 0;
  private readonly filterPages = new Map<string, number[]>();
  private readonly made = new Set<string>();
  private slice: Map<string, (Uint8Array | undefined)[]>;

  constructor(
    private readonly leftOutWords: ReadonlySet<string>,
    private readonly dir: string,
  ) {
    this.slice = this.emptySlice();
  }

  /** Adds the next index page in the site's order. */
  add(page: IndexPage): void {
    const position = this.pages++;
    const masks = pageRecordMasks(page, this.leftOutWords);
    for (const [word, list] of this.slice) list.push(masks.get(word));
    for (const [key, values] of Object.entries(pageFilters(page))) {
      for (const value of values) {
        const valueKey = filterValueKey(key, value);
        const list = this.filterPages.get(valueKey);
        if (list) list.push(position);
        else this.filterPages.set(valueKey, [position]);
      }
    }
    for (let part = 0; part * SHEET_PART_SIZE < page.records.length; part += 1) {
      this.write(sheetPartFile(position, part), encodeSheet(page.plan, page.records.slice(part * SHEET_PART_SIZE, (part + 1) * SHEET_PART_SIZE)));
    }
    if (this.pages % SHEET_ORDER_SIZE === 0) this.writeSlice();
  }

  /** Writes what is still held: the last slice's masks, the filter bitmaps. */
  finish(): void {
    if (this.pages % SHEET_ORDER_SIZE !== 0) this.writeSlice();
    for (const [valueKey, positions] of this.filterPages) this.write(filterPagesFile(valueKey), encodePageBitmap(positions, this.pages));
  }

  private writeSlice(): void {
    const n = Math.ceil(this.pages / SHEET_ORDER_SIZE) - 1;
    for (const [word, masks] of this.slice) this.write(wordMasksFile(word, n), encodeMaskLines(masks));
    this.slice = this.emptySlice();
  }

  private emptySlice(): Map<string, (Uint8Array | undefined)[]> {
    return new Map([...this.leftOutWords].map((w) => [w, []]));
  }

  private write(file: string, text: string): void {
    const path = join(this.dir, file);
    const folder = dirname(path);
    if (!this.made.has(folder)) mkdirSync(folder, { recursive: true });
    this.made.add(folder);
    writeFileSync(path, gzipSync(text, { level: 9 }));
  }
}
