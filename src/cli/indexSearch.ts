/**
 * Builds the search index after `astro build`: records from the content (not from the built HTML),
 * packed into index pages and written by Pagefind's Node API to dist/pagefind/.
 *
 *   node src/cli/indexSearch.ts [--content content] [--out dist/pagefind] [--max-per-page 40]
 *
 * Exits 1 (and so fails `npm run build`) when the content cannot be read, when there is nothing to
 * index, or when Pagefind reports any error, so a site with a broken search is never published.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { loadContent } from '../lib/content/loadContent.ts';
import { buildRecords, type PlanRecords } from '../lib/search/buildRecords.ts';
import { unitRecords } from '../lib/search/unitRecords.ts';
import { COMMON_WORDS_FILE, encodeSheet, SHEET_DIR, sheetFile } from '../lib/search/indexFormat.ts';
import { DEFAULT_MAX_RECORDS_PER_PAGE, indexPageHtml, indexPages, pageWordSet, type IndexPage } from '../lib/search/indexPages.ts';
import { commonWords } from '../lib/search/queryPlan.ts';
import { buildSite, siteContentFromCorpus } from '../lib/site/site.ts';

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

/** Reads a content root and builds its search records; throws when the content has problems. */
export function recordsFromContent(root: string): PlanRecords[] {
  const { corpus, problems } = loadContent(root);
  if (problems.length > 0) {
    const list = problems.slice(0, 10).map((p) => `  ${p.file} ${p.field}: ${p.message}`).join('\n');
    throw new Error(`Nội dung có ${problems.length} lỗi (chạy "npm run check" để xem tất cả):\n${list}`);
  }
  const site = buildSite(siteContentFromCorpus(corpus));
  return [...buildRecords(site), ...unitRecords(site)];
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      content: { type: 'string', default: 'content' },
      out: { type: 'string', default: 'dist/pagefind' },
      'max-per-page': { type: 'string', default: String(DEFAULT_MAX_RECORDS_PER_PAGE) },
    },
  });
  try {
    if (values.out === 'dist/pagefind' && !existsSync('dist/index.html')) {
      throw new Error('dist/index.html không có: chạy "astro build" trước khi lập chỉ mục tìm kiếm.');
    }
    const started = Date.now();
    const summary = await writeSearchIndex(recordsFromContent(values.content), values.out, Number(values['max-per-page']));
    console.log(
      `Tìm kiếm: ${summary.records} bản ghi (${summary.plans} kế hoạch) trong ${summary.pages} trang chỉ mục → ${summary.outputPath} (${((Date.now() - started) / 1000).toFixed(1)} giây)`,
    );
  } catch (error) {
    console.error(`indexSearch: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
