/**
 * Writes the search index of a built site: the records the build wrote to dist/search-records/
 * (from the same collections as the pages), packed into index pages and written by Pagefind's Node
 * API to dist/pagefind/. Run by the build integration (src/build/integration.ts); any Pagefind error,
 * or nothing to index, throws and so fails the build: a site with a broken search is never published.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { PlanRecords } from '../lib/search/buildRecords.ts';
import { COMMON_WORDS_FILE, encodeSheet, SHEET_DIR, sheetFile } from '../lib/search/indexFormat.ts';
import { DEFAULT_MAX_RECORDS_PER_PAGE, indexPageHtml, indexPages, pageWordSet, type IndexPage } from '../lib/search/indexPages.ts';
import { commonWords } from '../lib/search/queryPlan.ts';
import { decodeRecordFile, inSiteOrder, RECORD_DIR, type RecordFile } from '../lib/search/recordFile.ts';

/**
 * Indexes the record files under `<dist>/search-records/` into `<dist>/pagefind/`, then deletes
 * the record files (they are build intermediates, never published).
 */
export async function indexBuiltSite(dist: string): Promise<IndexSummary> {
  const dir = join(dist, RECORD_DIR);
  if (!existsSync(dir)) throw new Error(`${dir} không có: trang search-records/[id].json.ts không được build?`);
  const files: RecordFile[] = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => decodeRecordFile(readFileSync(join(dir, name), 'utf8'), name));
  rmSync(dir, { recursive: true, force: true });
  return writeSearchIndex(inSiteOrder(files), join(dist, 'pagefind'));
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
 * Throws with every Pagefind error when anything goes wrong, or when there are no records.
 */
export async function writeSearchIndex(
  plans: readonly PlanRecords[],
  outputPath: string,
  maxRecordsPerPage = DEFAULT_MAX_RECORDS_PER_PAGE,
): Promise<IndexSummary> {
  const records = plans.reduce((n, p) => n + p.records.length, 0);
  if (records === 0) throw new Error('Không có bản ghi nào để lập chỉ mục tìm kiếm (content/plans trống?).');
  const pages = indexPages(plans, { maxRecordsPerPage });
  const errors: string[] = [];
  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  errors.push(...createErrors);
  if (!index) throw new Error(`Pagefind không tạo được chỉ mục:\n${errors.join('\n')}`);
  try {
    // Sequential batches: the Pagefind service handles one message at a time anyway, and a
    // bounded number in flight keeps memory flat at national scale.
    const BATCH = 200;
    for (let i = 0; i < pages.length; i += BATCH) {
      const added = await Promise.all(
        pages.slice(i, i + BATCH).map((page) => index.addHTMLFile({ url: page.url, content: indexPageHtml(page) })),
      );
      added.forEach((a, j) => {
        for (const e of a.errors) errors.push(`${pages[i + j]!.url}: ${e}`);
      });
    }
    if (errors.length > 0) throw new Error(`Pagefind báo lỗi khi lập chỉ mục:\n${errors.join('\n')}`);
    rmSync(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind báo lỗi khi ghi chỉ mục:\n${written.errors.join('\n')}`);
  } finally {
    await pagefind.close();
  }
  writeSheets(outputPath, pages);
  writeFileSync(join(outputPath, COMMON_WORDS_FILE), gzipSync(JSON.stringify(commonWords(pages.map(pageWordSet))), { level: 9 }));
  removeUnusedUi(outputPath);
  const entry = readEntry(outputPath);
  const indexed = entry.languages['vi']?.page_count ?? 0;
  if (indexed !== pages.length) {
    throw new Error(`Chỉ mục có ${indexed} trang, cần ${pages.length} (xem ${join(outputPath, 'pagefind-entry.json')}).`);
  }
  return { plans: plans.length, records, pages: pages.length, outputPath };
}

/**
 * Writes each index page's record sheet (gzipped JSON, like Pagefind's own files) named by the id
 * Pagefind gives that page in search results, which is the name of the page's fragment file: each
 * fragment is read to learn which page it is. Pagefind's fragment format is internal, so anything
 * unexpected stops the build here rather than shipping a search that cannot show results.
 */
function writeSheets(outputPath: string, pages: readonly IndexPage[]): void {
  const byUrl = new Map(pages.map((p) => [p.url, p]));
  const fragmentDir = join(outputPath, 'fragment');
  mkdirSync(join(outputPath, SHEET_DIR), { recursive: true });
  let written = 0;
  for (const name of readdirSync(fragmentDir)) {
    const match = /^(.+)\.pf_fragment$/.exec(name);
    if (!match) continue;
    const page = byUrl.get(fragmentUrl(readFileSync(join(fragmentDir, name)), name));
    if (!page) throw new Error(`Mảnh chỉ mục ${name} không ứng với trang chỉ mục nào.`);
    writeFileSync(join(outputPath, sheetFile(match[1]!)), gzipSync(encodeSheet(page.plan, page.records), { level: 9 }));
    byUrl.delete(page.url);
    written += 1;
  }
  if (byUrl.size > 0 || written !== pages.length) {
    throw new Error(`Không tìm thấy mảnh chỉ mục của ${byUrl.size} trang (ví dụ ${[...byUrl.keys()][0]}); Pagefind đổi cách ghi tệp?`);
  }
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
