/**
 * `npm run bench:search`: how big the search index is and what a visitor downloads and waits for,
 * for the bundled plans (dist/, after `npm run build`) and for thousands of synthetic plans.
 *
 *   node src/cli/benchSearch.ts [--plans 3000] [--dist dist] [--budget 250] [--keep] [--skip-bundled]
 *
 * The synthetic plans are written to a temporary folder (never to content/), indexed with the same
 * code as the real build, and searched through the real built search page (dist/tim-kiem/ and its
 * scripts, copied beside the synthetic index). Queries run in Chromium against a local server that
 * gzips text as static hosts do; bytes are what the browser received (DevTools network events).
 * Exits 1 when a first query at the synthetic scale fetches more than the budget (kB, default 250).
 * For tuning: `--site <dir>` measures an already built site folder only; BENCH_ONLY=<query label>
 * runs one query; BENCH_VERBOSE=1 lists every file fetched with its size.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../test/e2e/chromiumPath.ts';
import { serveStatic } from '../../test/e2e/support/staticServer.ts';
import { writeSyntheticContent } from './generateSyntheticPlans.ts';
import { writeSearchIndex, type IndexSummary } from '../build/searchIndex.ts';
import { recordsFromContent } from '../../bench/support/recordsFromContent.ts';

const { values } = parseArgs({
  options: {
    plans: { type: 'string', default: '3000' },
    dist: { type: 'string', default: 'dist' },
    budget: { type: 'string', default: '250' },
    keep: { type: 'boolean', default: false },
    'skip-bundled': { type: 'boolean', default: false },
    /** Measure an already built site folder instead (for tuning): no generation, no budget. */
    site: { type: 'string' },
  },
});
const budgetBytes = Number(values.budget) * 1000;
const dist = resolve(values.dist);

/** One measured query. */
interface Measurement {
  set: string;
  query: string;
  /** "first" (nothing of the search loaded yet) or "later" (same page, after another query). */
  when: 'first' | 'later';
  bytes: number;
  requests: number;
  ms: number;
  status: string;
}

/** A query as the bench types it: words into the box, or filters chosen in the form. */
interface BenchQuery {
  label: string;
  q?: string;
  filters?: Record<string, string>;
}

const QUERIES: BenchQuery[] = [
  { label: 'so y te', q: 'so y te' },
  { label: 'căn cước công dân', q: 'căn cước công dân' },
  { label: 'VNeID 2025', q: 'VNeID 2025' },
  { label: 'kết nối cơ sở dữ liệu thuế', q: 'kết nối cơ sở dữ liệu thuế' },
  { label: 'lọc: Thái Nguyên + nhiệm vụ + 2023', filters: { tinh: 'thai-nguyen', nam: '2023' } },
];
const LATER: BenchQuery = { label: 'dinh danh dien tu', q: 'dinh danh dien tu' };

async function main(): Promise<number> {
  if (!existsSync(join(dist, 'tim-kiem', 'index.html')) || !existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
    console.error(`bench:search: ${dist} chưa có trang tìm kiếm hoặc chỉ mục. Chạy "npm run build" trước.`);
    return 1;
  }
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  if (values.site) {
    const rows = await measureSite(browser, resolve(values.site), values.site);
    await browser.close();
    console.table(rows.map((r) => ({ query: r.query, when: r.when, kB: (r.bytes / 1000).toFixed(1), req: r.requests, ms: r.ms, status: r.status.slice(0, 50) })));
    return 0;
  }
  const rows: Measurement[] = [];
  const sizes: { set: string; summary: IndexSummary | null; files: number; bytes: number }[] = [];
  let work: string | null = null;
  try {
    if (!values['skip-bundled']) {
      sizes.push({ set: 'kế hoạch có sẵn', summary: null, ...folderSize(join(dist, 'pagefind')) });
      rows.push(...(await measureSite(browser, dist, 'kế hoạch có sẵn')));
    }

    work = mkdtempSync(join(tmpdir(), 'bench-search-'));
    const plans = Number(values.plans);
    const started = Date.now();
    const content = writeSyntheticContent(work, plans);
    const site = join(work, 'site');
    cpSync(dist, site, { recursive: true, filter: (src) => !src.startsWith(join(dist, 'pagefind')) });
    const summary = await writeSearchIndex(recordsFromContent(content), join(site, 'pagefind'));
    console.log(`(${plans} kế hoạch tổng hợp: tạo và lập chỉ mục trong ${((Date.now() - started) / 1000).toFixed(0)} giây)`);
    const set = `${plans} kế hoạch tổng hợp`;
    sizes.push({ set, summary, ...folderSize(join(site, 'pagefind')) });
    rows.push(...(await measureSite(browser, site, set)));
  } finally {
    await browser.close();
    if (work && !values.keep) rmSync(work, { recursive: true, force: true });
    else if (work) console.log(`Giữ lại thư mục tạm: ${work}`);
  }

  console.log('\nChỉ mục (dist/pagefind: tệp Pagefind và tệp bản ghi)');
  console.table(
    sizes.map((s) => ({
      'bộ dữ liệu': s.set,
      'bản ghi': s.summary?.records ?? '',
      'trang chỉ mục': s.summary?.pages ?? '',
      'số tệp': s.files,
      'dung lượng': kb(s.bytes),
    })),
  );
  console.log(`Truy vấn (byte trình duyệt nhận, đã nén gzip như máy chủ tĩnh; ngân sách truy vấn đầu ${kb(budgetBytes)})`);
  console.table(
    rows.map((r) => ({
      'bộ dữ liệu': r.set,
      'truy vấn': r.query,
      lúc: r.when === 'first' ? 'đầu tiên' : 'sau đó',
      'đã tải': kb(r.bytes),
      'yêu cầu': r.requests,
      'thời gian': `${r.ms} ms`,
      'kết quả': r.status.slice(0, 60),
    })),
  );

  const synthetic = rows.filter((r) => r.set !== 'kế hoạch có sẵn' && r.when === 'first');
  const over = synthetic.filter((r) => r.bytes > budgetBytes);
  const empty = rows.filter((r) => !/Tìm thấy|Gần đúng/.test(r.status));
  if (empty.length > 0) console.error(`Cảnh báo: ${empty.length} truy vấn không có kết quả: ${empty.map((r) => `${r.set}/${r.query}`).join(', ')}`);
  if (over.length > 0) {
    console.error(`VƯỢT NGÂN SÁCH: ${over.map((r) => `${r.query} ${kb(r.bytes)}`).join('; ')} > ${kb(budgetBytes)}`);
    return 1;
  }
  console.log(`Trong ngân sách: truy vấn đầu tiên lớn nhất ${kb(Math.max(...synthetic.map((r) => r.bytes)))} ≤ ${kb(budgetBytes)}.`);
  return 0;
}

