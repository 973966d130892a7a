/**
 * Measures search queries in Chromium against a built site served as a static host would (gzip):
 * the bytes and requests of a first query (nothing of the search loaded yet) and of a later one.
 * Shared by the search and build benchmarks.
 */
import type { Browser, Page } from 'playwright-core';
import { serveStatic } from '../../src/lib/browser/staticServer.ts';

/** One measured query. */
export interface Measurement {
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
export interface BenchQuery {
  label: string;
  q?: string;
  filters?: Record<string, string>;
}

export const QUERIES: BenchQuery[] = [
  { label: 'so y te', q: 'so y te' },
  { label: 'căn cước công dân', q: 'căn cước công dân' },
  { label: 'VNeID 2025', q: 'VNeID 2025' },
  { label: 'kết nối cơ sở dữ liệu thuế', q: 'kết nối cơ sở dữ liệu thuế' },
  { label: 'lọc: Thái Nguyên + nhiệm vụ + 2023', filters: { tinh: 'thai-nguyen', nam: '2023' } },
];
export const LATER: BenchQuery = { label: 'dinh danh dien tu', q: 'dinh danh dien tu' };

/** Runs every query as a first query (fresh browser context), each followed by a later query. */
export async function measureSite(browser: Browser, root: string, set: string, queries: readonly BenchQuery[] = QUERIES): Promise<Measurement[]> {
  const server = await serveStatic(root, { gzip: true });
  const out: Measurement[] = [];
  try {
    for (const query of queries.filter((q) => !process.env['BENCH_ONLY'] || q.label === process.env['BENCH_ONLY'])) {
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
  for (let quiet = 0; quiet < 3;) {
    await page.waitForTimeout(100);
    quiet = inflight.size === 0 ? quiet + 1 : 0;
  }
  await cdp.detach();
  return { query: query.label, bytes, requests, ms, status: ((await status.textContent()) ?? '').trim() };
}
