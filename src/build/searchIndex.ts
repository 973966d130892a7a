/**
 * Writes the search index of a built site: the records the build wrote to dist/search-records/
 * (from the same collections as the pages), packed into index pages and written by Pagefind's Node
 * API to dist/pagefind/. Run by the build integration (src/build/integration.ts); any Pagefind error,
 * or nothing to index, throws and so fails the build: a site with a broken search is never published.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { PlanRecords } from '../lib/search/buildRecords.ts';
import { COMMON_WORDS_FILE, encodeSheet, SHEET_DIR, SHEET_ORDER_SIZE, sheetFile, sheetOrderFile } from '../lib/search/indexFormat.ts';
import { DEFAULT_MAX_RECORDS_PER_PAGE, indexPageHtml, indexPages, pageFoldedTokens, type IndexPage, type LeftOut } from '../lib/search/indexPages.ts';
import { InOrderFiles } from './inOrderFiles.ts';
import { commonWords, countPageTokens, emptyTokenCounts, isIndexedWord } from '../lib/search/queryPlan.ts';
import { encodeCommonWords } from '../lib/search/commonWordsFile.ts';
import { decodeRecordFile, RECORD_DIR } from '../lib/search/recordFile.ts';

/**
 * Indexes the record files under `<dist>/search-records/` into `<dist>/pagefind/`, one plan at a
 * time in the site's order (the file names start with it), reading them twice (see
 * `writeSearchIndex`), then deletes the record files (they are build intermediates, never published).
 */
export async function indexBuiltSite(dist: string): Promise<IndexSummary> {
  const dir = join(dist, RECORD_DIR);
  if (!existsSync(dir)) throw new Error(`${dir} không có: trang search-records/[key].json.ts không được build?`);
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  function* plans(): Generator<PlanRecords> {
    for (const name of names) yield decodeRecordFile(readFileSync(join(dir, name), 'utf8'), name).plan;
  }
  const summary = await writeSearchIndex({ [Symbol.iterator]: plans }, join(dist, 'pagefind'));
  rmSync(dir, { recursive: true, force: true });
  return summary;
}

/** What an indexing run did. */
export interface IndexSummary {
  plans: number;
  records: number;
  pages: number;
  outputPath: string;
}

/**
 * Indexes the records and writes the Pagefind bundle to `outputPath` (replacing what was there).
 * `plans` is read twice: first to count how many index pages hold each word and pair (the words
 * and pairs on many pages are left out of the index, see `BROAD_SHARE` and `UNINDEXED_PAIR_SHARE`),
 * then to index them.
 * Throws with every Pagefind error when anything goes wrong, or when there are no records.
 */
