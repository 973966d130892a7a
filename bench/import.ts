// `npm run bench:import [-- --misses] [--keep] [--no-ocr] [--ocr-pages N]`: imports every seed (../shared/seeds) and every
// synthetic unseen plan (test/fixtures/import/unseen) into a temporary folder (never into content/)
// and compares each draft with its hand-checked content — content/plans/<id>/ for a seed,
// test/fixtures/import/unseen/expected/<name>/ for an unseen plan: tasks found, lead and support
// agencies, deadlines, targets found, target figures and the plan's facts, as a table of
// percentages, plus whether each draft passes `npm run check` (run on a temporary content root
// holding the catalogues and that one draft). Unseen rows are marked "tổng hợp" (synthetic): the
// importer was never tuned on them. `--misses` lists every item behind a figure below 100 %.
// Then per input format (seed 004 and 000 as .txt, .md, a printed PDF, a .docx with the task table,
// and for 004 a scanned PDF and a page image read by OCR, with OCR seconds per page), and the word
// accuracy of restoring seed 003's diacritics from the other published plans.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { compareDrafts, pairByText, percent, type PlanContent } from './lib/compareDrafts.ts';
import { importPlan, UNKNOWN_REGION } from '../src/lib/importer/importPlan.ts';
import { loadCatalogue } from '../src/lib/importer/loadCatalogue.ts';
import { decodeSource } from '../src/lib/importer/readSource.ts';
import { corpusTexts } from '../src/lib/importer/corpusTexts.ts';
import { buildDiacriticModel, foldForm, LOW_CONFIDENCE, restoreDiacritics, type RestoredWord } from '../src/lib/importer/restoreDiacritics.ts';
import { readDocument } from '../src/lib/importer/sources/readDocument.ts';
import { printPdf, rasterise, scannedPdf, tasksOf, writeDocx } from '../test/unit/importer/fixtures.ts';

const project = resolve(import.meta.dirname, '..');
const seeds = resolve(project, '../shared/seeds');
const unseen = join(project, 'test/fixtures/import/unseen');
const content = join(project, 'content');
const { catalogue } = loadCatalogue(content);
const work = mkdtempSync(join(tmpdir(), 'bench-import-'));
const showMisses = process.argv.includes('--misses');

const ocrPagesArg = process.argv.indexOf('--ocr-pages');
/** `--ocr-pages N`: scan only the first N pages (OCR takes 10–30 s a page on one core). */
const ocrPages = ocrPagesArg > 0 ? Number(process.argv[ocrPagesArg + 1]) : null;

/**
 * Word accuracy of a restoration: the restored words and the reference's words aligned on their
 * folded forms (longest common subsequence), and how many aligned words carry the reference's marks.
 */