/** Runs every query as a first query (fresh browser context), each followed by a later query. */
async function measureSite(browser: Browser, root: string, set: string): Promise<Measurement[]> {
  const server = await serveStatic(root, { gzip: true });
  const out: Measurement[] = [];
  try {
    for (const query of QUERIES.filter((q) => !process.env['BENCH_ONLY'] || q.label === process.env['BENCH_ONLY'])) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.origin}/tim-kiem/`, { waitUntil: 'networkidle' });
      out.push({ set, when: 'first', ...(await measureQuery(page, query)) });
      out.push({ set, when: 'later', ...(await measureQuery(page, LATER)) });
      await context.close();
    }
  } finally {
    await server.close();
  }
  return out;
}

/** Types or picks a query on the search page and measures until its results are announced and the network is idle. */
async function measureQuery(page: Page, query: BenchQuery): Promise<Omit<Measurement, 'set' | 'when'>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  const inflight = new Set<string>();
  let bytes = 0;
  let requests = 0;
  const urls = new Map<string, string>();
  cdp.on('Network.requestWillBeSent', (e) => {
    inflight.add(e.requestId);
    urls.set(e.requestId, e.request.url);
    requests += 1;
  });
  cdp.on('Network.loadingFinished', (e) => {
    inflight.delete(e.requestId);
    bytes += e.encodedDataLength;
    if (process.env['BENCH_VERBOSE']) console.log(`  ${e.encodedDataLength}\t${urls.get(e.requestId)}`);
  });
  cdp.on('Network.loadingFailed', (e) => inflight.delete(e.requestId));

  const status = page.locator('[data-search-status]');
  const before = (await status.textContent()) ?? '';
  const started = Date.now();
  if (query.q !== undefined) {
    await page.fill('[data-search-input]', query.q);
    await page.press('[data-search-input]', 'Enter');
  } else {
    // Set every filter, then submit once (each change would otherwise start its own search).
    await page.evaluate((filters) => {
      const form = document.querySelector<HTMLFormElement>('form[data-search-form]')!;
      form.querySelector<HTMLInputElement>('[data-search-input]')!.value = '';
      for (const [key, value] of Object.entries(filters)) form.querySelector<HTMLSelectElement>(`select[name="${key}"]`)!.value = value;
      form.querySelector<HTMLInputElement>('input[data-filter="loai"][value="nhiem-vu"]')!.checked = true;
      form.requestSubmit();
    }, query.filters ?? {});
  }
  await page.waitForFunction(
    (prev) => {
      const s = document.querySelector('[data-search-status]')?.textContent ?? '';
      return s !== '' && s !== prev && !document.querySelector('[data-search-results]')?.hasAttribute('aria-busy');
    },
    before,
    { timeout: 60_000 },
  );
  const ms = Date.now() - started;
  for (let quiet = 0; quiet < 3; ) {
    await page.waitForTimeout(100);
    quiet = inflight.size === 0 ? quiet + 1 : 0;
  }
  await cdp.detach();
  return { query: query.label, bytes, requests, ms, status: ((await status.textContent()) ?? '').trim() };
}

function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir, { recursive: true })) {
    const info = statSync(join(dir, String(name)));
    if (info.isFile()) {
      files += 1;
      bytes += info.size;
    }
  }
  return { files, bytes };
}

function kb(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1000).toFixed(1)} kB`;
}

process.exitCode = await main();
