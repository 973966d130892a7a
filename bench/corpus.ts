/**
 * A realistic synthetic corpus for the build benchmark: `plans` plan folders spread over the real
 * administrative units in content/regions (each plan's unit exists at the plan's date, at the level
 * it issues at), years 2022–2026, with tasks and targets recombined from the bundled plans' own
 * sentences, in the bundled plans' numbers per plan. Deterministic for a seed. Written to a temporary
 * folder next to copies of the real catalogues, never into content/.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { stringify } from 'yaml';
import type { Agency, Level, PlanFrontmatter, Programme, Region, Target, TargetFile, Task, TaskFile } from '../src/schemas/index.ts';
import type { Corpus } from '../src/lib/content/corpus.ts';
import { loadContent } from '../src/lib/content/loadContent.ts';
import { parseDeadline } from '../src/lib/deadline/parseDeadline.ts';
import { agencyNameAt } from '../src/lib/site/agencies.ts';
import { foldDiacritics } from '../src/lib/text/vietnamese.ts';

/** A small, fast, seeded random number generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What the corpus holds, for the bench's header. */
export interface CorpusSummary {
  root: string;
  plans: number;
  tasks: number;
  targets: number;
  /** Plans per level. */
  levels: Record<string, number>;
  /** Distinct units that issued a plan. */
  units: number;
}

const YEARS = [2022, 2022, 2023, 2023, 2024, 2024, 2025, 2025, 2026, 2026];
const REFORM = '2025-07-01';

/** Whether `unit` existed on `date` (ISO). */
function existedOn(unit: Region, date: string): boolean {
  return (unit.validFrom === null || unit.validFrom <= date) && (unit.validTo === null || date <= unit.validTo);
}

/** Writes the corpus under `<outDir>/content` and returns what it holds. */
export function writeCorpus(outDir: string, plans: number, seed = 8, sourceRoot = 'content'): CorpusSummary {
  const root = resolve(outDir, 'content');
  const real = resolve(sourceRoot);
  const inside = relative(real, root);
  if (inside === '' || !inside.startsWith('..')) throw new Error(`Không ghi dữ liệu tổng hợp vào ${real}: chọn một thư mục tạm khác.`);
  const { corpus, problems } = loadContent(sourceRoot);
  if (problems.length > 0) throw new Error(`Nội dung gốc có ${problems.length} lỗi; chạy "npm run check".`);

  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'plans'), { recursive: true });
  for (const folder of ['programmes', 'regions', 'agencies', 'metrics']) cpSync(join(real, folder), join(root, folder), { recursive: true });
  const summary: CorpusSummary = { root, plans: 0, tasks: 0, targets: 0, levels: {}, units: 0 };
  const units = new Set<string>();
  for (const plan of generatePlans(corpus, plans, seed)) {
    const dir = join(root, 'plans', plan.id);
    mkdirSync(dir, { recursive: true });
    const yaml = stringify(plan.frontmatter, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
    writeFileSync(join(dir, 'plan.mdx'), `---\n${yaml}---\n\n${plan.body}\n`);
    writeFileSync(join(dir, 'tasks.json'), JSON.stringify(plan.tasks));
    writeFileSync(join(dir, 'targets.json'), JSON.stringify(plan.targets));
    summary.plans += 1;
    summary.tasks += plan.tasks.tasks.length;
    summary.targets += plan.targets.targets.length;
    summary.levels[plan.frontmatter.level] = (summary.levels[plan.frontmatter.level] ?? 0) + 1;
    units.add(plan.frontmatter.region);
  }
  summary.units = units.size;
  return summary;
}

interface GeneratedPlan {
  id: string;
  frontmatter: PlanFrontmatter;
  body: string;
  tasks: TaskFile;
  targets: TargetFile;
}

