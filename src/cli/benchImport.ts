// `npm run bench:import`: imports every seed (../shared/seeds) into a temporary folder (never into
// content/) and compares each draft with the hand-checked plan in content/plans/: tasks found, lead
// and support agencies, deadlines, targets found, target figures and the plan's facts, as a table
// of percentages, plus whether each draft passes `npm run check` (run on a temporary content root
// holding the catalogues and that one draft).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { compareDrafts, percent, type PlanContent } from '../lib/importer/compareDrafts.ts';
import { importPlan } from '../lib/importer/importPlan.ts';
import { loadCatalogue } from '../lib/importer/loadCatalogue.ts';
import { decodeSource } from '../lib/importer/readSource.ts';

const project = resolve(import.meta.dirname, '../..');
const seeds = resolve(project, '../shared/seeds');
const content = join(project, 'content');
const { catalogue } = loadCatalogue(content);
const work = mkdtempSync(join(tmpdir(), 'bench-import-'));

function readPlan(dir: string): PlanContent {
  const mdx = readFileSync(join(dir, 'plan.mdx'), 'utf8');
  const fm = parse(mdx.split(/^---$/m)[1] ?? '') as PlanContent['frontmatter'];
  return { frontmatter: fm, tasks: JSON.parse(readFileSync(join(dir, 'tasks.json'), 'utf8')).tasks, targets: JSON.parse(readFileSync(join(dir, 'targets.json'), 'utf8')).targets };
}

function checkDraft(planDir: string, id: string, withProposals: boolean): { ok: boolean; problems: number } {
  const root = join(work, `check-${id}-${withProposals ? 'p' : 'd'}`, 'content');
  mkdirSync(join(root, 'plans'), { recursive: true });
  for (const c of ['programmes', 'regions', 'metrics']) symlinkSync(join(content, c), join(root, c));
  cpSync(join(content, 'agencies'), join(root, 'agencies'), { recursive: true });
  const proposed = join(planDir, 'agencies.proposed.json');
  if (withProposals && existsSync(proposed)) {
    for (const p of JSON.parse(readFileSync(proposed, 'utf8')) as { id: string; seenOnLines?: number[] }[]) {
      const { id: pid, seenOnLines, ...entry } = p;
      void seenOnLines;
      writeFileSync(join(root, 'agencies', `${pid}.json`), JSON.stringify(entry, null, 2));
    }
  }
  mkdirSync(join(root, 'plans', id));
  for (const f of ['plan.mdx', 'tasks.json', 'targets.json']) cpSync(join(planDir, f), join(root, 'plans', id, f));
  const r = spawnSync(process.execPath, [join(project, 'src/cli/check.ts'), root], { encoding: 'utf8' });
  const problems = (r.stdout.match(/^\s*[-•✗]|^content\//gm) ?? []).length;
  return { ok: r.status === 0, problems: r.status === 0 ? 0 : Math.max(1, problems) };
}

const rows: string[][] = [];
const notes: string[] = [];
for (const file of readdirSync(seeds).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort()) {
  const decoded = decodeSource(readFileSync(join(seeds, file)));
  if (!decoded.ok) {
    rows.push([file.slice(0, 3), decoded.error]);
    continue;
  }
  const draft = importPlan(decoded.text, catalogue, { fileName: file, addedOn: new Date().toISOString().slice(0, 10) });
  if (!draft.ok) {
    rows.push([file.slice(0, 3), draft.error]);
    continue;
  }
  const dir = join(work, 'plans', draft.planId);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(draft.files)) writeFileSync(join(dir, name), text);
  const truth = join(content, 'plans', draft.planId);
  const check = checkDraft(dir, draft.planId, false);
  const checkP = existsSync(join(dir, 'agencies.proposed.json')) ? checkDraft(dir, draft.planId, true) : check;
  const checkText = check.ok ? 'đạt' : checkP.ok ? 'đạt khi nhận đề xuất' : 'lỗi';
  if (!existsSync(join(truth, 'plan.mdx'))) {
    rows.push([`${file.slice(0, 3)} ${draft.planId}`, '(chưa có bản chuẩn)', '', '', '', '', '', '', checkText]);
    continue;
  }
  const c = compareDrafts(readPlan(truth), readPlan(dir));
  rows.push([`${file.slice(0, 3)} ${draft.planId}`, percent(c.tasksFound), percent(c.lead), percent(c.support), percent(c.deadlines), percent(c.targetsFound), percent(c.targetNumbers), percent(c.facts), checkText]);
  if (c.factMisses.length > 0) notes.push(`${draft.planId}: sự kiện khác bản chuẩn: ${c.factMisses.join(', ')}`);
  notes.push(`${draft.planId}: nhiệm vụ ${c.tasksFound.hit}/${c.tasksFound.of}, chỉ tiêu ${c.targetsFound.hit}/${c.targetsFound.of}, ${draft.report.doubts.length} chỗ cần xem, ${draft.report.unplaced.length} đoạn chưa xếp`);
}
const header = ['kế hoạch', 'nhiệm vụ', 'chủ trì', 'phối hợp', 'thời hạn', 'chỉ tiêu', 'số liệu CT', 'sự kiện', 'npm run check'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (r: string[]): string => `| ${header.map((_, i) => (r[i] ?? '').padEnd(widths[i]!)).join(' | ')} |`;
process.stdout.write(`${line(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${rows.map(line).join('\n')}\n\n${notes.join('\n')}\n`);
if (!process.argv.includes('--keep')) rmSync(work, { recursive: true, force: true });
else process.stdout.write(`(bản nháp giữ tại ${work})\n`);
