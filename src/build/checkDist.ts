/**
 * Checks a built site in linear time and returns every problem:
 *  - every internal link, script, stylesheet and form action resolves, and every `#anchor`
 *    (on the same page or another) names an element that exists;
 *  - no page defines an id twice;
 *  - HTML validates with html-validate (rules in .htmlvalidate.json): every page of a kind with at
 *    most 40 pages, else 40 spread over the kind plus its largest (`validationSample`; html-validate
 *    reads ~1 MB/s per core, so every page of a national build would take longer than building it).
 *    `CHECK_ALL_HTML=1` validates every page;
 *  - the sitemap lists every page (but the 404 page) and nothing that is not built.
 * One walk over dist/; each page is read once by a worker that extracts its ids and links and
 * validates it; ids and files go into Sets and every link is resolved against them at the end.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ConfigData } from 'html-validate';
import { findBrokenLinks, pathForFile, sitemapPaths, sitemapUrls, validationSample, type PageLinks } from '../lib/site/linkCheck.ts';
import type { PageWorkerInput, PageWorkerResult } from './checkPages.worker.ts';
import { walkDist } from './walkDist.ts';

/** What a check of dist/ found. */
export interface DistReport {
  pages: number;
  /** Pages html-validate read. */
  validated: number;
  files: number;
  links: number;
  brokenLinks: number;
  invalidHtml: number;
  sitemapUrls: number;
  /** Every problem, one line each, in Vietnamese; empty when the site can be published. */
  problems: string[];
}

const RULES_FILE = fileURLToPath(new URL('../../.htmlvalidate.json', import.meta.url));

/**
 * Checks `dist`. `files` is the walk of dist/ when the caller already has it; `workers` defaults to
 * the number of cores.
 */
export async function checkDist(dist: string, options: { files?: string[]; workers?: number; validateAll?: boolean } = {}): Promise<DistReport> {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html không có: hãy chạy "astro build" trước.`);
  const files = options.files ?? walkDist(dist);
  const htmlFiles = files.filter((f) => f.endsWith('.html'));
  // The project's rules, read explicitly: html-validate would otherwise look for them beside each
  // file, and a dist/ outside the project would be checked with no rules at all.
  const rules = JSON.parse(readFileSync(RULES_FILE, 'utf8')) as ConfigData;
  const validateAll = options.validateAll ?? process.env['CHECK_ALL_HTML'] === '1';
  const sample = validateAll ? new Set(htmlFiles) : validationSample(htmlFiles.map((file) => ({ file, bytes: statSync(join(dist, file)).size })));
  const results = await checkPages(dist, htmlFiles, sample, rules, options.workers ?? availableParallelism());

  const problems: string[] = [];
  const pages = new Map<string, PageLinks>();
  let invalidHtml = 0;
  for (const r of results) {
    const path = pathForFile(r.file);
    pages.set(path, { ids: new Set(r.ids), links: r.links });
    for (const id of r.duplicateIds) problems.push(`[html] ${path}: id="${id}" xuất hiện hơn một lần`);
    for (const m of r.invalid) problems.push(`[html] ${path}:${m}`);
    invalidHtml += r.invalid.length + r.duplicateIds.length;
  }

  // The sitemap index names the site's origin (astro.config's `site`): absolute links to it are internal.
  const indexXml = join(dist, 'sitemap-index.xml');
  const sitemaps = existsSync(indexXml) ? sitemapUrls(readFileSync(indexXml, 'utf8')) : [];
  if (sitemaps.length === 0) problems.push('[sitemap] dist/sitemap-index.xml không có hoặc rỗng (@astrojs/sitemap chưa chạy?)');
  const origin = sitemaps[0]?.origin ?? 'https://sitemap-missing.invalid';

  // Links and anchors. A link broken on many pages (a header link) is listed once, with its pages counted.
  const broken = findBrokenLinks(pages, new Set(files), origin);
  const byLink = new Map<string, Set<string>>();
  for (const b of broken) {
    const key = `${b.href} — ${b.reason}`;
    byLink.set(key, (byLink.get(key) ?? new Set()).add(b.page));
  }
  for (const [link, pageSet] of byLink) {
    const onPages = [...pageSet];
    const where = onPages.length === 1 ? onPages[0] : `${onPages.length} trang, ví dụ ${onPages.slice(0, 3).join(', ')}`;
    problems.push(`[liên kết] ${where}: ${link}`);
  }

  // Sitemap: every page but the 404 page is listed, and everything listed is built.
  const listed = new Set<string>();
  for (const sitemap of sitemaps) {
    const file = join(dist, sitemap.pathname);
    if (!existsSync(file)) {
      problems.push(`[sitemap] sitemap-index.xml nêu ${sitemap.pathname} nhưng tệp này không có`);
      continue;
    }
    for (const path of sitemapPaths(readFileSync(file, 'utf8'))) listed.add(path);
  }
  if (sitemaps.length > 0) {
    for (const path of pages.keys()) {
      if (path !== '/404.html' && !listed.has(path)) problems.push(`[sitemap] trang ${path} không có trong sitemap`);
    }
    for (const path of listed) if (!pages.has(path)) problems.push(`[sitemap] sitemap nêu ${path} nhưng trang này không được build`);
  }

  let links = 0;
  for (const p of pages.values()) links += p.links.length;
  return {
    pages: htmlFiles.length,
    validated: sample.size,
    files: files.length,
    links,
    brokenLinks: broken.length,
    invalidHtml,
    sitemapUrls: listed.size,
    problems,
  };
}

/** Reads and checks the pages in `workers` worker threads, pages dealt out in turn. */
async function checkPages(dist: string, htmlFiles: string[], sample: Set<string>, rules: ConfigData, workers: number): Promise<PageWorkerResult[]> {
  const count = Math.max(1, Math.min(workers, htmlFiles.length));
  const shares: string[][] = Array.from({ length: count }, () => []);
  htmlFiles.forEach((file, i) => shares[i % count]!.push(file));
  const results: PageWorkerResult[] = [];
  await Promise.all(
    shares.map(
      (files) =>
        new Promise<void>((resolve, reject) => {
          const input: PageWorkerInput = { dist, files, validate: files.map((f) => sample.has(f)), rules };
          const worker = new Worker(new URL('./checkPages.worker.ts', import.meta.url), { workerData: input });
          worker.on('message', (batch: PageWorkerResult[]) => results.push(...batch));
          worker.on('error', reject);
          worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`checkDist: worker thoát với mã ${code}`))));
        }),
    ),
  );
  return results;
}

/** The report's one-line summary, in Vietnamese. */
export function formatDistSummary(r: DistReport): string {
  return (
    `checkDist: ${r.pages} trang HTML, ${r.files} tệp, ${r.links} liên kết; ` +
    `${r.brokenLinks} liên kết hỏng, ${r.invalidHtml} lỗi HTML (html-validate đọc ${r.validated} trang), sitemap ${r.sitemapUrls} địa chỉ.`
  );
}
