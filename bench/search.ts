/**
 * `npm run bench:search`: how big the search index is and what a visitor downloads and waits for,
 * for the bundled plans (dist/, after `npm run build`) and for thousands of synthetic plans.
 *
 *   node bench/search.ts [--plans 3000] [--dist dist] [--budget 250] [--keep] [--skip-bundled]
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
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../src/lib/browser/chromium.ts';
import { measureSite, type Measurement } from './support/searchQueries.ts';
import { writeCorpus } from './corpus.ts';
import { writeSearchIndex, type IndexSummary } from '../src/build/searchIndex.ts';
import { recordsFromContent } from './support/recordsFromContent.ts';

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

async function main(): Promise<number> {
  if (!existsSync(join(dist, 'tim-kiem', 'index.html')) || !existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
    console.error(`bench:search: ${dist} chưa có trang tìm kiếm hoặc chỉ mục. Chạy "npm run build" trước.`);
    return 1;
  }
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  if (values.site) {
    const rows = await measureSite(browser, resolve(values.site), values.site);
    await browser.close();
    console.table(
      rows.map((r) => ({ query: r.query, when: r.when, kB: (r.bytes / 1000).toFixed(1), req: r.requests, ms: r.ms, status: r.status.slice(0, 50) })),
    );
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
    const content = writeCorpus(work, plans).root;
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
