/**
 * Checks the built site in dist/ and exits 1 with a list of every problem:
 *  - every internal link, script, stylesheet and form action resolves, and every `#anchor`
 *    (on the same page or another) names an element that exists;
 *  - every HTML page validates with html-validate (rules in .htmlvalidate.json);
 *  - the sitemap lists every page (but the 404 page) and nothing that is not built.
 * Usage: node src/cli/checkDist.ts [dist-dir]
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { extractPageLinks, findBrokenLinks, pathForFile, sitemapPaths, sitemapUrls, type PageLinks } from '../lib/site/linkCheck.ts';

const dist = process.argv[2] ?? 'dist';

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`checkDist: ${dist}/index.html không có. Hãy chạy "astro build" trước.`);
  process.exit(1);
}

const files = listFiles(dist);
const htmlFiles = files.filter((f) => f.endsWith('.html'));
const pages = new Map<string, PageLinks>();
for (const file of htmlFiles) pages.set(pathForFile(file), extractPageLinks(readFileSync(join(dist, file), 'utf8')));

const problems: string[] = [];

// The sitemap index names the site's origin (astro.config's `site`): absolute links to it are internal.
const indexXml = join(dist, 'sitemap-index.xml');
const sitemaps = existsSync(indexXml) ? sitemapUrls(readFileSync(indexXml, 'utf8')) : [];
if (sitemaps.length === 0) problems.push('[sitemap] dist/sitemap-index.xml không có hoặc rỗng (@astrojs/sitemap chưa chạy?)');
const origin = sitemaps[0]?.origin ?? 'https://sitemap-missing.invalid';

// 1. Links and anchors. A link broken on many pages (a header link) is listed once, with its pages counted.
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

// 2. HTML validity, with the project's rules (read explicitly: html-validate would otherwise look for
// them beside each file, and a dist/ outside the project would be checked with no rules at all).
const configFile = fileURLToPath(new URL('../../.htmlvalidate.json', import.meta.url));
const validator = new HtmlValidate(new StaticConfigLoader(JSON.parse(readFileSync(configFile, 'utf8')) as ConfigData));
let invalidMessages = 0;
for (const file of htmlFiles) {
  const report = await validator.validateFile(join(dist, file));
  for (const result of report.results) {
    for (const m of result.messages) {
      invalidMessages += 1;
      problems.push(`[html] ${pathForFile(file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
}

// 3. Sitemap: every page but the 404 page is listed, and everything listed is built.
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

const linkCount = [...pages.values()].reduce((n, p) => n + p.links.length, 0);
console.log(
  `checkDist: ${htmlFiles.length} trang HTML, ${files.length} tệp, ${linkCount} liên kết; ` +
    `${broken.length} liên kết hỏng, ${invalidMessages} lỗi HTML, sitemap ${listed.size} địa chỉ.`,
);
if (problems.length > 0) {
  console.error(`\n${problems.length} vấn đề:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('checkDist: mọi liên kết, neo (#), HTML và sitemap đều ổn.');

function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const abs = join(dir, entry.name);
      if (entry.isDirectory()) walk(abs);
      else out.push(relative(root, abs).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}
