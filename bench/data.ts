/**
 * Open-data outputs at scale: builds the bundle, every calendar feed and the Atom feed for the real
 * content and for synthetic corpora (see bench/corpus.ts), and prints their sizes and
 * build times, so that linear growth can be read off the table (time per 1,000 tasks stays flat).
 * With --history it also times the git history over a synthetic repository of the largest corpus.
 *
 *   node bench/data.ts (npm run bench:data) [--sizes 500,1000,2000,5000] [--history]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent } from '../src/lib/content/loadContent.ts';
import { buildBundle } from '../src/lib/data/bundle.ts';
import { deadlineCalendar } from '../src/lib/data/calendar.ts';
import { calendarScopes } from '../src/lib/data/calendarScopes.ts';
import { readPlansHistory, HISTORY_FALLBACK } from '../src/lib/data/history.ts';
import { newsFeed, newsItems } from '../src/lib/data/news.ts';
import { generatePlans, writeCorpus } from './corpus.ts';
import { buildSite, siteContentFromCorpus } from '../src/lib/site/site.ts';
import type { Site } from '../src/lib/site/types.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '500,1000,2000,5000' }, history: { type: 'boolean', default: false } } });
const sizes = values.sizes.split(',').map(Number);
const ORIGIN = 'https://ke-hoach-de-an-06.example.vn';
const TODAY = '2026-12-06';
const { corpus } = loadContent('content');

function syntheticSite(n: number): Site {
  return buildSite({
    ...siteContentFromCorpus(corpus),
    plans: [...generatePlans(corpus, n, 6)].map((p) => ({
      id: p.id,
      meta: p.frontmatter,
      sections: p.tasks.sections,
      tasks: p.tasks.tasks,
      targets: p.targets.targets,
    })),
  });
}

function time<T>(f: () => T): [T, number] {
  const start = performance.now();
  const result = f();
  return [result, performance.now() - start];
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
const rows: string[][] = [];
for (const [label, site] of [['real', buildSite(siteContentFromCorpus(corpus))] as const, ...sizes.map((n) => [`${n}`, syntheticSite(n)] as const)]) {
  const tasks = site.plans.reduce((n, p) => n + p.tasks.length, 0);
  const ctx = { site, today: TODAY, origin: ORIGIN };
  const [bundle, bundleMs] = time(() => buildBundle(ctx).bytes.length);
  const [calendars, calendarMs] = time(() => {
    const sizes = calendarScopes(site).map((s) =>
      Buffer.byteLength(deadlineCalendar(s.plans, site, { name: s.name, origin: ORIGIN, pageUrl: ORIGIN + s.page })),
    );
    return { count: sizes.length, total: sizes.reduce((a, b) => a + b, 0), largest: Math.max(...sizes) };
  });
  const [feed, feedMs] = time(() =>
    Buffer.byteLength(newsFeed(newsItems(site, { available: false, reason: 'shallow', message: HISTORY_FALLBACK.shallow }, 50), ORIGIN, TODAY)),
  );
  rows.push([
    label,
    String(site.plans.length),
    String(tasks),
    kB(bundle),
    `${bundleMs.toFixed(0)} ms`,
    `${((bundleMs / tasks) * 1000).toFixed(0)} ms`,
    String(calendars.count),
    kB(calendars.total),
    kB(calendars.largest),
    `${calendarMs.toFixed(0)} ms`,
    `${((calendarMs / tasks) * 1000).toFixed(0)} ms`,
    kB(feed),
    `${feedMs.toFixed(0)} ms`,
  ]);
}

const header = [
  'corpus',
  'plans',
  'tasks',
  'bundle',
  'bundle time',
  '/1k tasks',
  'calendars',
  'all .ics',
  'largest .ics',
  'ics time',
  '/1k tasks',
  'atom',
  'atom time',
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line(r));

if (values.history) {
  // A repository with the largest corpus, then one commit that re-dates a task in every tenth plan.
  const n = Math.max(...sizes);
  const dir = mkdtempSync(join(tmpdir(), 'bench-history-'));
  try {
    writeCorpus(dir, n);
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', dir, '-c', 'user.name=bench', '-c', 'user.email=bench@example.vn', ...args], { stdio: 'pipe', maxBuffer: 1 << 30 });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'corpus');
    const plans = readdirSync(join(dir, 'content/plans'));
    for (const id of plans.filter((_, i) => i % 10 === 0)) {
      const file = join(dir, 'content/plans', id, 'tasks.json');
      const data = JSON.parse(readFileSync(file, 'utf8')) as { tasks: { deadline: { raw: string } }[] };
      if (data.tasks[0]) data.tasks[0].deadline.raw += ' (sửa)';
      writeFileSync(file, JSON.stringify(data));
    }
    git('commit', '-qam', 'edit');
    const [history, ms] = time(() => readPlansHistory(dir));
    const changes = history.available ? history.recent.length : 0;
    console.log(`\nhistory: ${plans.length} plans, 2 commits, ${changes} plan changes read in ${ms.toFixed(0)} ms (one git log + one git cat-file --batch)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
