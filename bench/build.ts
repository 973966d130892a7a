/**
 * `npm run bench:build -- --plans N`: builds a synthetic corpus of N plans (bench/corpus.ts) with the
 * real pipeline (`npm run check`, then `astro build` with its integration: search index, dist checks,
 * precompression) in a temporary copy of the project, then a bare Astro site with the same pages and
 * HTML bytes (bench/floor.ts), and prints time per stage, peak memory, sizes and the ratio to the floor.
 *
 *   npm run bench:build -- --plans 1000 [--seed 8] [--keep] [--no-floor] [--no-query]
 *
 * Peak memory is GNU time's maximum resident set size of each command (the largest single process;
 * the build's worker threads share its process), and for `astro build` also the largest sum over
 * its processes (Node and Pagefind's indexer), sampled. Prints figures only; budgets are judged by
 * the reader.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../src/lib/browser/chromium.ts';
import { walkDist } from '../src/build/walkDist.ts';
import { writeCorpus } from './corpus.ts';
import { writeFloorProject, type PageSize } from './floor.ts';
import { copyProject } from './project.ts';
import { measureSite, QUERIES } from './support/searchQueries.ts';
import { sampleTreeMemory, type TreePeak } from './support/treeMemory.ts';

const { values } = parseArgs({
  options: {
    plans: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '8' },
    keep: { type: 'boolean', default: false },
    'no-floor': { type: 'boolean', default: false },
    'no-query': { type: 'boolean', default: false },
  },
});
const projectRoot = resolve(import.meta.dirname, '..');
const node = process.execPath;
const plans = Number(values.plans);

/** A finished command: wall time, peak memory and its output lines with their times. */
interface Run {
  ms: number;
  /** User + system CPU seconds: on a shared machine, steadier than wall time. */
  cpu: number;
  peakKb: number;
  /** The largest sum over the command's processes (sampled; see `sampleTreeMemory`). */
  treePeak: TreePeak;
  code: number;
  lines: { ms: number; text: string }[];
}

/** Runs `args` under GNU time in `cwd`, timing each output line as it arrives. */
function run(cwd: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-v', ...args], { cwd, env: { ...process.env, ...env, FORCE_COLOR: '0' } });
    const sampler = sampleTreeMemory(child.pid ?? 0);
    const lines: Run['lines'] = [];
    let stderr = '';
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const parts = (pending + chunk.toString('utf8')).split('\n');
      pending = parts.pop() ?? '';
      const ms = performance.now() - started;
      for (const text of parts) lines.push({ ms, text: stripVTControlCharacters(text) });
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => {
      const treePeak = sampler.stop();
      const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      const user = Number(/User time \(seconds\): ([\d.]+)/.exec(stderr)?.[1] ?? 0);
      const system = Number(/System time \(seconds\): ([\d.]+)/.exec(stderr)?.[1] ?? 0);
      if (code !== 0) process.stderr.write(`${lines.map((l) => l.text).join('\n')}\n${stderr}`);
      done({ ms: performance.now() - started, cpu: user + system, peakKb: peak ? Number(peak[1]) : 0, treePeak, code: code ?? 1, lines });
    });
  });
}

/**
 * The Node flags `npm run build` runs `script` with (the checker, Astro), so the bench measures the
 * same commands.
 */
function buildFlags(script: string): string[] {
  const scripts = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const flags = new RegExp(`node ((?:--\\S+ )*)${script.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`).exec(scripts['build'] ?? '')?.[1] ?? '';
  return flags.split(' ').filter(Boolean);
}

/** When the first line matching `re` arrived (ms since the command started). */
function at(r: Run, re: RegExp): number {
  const line = r.lines.find((l) => re.test(l.text));
  if (!line) throw new Error(`bench:build: không thấy dòng ${re} trong nhật ký build`);
  return line.ms;
}

const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
/** GNU time reports KiB: printed in GiB and in decimal GB, since memory goals are often read either way. */
const gb = (kbytes: number): string => `${(kbytes / 1024 / 1024).toFixed(2)} GiB (${((kbytes * 1024) / 1e9).toFixed(2)} GB)`;

/** Route folder and file names that are literal in URLs (not [params]): they name page kinds. */
function literalSegments(): Set<string> {
  const out = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('[') || entry.name.startsWith('_')) {
        if (entry.isDirectory()) walk(join(dir, entry.name));
        continue;
      }
      out.add(entry.name.replace(/\.(astro|ts)$/, '').replace(/^index$/, ''));
      if (entry.isDirectory()) walk(join(dir, entry.name));
    }
  };
  walk(join(projectRoot, 'src', 'pages'));
  out.delete('');
  return out;
}

