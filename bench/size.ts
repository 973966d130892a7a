/**
 * Gzip sizes of the built site per page kind (the largest page of each kind), with the CSS and
 * JavaScript each page loads, checked against the budgets of DESIGN §8. Prints a table; exits 1
 * when a page is over budget. Usage: node bench/size.ts [dist-dir]
 *
 * JS is split in two: what the page loads up front (its module scripts and their static imports)
 * and what it may load later (dynamic imports: Chart.js loads only when a chart scrolls near).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, posix } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const KB = 1024;

/** Budgets in gzip bytes. `js` covers everything a page can load, lazy chunks included. */
interface Budget {
  html: number;
  css: number;
  js: number;
}
const WITH_CHARTS: Budget = { html: 30 * KB, css: 20 * KB, js: 60 * KB };
const NO_JS: Budget = { html: 30 * KB, css: 20 * KB, js: 0 };
/** Aggregate pages (agency, timeline) are split so that each stays within 100 kB at 5,000 plans (DESIGN §8). */
const AGGREGATE: Budget = { html: 100 * KB, css: 20 * KB, js: 0 };
const AGGREGATE_FILTER: Budget = { html: 100 * KB, css: 20 * KB, js: 60 * KB };

/** Page kinds: which files belong to each, and its budget. Pages without charts or filters get no JS at all. */
const KINDS: { kind: string; match: RegExp; budget: Budget }[] = [
  { kind: 'home', match: /^index\.html$/, budget: NO_JS },
  { kind: 'provinces index', match: /^tinh\/index\.html$/, budget: NO_JS },
  { kind: 'province', match: /^tinh\/[^/]+\/index\.html$/, budget: WITH_CHARTS },
  { kind: 'commune', match: /^xa\/[^/]+\/index\.html$/, budget: NO_JS },
  { kind: 'former district', match: /^huyen\/[^/]+\/index\.html$/, budget: NO_JS },
  { kind: 'plan', match: /^ke-hoach\/[^/]+\/index\.html$/, budget: WITH_CHARTS },
  { kind: 'plan full text', match: /^ke-hoach\/[^/]+\/toan-van\/index\.html$/, budget: NO_JS },
  { kind: 'agencies index', match: /^co-quan\/index\.html$/, budget: NO_JS },
  { kind: 'agency overview', match: /^co-quan\/[^/]+\/index\.html$/, budget: AGGREGATE },
  { kind: 'agency by province', match: /^co-quan\/[^/]+\/[^/]+\/index\.html$/, budget: AGGREGATE },
  { kind: 'agency by year', match: /^co-quan\/[^/]+\/[^/]+\/\d{4}\/(?:trang-\d+\/)?index\.html$/, budget: AGGREGATE },
  { kind: 'timeline overview', match: /^moc-thoi-gian\/index\.html$/, budget: AGGREGATE },
  { kind: 'timeline year', match: /^moc-thoi-gian\/\d{4}\/index\.html$/, budget: AGGREGATE_FILTER },
  { kind: 'timeline by province', match: /^moc-thoi-gian\/\d{4}\/[^/]+\/(?:trang-\d+\/)?index\.html$/, budget: AGGREGATE_FILTER },
  { kind: 'KPI index', match: /^chi-tieu\/index\.html$/, budget: NO_JS },
  { kind: 'KPI', match: /^chi-tieu\/[^/]+\/index\.html$/, budget: WITH_CHARTS },
  { kind: 'about', match: /^gioi-thieu\/index\.html$/, budget: NO_JS },
  { kind: 'open data', match: /^du-lieu\/index\.html$/, budget: NO_JS },
  { kind: "what's new", match: /^co-gi-moi\/index\.html$/, budget: NO_JS },
  { kind: 'method', match: /^gioi-thieu\/phuong-phap\/index\.html$/, budget: NO_JS },
  // A small script recomputes "Lần tới" against the visitor's date.
  { kind: 'reporting duties', match: /^bao-cao\/index\.html$/, budget: WITH_CHARTS },
  { kind: '404', match: /^404\.html$/, budget: NO_JS },
];

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`bench/size: ${dist}/index.html không có. Hãy chạy "astro build" trước.`);
  process.exit(1);
}

const gz = (path: string) => gzipSync(readFileSync(join(dist, path))).length;
const files = listHtml(dist);