/** The plans, one at a time (a 5,000-plan corpus is never held whole). */
export function* generatePlans(seed: Corpus, count: number, seedNumber: number): Generator<GeneratedPlan> {
  const random = rng(seedNumber);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  // Per-plan counts as in the bundled plans, within ±20 %.
  const jitter = (n: number): number => Math.max(1, Math.round(n * (0.8 + 0.4 * random())));

  const taskTexts = clausesOf(seed.plans.flatMap((p) => p.tasks.map((t) => t.text)));
  const targetTexts = clausesOf(seed.plans.flatMap((p) => p.targets.map((t) => t.text)));
  const deadlines = seed.plans.flatMap((p) => p.tasks.map((t) => t.deadline.raw));
  const taskCounts = seed.plans.map((p) => p.tasks.length);
  const targetCounts = seed.plans.map((p) => p.targets.length);
  const summaries = seed.plans.map((p) => p.frontmatter.summary);
  const bodies = seed.plans.map((p) => p.body.split(/\n{2,}/).filter((b) => b.trim().length > 40 && !/[<>{}]/.test(b)));
  const agencies = seed.agencies.filter((a) => a.names.province || a.names.district || a.names.commune);
  const programmes = new Map(seed.programmes.map((p) => [p.id, p]));
  const byLevel = (level: Level, date: string): Region[] => seed.regions.filter((r) => r.level === level && existedOn(r, date));

  const eras = new Map<string, Map<Level, Region[]>>();
  for (const date of ['2024-06-01', '2026-06-01']) {
    eras.set(date, new Map((['province', 'district', 'commune'] as Level[]).map((l) => [l, byLevel(l, date)])));
  }
  const ids = new Set<string>();
  for (let i = 0; i < count; i += 1) {
    const year = pick(YEARS);
    const month = between(1, 12);
    const issued = `${year}-${String(month).padStart(2, '0')}-15`;
    const units = eras.get(issued < REFORM ? '2024-06-01' : '2026-06-01')!;
    // Most plans come from communes, fewer from districts (before 2025), few from provinces.
    const roll = random();
    const wanted: Level[] = roll < 0.06 ? ['province'] : roll < 0.26 ? ['district', 'commune', 'province'] : ['commune', 'province'];
    const level = wanted.find((l) => (units.get(l) ?? []).length > 0)!;
    const unit = pick(units.get(level)!);
    const after = issued >= REFORM;
    const programme = programmes.get(after ? 'de-an-06-2026' : 'de-an-06') ?? seed.programmes[0]!;
    let id = `${slug(unit.id)}-${year}`;
    for (let n = 2; ids.has(id); n += 1) id = `${slug(unit.id)}-${year}-${n}`;
    ids.add(id);
    const to = after ? 2030 : 2025;
    const body = pick(bodies);
    yield {
      id,
      frontmatter: {
        title: `Kế hoạch triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia trên địa bàn ${unit.fullName.charAt(0).toLocaleLowerCase('vi')}${unit.fullName.slice(1)} năm ${year}`,
        level,
        region: unit.id,
        programme: programme.id,
        number: random() < 0.7 ? `${between(1, 400)}/KH-UBND` : null,
        issuedOn: issued.slice(0, 7),
        issuer: `Ủy ban nhân dân ${unit.type} ${unit.name}`,
        period: { from: Math.min(year, to), to, vision: after ? 2035 : 2030 },
        dateLine: null,
        basis: [`Thực hiện Quyết định số ${programme.decision.number} của ${programme.decision.issuer}.`],
        signer: null,
        issuingDecision: null,
        summary: pick(summaries),
        responsibilities: [],
        reporting: [],
        budget: null,
        source: { file: `synthetic_${i}.txt`, kind: 'text', restored: false, note: 'Kế hoạch tổng hợp để đo hiệu năng, không có thật.' },
        addedOn: '2026-01-01',
      },
      // As long as a bundled plan's text: its paragraphs, reshuffled.
      body: body.length > 0 ? Array.from({ length: body.length }, () => pick(body)).join('\n\n') : '',
      tasks: makeTasks(jitter(pick(taskCounts)), year, level, unit, programme),
      targets: makeTargets(jitter(pick(targetCounts)), programme, Math.min(year, to), to),
    };
  }

  function makeTasks(n: number, year: number, level: Level, unit: Region, programme: Programme): TaskFile {
    const tasks: Task[] = [];
    for (let k = 0; k < n; k += 1) {
      const lead = pick(agencies);
      const support = [...new Set(Array.from({ length: between(0, 3) }, () => pick(agencies)).filter((a) => a.id !== lead.id))];
      const heading = Math.floor(k / 8) + 1;
      tasks.push({
        id: `nv-iii-${heading}-${LETTER_IDS[k % 8]}`,
        section: `III.${heading}.${LETTERS[k % 8]}`,
        group: random() < 0.8 ? pick(programme.groups).id : null,
        text: sentence(taskTexts, between(1, 2)),
        lead: [lead.id],
        support: support.map((a) => a.id),
        assignee: `${nameOf(lead, level, unit)} chủ trì${support.length > 0 ? `, phối hợp với ${support.map((a) => nameOf(a, level, unit)).join(', ')}` : ''} thực hiện.`,
        deadline: parseDeadline(shiftYears(pick(deadlines), year - 2022)),
      });
    }
    return { sections: [], tasks };
  }

  function makeTargets(n: number, programme: Programme, year: number, until: number): TargetFile {
    const targets: Target[] = [];
    for (let k = 0; k < n; k += 1) {
      const from = pick([year, Math.min(year + 1, until), until]);
      const value = random() < 0.5 ? between(5, 100) : undefined;
      targets.push({
        id: `ct-ii-2-${from}-${k + 1}`,
        section: 'II.2',
        group: pick(programme.groups).id,
        phase: { raw: `Trong năm ${from}`, from, to: from },
        text: sentence(targetTexts, between(1, 2)) + (value === undefined ? '' : ` Phấn đấu đạt ${value}%.`),
        ...(value === undefined ? {} : { value, unit: '%' }),
      });
    }
    return { targets };
  }

  function sentence(pool: readonly string[], parts: number): string {
    const chosen = Array.from({ length: parts }, () => pick(pool));
    return chosen
      .map((s, j) => (j === 0 ? s : s.charAt(0).toLocaleLowerCase('vi') + s.slice(1)))
      .join('; ')
      .replace(/[;,.\s]*$/, '.');
  }

  function nameOf(agency: Agency, level: Level, unit: Region): string {
    return agencyNameAt(agency, level, unit);
  }
}

const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h'];
const LETTER_IDS = ['a', 'b', 'c', 'd', 'dd', 'e', 'g', 'h'];

/** Clauses of the seed texts (split at ";" and sentence ends), long enough to read as a task. */
function clausesOf(texts: readonly string[]): string[] {
  const out = texts
    .flatMap((t) => t.split(/;\s+|\.\s+(?=[A-ZÀ-Ỹ])/u))
    .map((s) => s.replace(/^[-–•\s]+/, '').trim())
    .filter((s) => s.length >= 30);
  return out.length > 0 ? out : ['Triển khai các nhiệm vụ của Đề án 06 trên địa bàn'];
}

/** The deadline words with every four-digit year 2020–2030 moved by `by` years. */
function shiftYears(raw: string, by: number): string {
  return raw.replace(/\b(20[2-3]\d)\b/g, (y) => String(Number(y) + by));
}

function slug(s: string): string {
  return foldDiacritics(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