/** A page's kind: its URL with every segment that is not a route name replaced by "*". */
function kindOf(file: string, literals: Set<string>): string {
  if (file === 'index.html') return '/';
  if (!file.endsWith('/index.html')) return `/${file}`;
  const segments = file.slice(0, -'/index.html'.length).split('/');
  return `/${segments.map((seg, i) => (i === 0 || literals.has(seg) ? seg : '*')).join('/')}/`;
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), `bench-build-${plans}-`));
  const load = (): string =>
    loadavg()
      .map((n) => n.toFixed(1))
      .join(' ');
  console.log(`bench:build ${plans} kế hoạch, thư mục tạm ${work}; ${availableParallelism()} lõi, tải trung bình ${load()}`);
  try {
    const site = join(work, 'site');
    copyProject(projectRoot, site);
    const generated = performance.now();
    const corpus = writeCorpus(site, plans, Number(values.seed), join(projectRoot, 'content'));
    console.log(
      `Kho tổng hợp: ${corpus.plans} kế hoạch (${Object.entries(corpus.levels)
        .map(([l, n]) => `${l} ${n}`)
        .join(', ')}), ` +
        `${corpus.tasks} nhiệm vụ, ${corpus.targets} chỉ tiêu, ${corpus.units} đơn vị ban hành; tạo trong ${s(performance.now() - generated)}`,
    );

    const check = await run(site, [node, ...buildFlags('src/cli/check.ts'), 'src/cli/check.ts', 'content']);
    if (check.code !== 0) throw new Error('npm run check thất bại trên kho tổng hợp');
    const timings = join(work, 'timings.jsonl');
    const build = await run(site, [node, ...buildFlags('node_modules/astro/bin/astro.mjs'), 'node_modules/astro/bin/astro.mjs', 'build'], {
      BUILD_TIMINGS_FILE: timings,
      SITE_TODAY: '2026-12-01',
    });
    if (build.code !== 0) throw new Error('astro build thất bại');
    const stages = new Map<string, number>();
    for (const line of readFileSync(timings, 'utf8').trim().split('\n')) {
      const t = JSON.parse(line) as { stage: string; ms: number };
      stages.set(t.stage, t.ms);
    }
    const synced = at(build, /\[content\] Synced content/);
    const generating = at(build, /generating static routes/);
    const rendered = at(build, /\[@astrojs\/sitemap\]/);

    // What was built.
    const dist = join(site, 'dist');
    const files = walkDist(dist);
    const literals = literalSegments();
    const html = files.filter((f) => f.endsWith('.html'));
    const sizes: PageSize[] = html.map((f) => ({ path: f === 'index.html' ? '/' : `/${f.replace(/index\.html$/, '')}`, bytes: statSync(join(dist, f)).size }));
    const htmlBytes = sizes.reduce((n, p) => n + p.bytes, 0);
    const byKind = new Map<string, { count: number; files: { file: string; bytes: number }[] }>();
    html.forEach((file, i) => {
      const kind = kindOf(file, literals);
      const entry = byKind.get(kind) ?? { count: 0, files: [] };
      entry.count += 1;
      entry.files.push({ file, bytes: sizes[i]!.bytes });
      byKind.set(kind, entry);
    });
    const pagefindDir = join(dist, 'pagefind');
    const indexBytes = walkDist(pagefindDir)
      .filter((f) => !/\.(gz|br)$/.test(f))
      .reduce((n, f) => n + statSync(join(pagefindDir, f)).size, 0);

    let firstQuery = '';
    if (!values['no-query']) {
      const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
      try {
        const rows = await measureSite(browser, dist, 'bench', QUERIES);
        firstQuery = rows
          .filter((r) => r.when === 'first')
          .map((r) => `${r.query}: ${kb(r.bytes)} (${r.requests} yêu cầu, ${r.ms} ms, "${r.status.slice(0, 60)}")`)
          .join('; ');
      } finally {
        await browser.close();
      }
    }

    let floor: { build: Run; index: Run } | null = null;
    if (!values['no-floor']) {
      const floorDir = join(work, 'floor');
      writeFloorProject(floorDir, sizes, projectRoot);
      const floorBuild = await run(floorDir, [node, 'node_modules/astro/bin/astro.mjs', 'build']);
      const floorIndex = await run(floorDir, [node, 'index.mjs']);
      if (floorBuild.code !== 0 || floorIndex.code !== 0) throw new Error('build nền (Astro trần) thất bại');
      const floorHtml = walkDist(join(floorDir, 'dist'))
        .filter((f) => f.endsWith('.html'))
        .reduce((n, f) => n + statSync(join(floorDir, 'dist', f)).size, 0);
      console.log(`Nền: ${sizes.length - 1} trang, ${mb(floorHtml)} HTML`);
      floor = { build: floorBuild, index: floorIndex };
    }

    const whole = check.ms + build.ms;
    console.log(`\n## bench:build — ${plans} kế hoạch (${corpus.tasks} nhiệm vụ, ${corpus.targets} chỉ tiêu)\n`);
    console.log('| chỉ số | giá trị |');
    console.log('|---|---|');
    const row = (k: string, v: string): void => console.log(`| ${k} | ${v} |`);
    row('tải trung bình máy (1, 5, 15 phút) lúc kết thúc', load());
    row('trang HTML', String(html.length));
    row('tệp trong dist/ (kể cả .gz, .br)', String(walkDist(dist).length));
    row('HTML', mb(htmlBytes));
    row('check (npm run check)', `${s(check.ms)} (CPU ${check.cpu.toFixed(1)} s), đỉnh ${gb(check.peakKb)}`);
    row('content sync', s(synced));
    row('bundle (vite)', s(generating - synced));
    row('render (generating static routes)', s(rendered - generating));
    row('index (Pagefind)', s(stages.get('index') ?? 0));
    const validated = /html-validate đọc (\d+) trang/.exec(build.lines.map((l) => l.text).join('\n'))?.[1] ?? '?';
    row(`dist checks (liên kết, neo, id trùng; html-validate ${validated} trang; sitemap)`, s(stages.get('dist-checks') ?? 0));
    row('compress (gzip + brotli)', s(stages.get('compress') ?? 0));
    row('astro build (tổng)', `${s(build.ms)} (CPU ${build.cpu.toFixed(1)} s), đỉnh ${gb(build.peakKb)}`);
    const parts = Object.entries(build.treePeak.byCommand)
      .filter(([, kbytes]) => kbytes >= 50 * 1024)
      .sort((a, b) => b[1] - a[1])
      .map(([name, kbytes]) => `${name} ${(kbytes / 1024 / 1024).toFixed(2)}`)
      .join(' + ');
    row('astro build: đỉnh tổng các tiến trình (lấy mẫu 0,5 s)', `${gb(build.treePeak.kb)}: ${parts} GiB`);
    row('cả build (check + astro build)', `${s(whole)} (CPU ${(check.cpu + build.cpu).toFixed(1)} s)`);
    row('chỉ mục tìm kiếm (dist/pagefind, chưa nén sẵn)', mb(indexBytes));
    if (firstQuery) row('truy vấn đầu tiên (byte tải, gzip)', firstQuery);
    if (floor) {
      const floorMs = floor.build.ms + floor.index.ms;
      const floorCpu = floor.build.cpu + floor.index.cpu;
      row(
        'nền: Astro trần, cùng trang và byte HTML',
        `${s(floorMs)} (build ${s(floor.build.ms)} + Pagefind ${s(floor.index.ms)}; CPU ${floorCpu.toFixed(1)} s), đỉnh ${gb(Math.max(floor.build.peakKb, floor.index.peakKb))}`,
      );
      row('tỉ lệ cả build / nền', `${(whole / floorMs).toFixed(2)}× thời gian thực, ${((check.cpu + build.cpu) / floorCpu).toFixed(2)}× CPU`);
    }

    console.log('\n| loại trang | số trang | lớn nhất | HTML | gzip |');
    console.log('|---|---|---|---|---|');
    for (const [kind, { count, files: list }] of [...byKind].sort((a, b) => b[1].count - a[1].count)) {
      const largest = [...list].sort((a, b) => b.bytes - a.bytes).slice(0, 3);
      const gz = largest.map((f) => ({ ...f, gz: gzipSync(readFileSync(join(dist, f.file))).length })).sort((a, b) => b.gz - a.gz)[0]!;
      console.log(`| ${kind} | ${count} | /${gz.file.replace(/index\.html$/, '')} | ${kb(gz.bytes)} | ${kb(gz.gz)} |`);
    }
  } finally {
    if (values.keep) console.log(`Giữ lại ${work}`);
    else if (existsSync(work)) rmSync(work, { recursive: true, force: true });
  }
}

await main();
