/**
 * Realistic synthetic plans for measuring search at national scale (thousands of plans), made from
 * the bundled plans' own sentences recombined, the agency catalogue, real provinces and made-up
 * districts and communes. Deterministic for a given seed. Never written into content/: the CLI
 * (`bench/generateSyntheticPlans.ts`) writes them to a temporary content folder.
 */
import type { Agency, Level, PlanFrontmatter, Programme, Region, Target, TargetFile, Task, TaskFile } from '../../src/schemas/index.ts';
import type { Corpus } from '../../src/lib/content/corpus.ts';
import { parseDeadline } from '../../src/lib/deadline/parseDeadline.ts';
import { agencyNameAt } from '../../src/lib/site/agencies.ts';
import { foldDiacritics } from '../../src/lib/text/vietnamese.ts';

/** One generated plan folder. */
export interface SyntheticPlan {
  id: string;
  frontmatter: PlanFrontmatter;
  body: string;
  tasks: TaskFile;
  targets: TargetFile;
}

/** What `generateSyntheticPlans` makes: plans, and the districts and communes they were issued by. */
export interface SyntheticContent {
  regions: Region[];
  plans: SyntheticPlan[];
}

export interface SyntheticOptions {
  /** How many plans (default 3,000). */
  plans?: number;
  /** Random seed (default 6). */
  seed?: number;
}

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