interface Row {
  kind: string;
  page: string;
  pages: number;
  html: number;
  css: number;
  jsInitial: number;
  jsLazy: number;
  over: string[];
}

const rows: Row[] = [];
for (const { kind, match, budget } of KINDS) {
  const matching = files.filter((f) => match.test(f));
  if (matching.length === 0) continue;
  // The heaviest page of the kind, HTML and assets together.
  const measured = matching.map((page) => measure(page));
  measured.sort((a, b) => b.html + b.css + b.jsInitial + b.jsLazy - (a.html + a.css + a.jsInitial + a.jsLazy));
  const m = measured[0]!;
  const over: string[] = [];
  if (m.html > budget.html) over.push(`HTML ${fmt(m.html)} > ${fmt(budget.html)}`);
  if (m.css > budget.css) over.push(`CSS ${fmt(m.css)} > ${fmt(budget.css)}`);
  if (m.jsInitial + m.jsLazy > budget.js) over.push(`JS ${fmt(m.jsInitial + m.jsLazy)} > ${fmt(budget.js)}`);
  rows.push({ kind, pages: matching.length, over, ...m });
}

const header = ['page kind', 'pages', 'largest page', 'HTML', 'CSS', 'JS now', 'JS lazy', 'budget'];
const table = rows.map((r) => [
  r.kind,
  String(r.pages),
  `/${r.page.replace(/index\.html$/, '')}`,
  fmt(r.html),
  fmt(r.css),
  fmt(r.jsInitial),
  fmt(r.jsLazy),
  r.over.length === 0 ? 'ok' : `OVER: ${r.over.join('; ')}`,
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => (i >= 3 && i <= 6 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
console.log(
  'Gzip sizes (level 6) of the largest page of each kind. Budgets: HTML 30 kB (100 kB on agency and timeline pages), CSS 20 kB, JS 60 kB on pages with charts or filters, none elsewhere.\n',
);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table) console.log(line(row));

const failing = rows.filter((r) => r.over.length > 0);
if (failing.length > 0) {
  console.error(`\n${failing.length} page kind(s) over budget.`);
  process.exit(1);
}

function measure(page: string): { page: string; html: number; css: number; jsInitial: number; jsLazy: number } {
  const html = readFileSync(join(dist, page), 'utf8');
  const css = [...html.matchAll(/<link\b[^>]*rel="?stylesheet"?[^>]*href="?([^"\s>]+)/g)].map((m) => m[1]!);
  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].reduce((n, m) => n + gzipSync(m[1]!).length, 0);
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)/g)].map((m) => m[1]!);
  const inlineJs = [...html.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*type="?application\/(?:ld\+)?json)[^>]*>([\s\S]*?)<\/script>/g)]
    .filter((m) => m[1]!.trim() !== '')
    .reduce((n, m) => n + gzipSync(m[1]!).length, 0);
  const { initial, lazy } = scriptGraph(scripts.map((s) => s.replace(/^\//, '')));
  return {
    page,
    html: gzipSync(html).length,
    css: css.reduce((n, href) => n + gz(href.replace(/^\//, '')), 0) + inlineCss,
    jsInitial: [...initial].reduce((n, f) => n + gz(f), 0) + inlineJs,
    jsLazy: [...lazy].filter((f) => !initial.has(f)).reduce((n, f) => n + gz(f), 0),
  };
}

/** The JS files a page loads: entry scripts and their static imports (initial), dynamic imports (lazy). */
function scriptGraph(entries: string[]): { initial: Set<string>; lazy: Set<string> } {
  const initial = new Set<string>();
  const lazy = new Set<string>();
  const visit = (file: string, into: Set<string>) => {
    if (into.has(file) || !existsSync(join(dist, file))) return;
    into.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    const dir = posix.dirname(file);
    const resolve = (spec: string) => (spec.startsWith('/') ? spec.slice(1) : posix.normalize(posix.join(dir, spec)));
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+\.js)["'`]/g)) visit(resolve(m[1]!), into);
    for (const m of code.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)) visit(resolve(m[1]!), lazy);
  };
  for (const e of entries) visit(e, initial);
  return { initial, lazy };
}

function listHtml(root: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(join(root, rel))) {
      const child = rel ? `${rel}/${name}` : name;
      if (statSync(join(root, child)).isDirectory()) walk(child);
      else if (name.endsWith('.html')) out.push(child);
    }
  };
  walk('');
  return out.sort();
}

function fmt(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} kB`;
}