export async function writeSearchIndex(
  plans: Iterable<PlanRecords>,
  outputPath: string,
  maxRecordsPerPage = DEFAULT_MAX_RECORDS_PER_PAGE,
): Promise<IndexSummary> {
  const counts = emptyTokenCounts();
  for (const plan of plans) for (const page of indexPages([plan], { maxRecordsPerPage })) countPageTokens(counts, pageFoldedTokens(page));
  const common = commonWords(counts, 0);
  const leftOut: LeftOut = {
    pairs: new Set(common.pairs),
    words: new Set(Object.keys(common.words).filter((w) => !isIndexedWord(w, common))),
  };

  const errors: string[] = [];
  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  errors.push(...createErrors);
  if (!index) throw new Error(`Pagefind không tạo được chỉ mục:\n${errors.join('\n')}`);
  // Plans are read one at a time; what outlives a page is written to a staging folder beside the
  // bundle (its record sheet, named by its position until Pagefind names it; its parts, masks and
  // filter bitmaps, see `InOrderFiles`), moved into the bundle once Pagefind has written it.
  const staging = `${outputPath}.staging`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(join(staging, STAGED_SHEETS), { recursive: true });
  const inOrder = new InOrderFiles(leftOut.words, staging);
  const positionByUrl = new Map<string, number>();
  let planCount = 0;
  let records = 0;
  try {
    // Bounded batches: the Pagefind service handles one message at a time anyway, and a bounded
    // number in flight keeps memory flat at national scale.
    const BATCH = 200;
    let batch: IndexPage[] = [];
    const flush = async (): Promise<void> => {
      const added = await Promise.all(batch.map((page) => index.addHTMLFile({ url: page.url, content: indexPageHtml(page, leftOut) })));
      added.forEach((a, j) => {
        for (const e of a.errors) errors.push(`${batch[j]!.url}: ${e}`);
      });
      batch = [];
    };
    for (const plan of plans) {
      planCount += 1;
      records += plan.records.length;
      for (const page of indexPages([plan], { maxRecordsPerPage })) {
        const position = positionByUrl.size;
        positionByUrl.set(page.url, position);
        writeFileSync(stagedSheet(staging, position), gzipSync(encodeSheet(page.plan, page.records), { level: 9 }));
        inOrder.add(page);
        batch.push(page);
        if (batch.length >= BATCH) await flush();
      }
    }
    await flush();
    inOrder.finish();
    if (records === 0) throw new Error('Không có bản ghi nào để lập chỉ mục tìm kiếm (content/plans trống?).');
    if (errors.length > 0) throw new Error(`Pagefind báo lỗi khi lập chỉ mục:\n${errors.join('\n')}`);
    rmSync(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind báo lỗi khi ghi chỉ mục:\n${written.errors.join('\n')}`);
  } finally {
    await pagefind.close();
  }
  const pageCount = positionByUrl.size;
  renameSync(join(staging, SHEET_DIR), join(outputPath, SHEET_DIR));
  const idByPosition = moveSheets(outputPath, staging, positionByUrl);
  rmSync(staging, { recursive: true, force: true });
  const orderFiles = writeSheetOrder(outputPath, idByPosition);
  writeFileSync(join(outputPath, COMMON_WORDS_FILE), gzipSync(JSON.stringify(encodeCommonWords({ ...common, filterBitmaps: true }, orderFiles)), { level: 9 }));
  removeUnusedUi(outputPath);
  const entry = readEntry(outputPath);
  const indexed = entry.languages['vi']?.page_count ?? 0;
  if (indexed !== pageCount) {
    throw new Error(`Chỉ mục có ${indexed} trang, cần ${pageCount} (xem ${join(outputPath, 'pagefind-entry.json')}).`);
  }
  return { plans: planCount, records, pages: pageCount, outputPath };
}

/** The folder of the staged record sheets, named by position until Pagefind gives them an id. */
const STAGED_SHEETS = 'sheets';

function stagedSheet(staging: string, position: number): string {
  return join(staging, STAGED_SHEETS, `${position}.json.gz`);
}

/**
 * Moves each index page's record sheet into the bundle, named by the id Pagefind gives that page in
 * search results, which is the name of the page's fragment file: each fragment is read to learn
 * which page it is. Pagefind's fragment format is internal, so anything unexpected stops the build
 * here rather than shipping a search that cannot show results. Returns the ids in the site's order.
 */
function moveSheets(outputPath: string, staging: string, positionByUrl: ReadonlyMap<string, number>): string[] {
  const fragmentDir = join(outputPath, 'fragment');
  const ids: (string | undefined)[] = new Array<string | undefined>(positionByUrl.size);
  for (const name of readdirSync(fragmentDir)) {
    const match = /^(.+)\.pf_fragment$/.exec(name);
    if (!match) continue;
    const position = positionByUrl.get(fragmentUrl(readFileSync(join(fragmentDir, name)), name));
    if (position === undefined) throw new Error(`Mảnh chỉ mục ${name} không ứng với trang chỉ mục nào.`);
    renameSync(stagedSheet(staging, position), join(outputPath, sheetFile(match[1]!)));
    ids[position] = match[1]!;
  }
  const missing = [...positionByUrl].filter(([, position]) => ids[position] === undefined);
  if (missing.length > 0) {
    throw new Error(`Không tìm thấy mảnh chỉ mục của ${missing.length} trang (ví dụ ${missing[0]![0]}); Pagefind đổi cách ghi tệp?`);
  }
  return ids as string[];
}

/** Writes the result ids in the site's order, `SHEET_ORDER_SIZE` to a file; returns the number of files. */
function writeSheetOrder(outputPath: string, ids: readonly string[]): number {
  let files = 0;
  for (let from = 0; from < ids.length; from += SHEET_ORDER_SIZE) {
    writeFileSync(join(outputPath, sheetOrderFile(files)), gzipSync(JSON.stringify(ids.slice(from, from + SHEET_ORDER_SIZE)), { level: 9 }));
    files += 1;
  }
  return files;
}

/** The URL inside a Pagefind fragment file (gzip of "pagefind_dcd" + JSON). */
function fragmentUrl(file: Buffer, name: string): string {
  const SIGNATURE = 'pagefind_dcd';
  let text: string;
  try {
    text = gunzipSync(file).toString('utf8');
  } catch {
    throw new Error(`Không đọc được mảnh chỉ mục ${name} (không phải gzip); Pagefind đổi định dạng?`);
  }
  if (text.startsWith(SIGNATURE)) text = text.slice(SIGNATURE.length);
  const url = (JSON.parse(text) as { url?: unknown }).url;
  if (typeof url !== 'string') throw new Error(`Mảnh chỉ mục ${name} không có url; Pagefind đổi định dạng?`);
  return url;
}

/**
 * Pagefind also writes its ready-made search UIs; this site has its own, so they are removed to
 * keep the published bundle to what the search page loads.
 */
function removeUnusedUi(outputPath: string): void {
  for (const file of [
    'pagefind-ui.js',
    'pagefind-ui.css',
    'pagefind-modular-ui.js',
    'pagefind-modular-ui.css',
    'pagefind-component-ui.js',
    'pagefind-component-ui.css',
    'pagefind-highlight.js',
  ]) {
    rmSync(join(outputPath, file), { force: true });
  }
}

function readEntry(outputPath: string): { languages: Record<string, { page_count: number }> } {
  const file = join(outputPath, 'pagefind-entry.json');
  if (!existsSync(file)) throw new Error(`Pagefind không ghi ${file}.`);
  return JSON.parse(readFileSync(file, 'utf8')) as { languages: Record<string, { page_count: number }> };
}