function alignedAccuracy(
  words: RestoredWord[],
  referenceWords: string[],
): { aligned: number; right: number; high: number; highRight: number; commonErrors: string[] } {
  const out = words.map((w) => ({ k: foldForm(w.output), o: w.output.normalize('NFC').toLowerCase(), c: w.confidence }));
  const ref = referenceWords.map((w) => w.normalize('NFC').toLowerCase());
  const refK = ref.map(foldForm);
  const n = out.length;
  const m = ref.length;
  const dp = new Uint16Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      dp[i * (m + 1) + j] = out[i]!.k === refK[j] ? dp[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(dp[(i + 1) * (m + 1) + j]!, dp[i * (m + 1) + j + 1]!);
  let [i, j, aligned, right, high, highRight] = [0, 0, 0, 0, 0, 0];
  const errors = new Map<string, number>();
  while (i < n && j < m) {
    if (out[i]!.k === refK[j]) {
      const ok = out[i]!.o === ref[j];
      aligned++;
      if (ok) right++;
      else errors.set(`${out[i]!.o}→${ref[j]}`, (errors.get(`${out[i]!.o}→${ref[j]}`) ?? 0) + 1);
      if (out[i]!.c >= LOW_CONFIDENCE) {
        high++;
        if (ok) highRight++;
      }
      i++;
      j++;
    } else if (dp[(i + 1) * (m + 1) + j]! >= dp[i * (m + 1) + j + 1]!) i++;
    else j++;
  }
  return { aligned, right, high, highRight, commonErrors: [...errors].sort((a, b) => b[1] - a[1]).map(([e, c]) => `${e} ×${c}`) };
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/** A published plan's content (plan.mdx frontmatter, tasks, targets). */
function readPlan(dir: string): PlanContent {
  const mdx = readFileSync(join(dir, 'plan.mdx'), 'utf8');
  const fm = parse(mdx.split(/^---$/m)[1] ?? '') as PlanContent['frontmatter'];
  return {
    frontmatter: fm,
    tasks: readJson<{ tasks: PlanContent['tasks'] }>(join(dir, 'tasks.json')).tasks,
    targets: readJson<{ targets: PlanContent['targets'] }>(join(dir, 'targets.json')).targets,
  };
}

/** An unseen plan's expected content; a `region: null` fact means the importer must write its placeholder. */
function readExpected(dir: string): PlanContent {
  const facts = readJson<PlanContent['frontmatter'] & { region: string | null }>(join(dir, 'facts.json'));
  return {
    frontmatter: { ...facts, region: facts.region ?? UNKNOWN_REGION },
    tasks: readJson<{ tasks: PlanContent['tasks'] }>(join(dir, 'tasks.json')).tasks,
    targets: readJson<{ targets: PlanContent['targets'] }>(join(dir, 'targets.json')).targets,
  };
}

function checkDraft(planDir: string, id: string, withProposals: boolean): { ok: boolean; problems: number } {
  const root = join(work, `check-${id}-${withProposals ? 'p' : 'd'}`, 'content');
  mkdirSync(join(root, 'plans'), { recursive: true });
  for (const c of ['programmes', 'regions', 'metrics']) symlinkSync(join(content, c), join(root, c));
  cpSync(join(content, 'agencies'), join(root, 'agencies'), { recursive: true });
  const proposed = join(planDir, 'agencies.proposed.json');
  if (withProposals && existsSync(proposed)) {
    for (const p of readJson<{ id: string; seenOnLines?: number[]; seenInPhrases?: string[] }[]>(proposed)) {
      const { id: pid, seenOnLines, seenInPhrases, ...entry } = p;
      void seenOnLines;
      void seenInPhrases;
      writeFileSync(join(root, 'agencies', `${pid}.json`), JSON.stringify(entry, null, 2));
    }
  }
  mkdirSync(join(root, 'plans', id));
  for (const f of ['plan.mdx', 'tasks.json', 'targets.json']) cpSync(join(planDir, f), join(root, 'plans', id, f));
  const r = spawnSync(process.execPath, [join(project, 'src/cli/check.ts'), root], { encoding: 'utf8' });
  const problems = (r.stdout.match(/^\s*[-•✗]|^content\//gm) ?? []).length;
  return { ok: r.status === 0, problems: r.status === 0 ? 0 : Math.max(1, problems) };
}

/** The items behind each figure below 100 %, one line each, for `--misses`. */
function missList(expected: PlanContent, actual: PlanContent): string[] {
  const out: string[] = [];
  const short = (s: string): string => (s.length > 70 ? `${s.slice(0, 67)}…` : s);
  const tasks = pairByText(expected.tasks, actual.tasks);
  for (const t of expected.tasks) if (!tasks.some(([e]) => e === t)) out.push(`  thiếu nhiệm vụ ${t.id}: "${short(t.text)}"`);
  for (const t of actual.tasks) if (!tasks.some(([, a]) => a === t)) out.push(`  thừa nhiệm vụ ${t.id}: "${short(t.text)}"`);
  const same = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));
  for (const [e, a] of tasks) {
    if (!same(e.lead, a.lead)) out.push(`  ${e.id} chủ trì: cần [${e.lead.join(',')}] có [${a.lead.join(',')}]`);
    if (!same(e.support, a.support)) out.push(`  ${e.id} phối hợp: cần [${e.support.join(',')}] có [${a.support.join(',')}]`);
    const due = (d: PlanContent['tasks'][number]['deadline']): string => `${d.kind} ${'due' in d ? d.due : ''}`;
    if (due(e.deadline) !== due(a.deadline)) out.push(`  ${e.id} thời hạn: cần ${due(e.deadline)} có ${due(a.deadline)} ("${a.deadline.raw}")`);
  }
  const targets = pairByText(expected.targets, actual.targets);
  for (const t of expected.targets) if (!targets.some(([e]) => e === t)) out.push(`  thiếu chỉ tiêu ${t.id}: "${short(t.text)}"`);
  for (const t of actual.targets) if (!targets.some(([, a]) => a === t)) out.push(`  thừa chỉ tiêu ${t.id}: "${short(t.text)}"`);
  const figures = (t: PlanContent['targets'][number]): string => [t.value, ...(t.also ?? []).map((m) => m.value)].filter((v) => v !== undefined).join(', ');
  for (const [e, a] of targets) if (figures(e) !== figures(a)) out.push(`  ${e.id} số liệu: cần [${figures(e)}] có [${figures(a)}]`);
  return out;
}

/** One document to score: its label, source file and where its hand-checked content is. */
interface BenchCase {
  label: string;
  file: string;
  synthetic: boolean;
  truth: (planId: string) => PlanContent | null;
}

const cases: BenchCase[] = [
  ...readdirSync(seeds)
    .filter((f) => /^\d{3}_.*\.txt$/.test(f))
    .sort()
    .map((f) => ({
      label: f.slice(0, 3),
      file: join(seeds, f),
      synthetic: false,
      truth: (id: string) => (existsSync(join(content, 'plans', id, 'plan.mdx')) ? readPlan(join(content, 'plans', id)) : null),
    })),
  ...(existsSync(unseen)
    ? readdirSync(unseen)
        .filter((f) => f.endsWith('.txt'))
        .sort()
    : []
  ).map((f) => ({
    label: 'tổng hợp',
    file: join(unseen, f),
    synthetic: true,
    truth: () => (existsSync(join(unseen, 'expected', basename(f, '.txt'), 'facts.json')) ? readExpected(join(unseen, 'expected', basename(f, '.txt'))) : null),
  })),
];

const rows: string[][] = [];
const notes: string[] = [];
for (const c of cases) {
  const decoded = decodeSource(readFileSync(c.file));
  if (!decoded.ok) {
    rows.push([c.label, decoded.error]);
    continue;
  }
  const draft = importPlan(decoded.text, catalogue, { fileName: basename(c.file), addedOn: new Date().toISOString().slice(0, 10) });
  if (!draft.ok) {
    rows.push([c.label, draft.error]);
    continue;
  }
  const dir = join(work, 'plans', draft.planId);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(draft.files)) writeFileSync(join(dir, name), text);
  const check = checkDraft(dir, draft.planId, false);
  const checkP = existsSync(join(dir, 'agencies.proposed.json')) ? checkDraft(dir, draft.planId, true) : check;
  const checkText = check.ok ? 'đạt' : checkP.ok ? 'đạt khi nhận đề xuất' : 'lỗi';
  const label = `${c.label} ${draft.planId}`;
  const truth = c.truth(draft.planId);
  if (!truth) {
    rows.push([label, '(chưa có bản chuẩn)', '', '', '', '', '', '', checkText]);
    continue;
  }
  const actual = readPlan(dir);
  const r = compareDrafts(truth, actual);
  rows.push([
    label,
    percent(r.tasksFound),
    percent(r.lead),
    percent(r.support),
    percent(r.deadlines),
    percent(r.targetsFound),
    percent(r.targetNumbers),
    percent(r.facts),
    checkText,
  ]);
  if (r.factMisses.length > 0) notes.push(`${draft.planId}: sự kiện khác bản chuẩn: ${r.factMisses.join(', ')}`);
  notes.push(
    `${draft.planId}: nhiệm vụ ${r.tasksFound.hit}/${r.tasksFound.of}, chỉ tiêu ${r.targetsFound.hit}/${r.targetsFound.of}, ${draft.report.doubts.length} chỗ cần xem, ${draft.report.unplaced.length} đoạn chưa xếp`,
  );
  if (showMisses) notes.push(...missList(truth, actual));
}
// Formats: seed 004 (and 000) printed to PDF, written to .docx with the task table, scanned (OCR), imaged.
const formatRows: string[][] = [];
for (const seedName of ['004_1a2deab4554aa198.txt', '000_92c18f69644d26b9.txt']) {
  const seedFile = join(seeds, seedName);
  if (!existsSync(seedFile)) continue;
  const text = readFileSync(seedFile, 'utf8');
  const dir = mkdtempSync(join(work, 'formats-'));
  const pdf = join(dir, 'plan.pdf');
  const pages = await printPdf(text, pdf, { header: 'Kế hoạch triển khai Đề án 06' });
  const md = join(dir, 'plan.md');
  writeFileSync(md, text);
  const files: [string, string][] = [
    ['.txt', seedFile],
    ['.md', md],
    ['.pdf (lớp chữ)', pdf],
  ];
  // The Word fixture moves tasks written with "- Cơ quan chủ trì:" lines (seed 004's layout) into a table.
  if (seedName.startsWith('004') && tasksOf(text).rows.length > 0) {
    const docx = join(dir, 'plan.docx');
    await writeDocx(text, docx);
    files.push(['.docx (bảng)', docx]);
  }
  if (seedName.startsWith('004') && !process.argv.includes('--no-ocr')) {
    const scanDir = mkdtempSync(join(dir, 'scan-'));
    const pngs = rasterise(pdf, scanDir, 1, ocrPages ?? pages, 200);
    const scan = join(dir, 'scan.pdf');
    await scannedPdf(pngs, scan);
    files.push([`.pdf (ảnh quét${ocrPages ? `, ${ocrPages}/${pages} trang` : ''})`, scan], ['.png (trang 1)', pngs[0]!]);
  }
  for (const [format, file] of files) {
    const t0 = Date.now();
    const read = readDocument(file, (p) =>
      process.stderr.write(`\r${seedName.slice(0, 3)} ${format}: OCR trang ${Math.min(p.done + 1, p.total)}/${p.total}   `),
    );
    if (!read.ok) {
      formatRows.push([seedName.slice(0, 3), format, read.error]);
      continue;
    }
    const draft = importPlan(read.text, catalogue, { fileName: basename(file), addedOn: '2026-01-01' });
    const ms = Date.now() - t0;
    if (!draft.ok) {
      formatRows.push([seedName.slice(0, 3), format, draft.error]);
      continue;
    }
    const out = join(dir, 'draft', format.replace(/\W+/g, '-'));
    mkdirSync(out, { recursive: true });
    for (const [name, body] of Object.entries(draft.files)) writeFileSync(join(out, name), body);
    const truthDir = join(content, 'plans', seedName.startsWith('004') ? 'tinh-quang-nam-2023' : 'tinh-bac-kan-2022');
    const r = compareDrafts(readPlan(truthDir), readPlan(out));
    const ocr = read.ocrPages > 0 ? `${(read.ocrMs / read.ocrPages / 1000).toFixed(1)} s/trang × ${read.ocrPages}` : '—';
    // One page image holds only part of the plan: its tasks are counted, not scored against the whole plan.
    const found = format.startsWith('.png') ? `${draft.report.tasks} (1 trang)` : percent(r.tasksFound);
    formatRows.push([
      seedName.slice(0, 3),
      format,
      found,
      percent(r.lead),
      percent(r.support),
      percent(r.deadlines),
      percent(r.targetsFound),
      ocr,
      `${(ms / 1000).toFixed(1)} s`,
    ]);
  }
}
process.stderr.write('\n');

// Diacritics: seed 003 (Lục Bình, OCR without marks) restored from the other published plans, word by word against Lục Bình's content.
let restoration = '';
const ocrSeed = join(seeds, '003_2cc80b4a2ff193d9.txt');
if (existsSync(ocrSeed) && existsSync(join(content, 'plans', 'xa-luc-binh-2022'))) {
  const t0 = Date.now();
  const model = buildDiacriticModel(corpusTexts(content, new Set(['xa-luc-binh-2022'])));
  const restored = restoreDiacritics(readFileSync(ocrSeed, 'utf8'), model);
  const ms = Date.now() - t0;
  const reference = corpusTexts(content, new Set(), 'xa-luc-binh-2022').join('\n');
  const a = alignedAccuracy(
    restored.words,
    [...reference.matchAll(/\p{L}+/gu)].map((m) => m[0]),
  );
  const low = restored.words.filter((w) => w.confidence < LOW_CONFIDENCE).length;
  restoration = [
    '',
    `Khôi phục dấu seed 003 (mô hình từ ${readdirSync(join(content, 'plans')).length - 1} kế hoạch khác, không có Lục Bình; ${ms} ms):`,
    `  ${restored.words.length} từ OCR; ${a.aligned} từ khớp được với nội dung Lục Bình đã đăng (so theo dạng bỏ dấu)`,
    `  đúng dấu: ${a.right}/${a.aligned} = ${((100 * a.right) / a.aligned).toFixed(1)} %; trong các từ đủ chắc chắn (≥ ${LOW_CONFIDENCE}): ${a.highRight}/${a.high} = ${((100 * a.highRight) / a.high).toFixed(1)} %`,
    `  ${low} từ dưới ngưỡng tin cậy được đưa vào báo cáo nhập; lỗi hay gặp: ${a.commonErrors.slice(0, 8).join(', ')}`,
  ].join('\n');
}

const header = ['kế hoạch', 'nhiệm vụ', 'chủ trì', 'phối hợp', 'thời hạn', 'chỉ tiêu', 'số liệu CT', 'sự kiện', 'npm run check'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (r: string[]): string => `| ${header.map((_, i) => (r[i] ?? '').padEnd(widths[i]!)).join(' | ')} |`;
const legend = cases.some((c) => c.synthetic)
  ? '\n"tổng hợp": văn bản tổng hợp (tự soạn để thử), không phải kế hoạch thật; bản chuẩn ở test/fixtures/import/unseen/expected.\n'
  : '';
process.stdout.write(`${line(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${rows.map(line).join('\n')}\n${legend}\n${notes.join('\n')}\n`);
const fHeader = ['seed', 'định dạng', 'nhiệm vụ', 'chủ trì', 'phối hợp', 'thời hạn', 'chỉ tiêu', 'OCR', 'thời gian'];
const fWidths = fHeader.map((h, i) => Math.max(h.length, ...formatRows.map((r) => (r[i] ?? '').length)));
const fLine = (r: string[]): string => `| ${fHeader.map((_, i) => (r[i] ?? '').padEnd(fWidths[i]!)).join(' | ')} |`;
process.stdout.write(
  `\nTheo định dạng (so với nội dung đã đăng):\n${fLine(fHeader)}\n|${fWidths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${formatRows.map(fLine).join('\n')}\n${restoration}\n`,
);
if (!process.argv.includes('--keep')) rmSync(work, { recursive: true, force: true });
else process.stdout.write(`(bản nháp giữ tại ${work})\n`);
