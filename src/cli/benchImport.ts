// `npm run bench:import [-- --misses] [--keep]`: imports every seed (../shared/seeds) and every
// synthetic unseen plan (test/fixtures/import/unseen) into a temporary folder (never into content/)
// and compares each draft with its hand-checked content — content/plans/<id>/ for a seed,
// test/fixtures/import/unseen/expected/<name>/ for an unseen plan: tasks found, lead and support
// agencies, deadlines, targets found, target figures and the plan's facts, as a table of
// percentages, plus whether each draft passes `npm run check` (run on a temporary content root
// holding the catalogues and that one draft). Unseen rows are marked "tổng hợp" (synthetic): the
// importer was never tuned on them. `--misses` lists every item behind a figure below 100 %.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { compareDrafts, pairByText, percent, type PlanContent } from '../lib/importer/compareDrafts.ts';
import { importPlan, UNKNOWN_REGION } from '../lib/importer/importPlan.ts';
import { loadCatalogue } from '../lib/importer/loadCatalogue.ts';
import { decodeSource } from '../lib/importer/readSource.ts';

const project = resolve(import.meta.dirname, '../..');
const seeds = resolve(project, '../shared/seeds');
const unseen = join(project, 'test/fixtures/import/unseen');
const content = join(project, 'content');
const { catalogue } = loadCatalogue(content);
const work = mkdtempSync(join(tmpdir(), 'bench-import-'));
const showMisses = process.argv.includes('--misses');

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/** A published plan's content (plan.mdx frontmatter, tasks, targets). */
function readPlan(dir: string): PlanContent {
  const mdx = readFileSync(join(dir, 'plan.mdx'), 'utf8');
  const fm = parse(mdx.split(/^---$/m)[1] ?? '') as PlanContent['frontmatter'];
  return { frontmatter: fm, tasks: readJson<{ tasks: PlanContent['tasks'] }>(join(dir, 'tasks.json')).tasks, targets: readJson<{ targets: PlanContent['targets'] }>(join(dir, 'targets.json')).targets };
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
    if (!same(e.lead, a.lead)) out.push(`  ${e.id} chủ trì: cần [${e.lead}] có [${a.lead}]`);
    if (!same(e.support, a.support)) out.push(`  ${e.id} phối hợp: cần [${e.support}] có [${a.support}]`);
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
  ...readdirSync(seeds).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort().map((f) => ({
    label: f.slice(0, 3),
    file: join(seeds, f),
    synthetic: false,
    truth: (id: string) => (existsSync(join(content, 'plans', id, 'plan.mdx')) ? readPlan(join(content, 'plans', id)) : null),
  })),
  ...(existsSync(unseen) ? readdirSync(unseen).filter((f) => f.endsWith('.txt')).sort() : []).map((f) => ({
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
  rows.push([label, percent(r.tasksFound), percent(r.lead), percent(r.support), percent(r.deadlines), percent(r.targetsFound), percent(r.targetNumbers), percent(r.facts), checkText]);
  if (r.factMisses.length > 0) notes.push(`${draft.planId}: sự kiện khác bản chuẩn: ${r.factMisses.join(', ')}`);
  notes.push(`${draft.planId}: nhiệm vụ ${r.tasksFound.hit}/${r.tasksFound.of}, chỉ tiêu ${r.targetsFound.hit}/${r.targetsFound.of}, ${draft.report.doubts.length} chỗ cần xem, ${draft.report.unplaced.length} đoạn chưa xếp`);
  if (showMisses) notes.push(...missList(truth, actual));
}
const header = ['kế hoạch', 'nhiệm vụ', 'chủ trì', 'phối hợp', 'thời hạn', 'chỉ tiêu', 'số liệu CT', 'sự kiện', 'npm run check'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (r: string[]): string => `| ${header.map((_, i) => (r[i] ?? '').padEnd(widths[i]!)).join(' | ')} |`;
const legend = cases.some((c) => c.synthetic) ? '\n"tổng hợp": văn bản tổng hợp (tự soạn để thử), không phải kế hoạch thật; bản chuẩn ở test/fixtures/import/unseen/expected.\n' : '';
process.stdout.write(`${line(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${rows.map(line).join('\n')}\n${legend}\n${notes.join('\n')}\n`);
if (!process.argv.includes('--keep')) rmSync(work, { recursive: true, force: true });
else process.stdout.write(`(bản nháp giữ tại ${work})\n`);