/** Generates plans from a seed corpus (the bundled content). */
export function generateSyntheticPlans(seedCorpus: Corpus, options: SyntheticOptions = {}): SyntheticContent {
  const count = options.plans ?? 3000;
  const random = rng(options.seed ?? 6);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));

  const taskTexts = sentencesOf(seedCorpus.plans.flatMap((p) => p.tasks.map((t) => t.text)));
  const targetTexts = sentencesOf(seedCorpus.plans.flatMap((p) => p.targets.map((t) => t.text)));
  const deadlines = seedCorpus.plans.flatMap((p) => p.tasks.map((t) => t.deadline.raw));
  const summaries = seedCorpus.plans.map((p) => p.frontmatter.summary);
  const bodies = seedCorpus.plans.map((p) => p.body.split(/\n{2,}/).filter((b) => b.trim().length > 40 && !/[<>{}]/.test(b)));
  const agencies = seedCorpus.agencies.filter((a) => a.names.province || a.names.district || a.names.commune);
  const regions = new Map(seedCorpus.regions.map((r) => [r.id, r]));
  const provinces = seedCorpus.regions.filter((r) => r.level === 'province');
  const before2025 = provinces.filter((r) => r.validTo !== null || r.validFrom === null);
  const after2025 = provinces.filter((r) => r.validTo === null);
  const programmes = new Map(seedCorpus.programmes.map((p) => [p.id, p]));
  const nameSyllables = [...new Set(seedCorpus.regions.flatMap((r) => r.name.split(' ')))];

  const made: Region[] = [];
  const usedIds = new Set(seedCorpus.regions.map((r) => r.id));
  const newUnit = (level: 'district' | 'commune', parent: Region, after: boolean): Region => {
    for (;;) {
      const name = `${pick(nameSyllables)} ${pick(nameSyllables)}`;
      const code = String(between(level === 'district' ? 100 : 10000, level === 'district' ? 999 : 99999));
      const type = level === 'district' ? pick(['huyện', 'huyện', 'thị xã']) : pick(['xã', 'xã', 'xã', 'phường', 'thị trấn']);
      const id = `${slug(type)}-${slug(name)}-${code}`;
      if (usedIds.has(id)) continue;
      usedIds.add(id);
      const unit: Region = {
        id,
        name,
        fullName: `${type.charAt(0).toLocaleUpperCase('vi')}${type.slice(1)} ${name}`,
        level,
        type,
        code,
        parent: parent.id,
        validFrom: after ? '2025-07-01' : null,
        validTo: after ? null : '2025-06-30',
        successors: [],
        fate: null,
        sources: ['dữ liệu tổng hợp để đo hiệu năng tìm kiếm (không có thật)'],
      };
      made.push(unit);
      regions.set(id, unit);
      return unit;
    }
  };

  const plans: SyntheticPlan[] = [];
  const planIds = new Set<string>();
  for (let i = 0; i < count; i += 1) {
    const year = pick([2022, 2022, 2022, 2023, 2023, 2024, 2025, 2026, 2026]);
    const after = year >= 2026;
    const level: Level = random() < 0.05 ? 'province' : random() < 0.25 && !after ? 'district' : 'commune';
    const province = pick(after ? after2025 : before2025);
    let unit: Region = province;
    if (level === 'district') unit = newUnit('district', province, false);
    if (level === 'commune') unit = after ? newUnit('commune', province, true) : newUnit('commune', newUnit('district', province, false), false);
    const programme = programmes.get(after ? 'de-an-06-2026' : 'de-an-06') ?? seedCorpus.programmes[0]!;
    const issuer = `Ủy ban nhân dân ${unit.type} ${unit.name}`;
    let id = `${slug(unit.type)}-${slug(unit.name)}-${year}`;
    for (let n = 2; planIds.has(id); n += 1) id = `${slug(unit.type)}-${slug(unit.name)}-${year}-${n}`;
    planIds.add(id);

    const tasks = makeTasks(between(20, 50), year, level, unit, programme);
    const targets = makeTargets(between(10, 50), programme, year, after ? 2030 : 2025);
    const month = between(1, 12);
    plans.push({
      id,
      frontmatter: {
        title: `Kế hoạch triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia trên địa bàn ${unit.type} ${unit.name} năm ${year}`,
        level,
        region: unit.id,
        programme: programme.id,
        number: random() < 0.7 ? `${between(1, 400)}/KH-UBND` : null,
        issuedOn: `${year}-${String(month).padStart(2, '0')}`,
        issuer,
        period: { from: year, to: after ? 2030 : 2025, vision: after ? 2035 : 2030 },
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
      body: bodies.length > 0 ? Array.from({ length: 3 }, () => pick(pick(bodies) ?? [''])).join('\n\n') : '',
      tasks,
      targets,
    });
  }
  return { regions: made, plans };

  function makeTasks(n: number, year: number, level: Level, unit: Region, programme: Programme): TaskFile {
    const tasks: Task[] = [];
    for (let k = 0; k < n; k += 1) {
      const lead = [pick(agencies)];
      const support = Array.from({ length: between(0, 3) }, () => pick(agencies)).filter((a) => a.id !== lead[0]!.id);
      const raw = shiftYears(pick(deadlines), year - 2022);
      const section = `III.${Math.floor(k / 8) + 1}.${LETTERS[k % 8]}`;
      tasks.push({
        id: `nv-iii-${Math.floor(k / 8) + 1}-${LETTER_IDS[k % 8]}`,
        section,
        group: random() < 0.8 ? pick(programme.groups).id : null,
        text: sentence(taskTexts, between(1, 2)),
        lead: lead.map((a) => a.id),
        support: [...new Set(support.map((a) => a.id))],
        assignee: `${nameOf(lead[0]!, level, unit)} chủ trì${support.length > 0 ? `, phối hợp với ${support.map((a) => nameOf(a, level, unit)).join(', ')}` : ''} thực hiện.`,
        deadline: parseDeadline(raw),
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
    return chosen.map((s, j) => (j === 0 ? s : s.charAt(0).toLocaleLowerCase('vi') + s.slice(1))).join('; ').replace(/[;,.\s]*$/, '.');
  }

  function nameOf(agency: Agency, level: Level, unit: Region): string {
    return agencyNameAt(agency, level, unit);
  }
}

const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h'];
const LETTER_IDS = ['a', 'b', 'c', 'd', 'dd', 'e', 'g', 'h'];

/** Clauses of the seed texts (split at ";" and sentence ends), long enough to read as a task. */
function sentencesOf(texts: readonly string[]): string[] {
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
  return foldDiacritics(s).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
