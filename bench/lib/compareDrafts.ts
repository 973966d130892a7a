import type { PlanFrontmatter } from '../../src/schemas/plan.ts';
import type { Target } from '../../src/schemas/target.ts';
import type { Task } from '../../src/schemas/task.ts';
import { normalizeForMatch } from '../../src/lib/text/vietnamese.ts';

/** One plan's content: the facts, tasks and targets. */
export interface PlanContent {
  frontmatter: Pick<PlanFrontmatter, 'level' | 'region' | 'number' | 'issuedOn' | 'period' | 'signer' | 'issuer'>;
  tasks: Task[];
  targets: Target[];
}

/** A score: how many of how many. */
export interface Score {
  hit: number;
  of: number;
}

/** Figures of one draft against the hand-checked content. */
export interface Comparison {
  tasksFound: Score;
  lead: Score;
  support: Score;
  deadlines: Score;
  targetsFound: Score;
  targetNumbers: Score;
  facts: Score;
  /** The facts that differ, for the table's notes. */
  factMisses: string[];
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const b = s.slice(i, i + 2);
    m.set(b, (m.get(b) ?? 0) + 1);
  }
  return m;
}

/** Dice similarity of character bigrams of the two texts' `normalizeForMatch` forms, in [0, 1]. */
export function textSimilarity(a: string, b: string): number {
  const x = bigrams(normalizeForMatch(a));
  const y = bigrams(normalizeForMatch(b));
  let common = 0;
  let total = 0;
  for (const [k, n] of x) {
    common += Math.min(n, y.get(k) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total === 0 ? 1 : (2 * common) / total;
}

/**
 * Pairs expected and actual items by text similarity (best pairs first, each used once, at least
 * `threshold`), so ids and order play no part.
 */
export function pairByText<E extends { text: string }, A extends { text: string }>(expected: E[], actual: A[], threshold = 0.6): [E, A][] {
  const cands: { i: number; j: number; s: number }[] = [];
  expected.forEach((e, i) =>
    actual.forEach((a, j) => {
      const s = textSimilarity(e.text, a.text);
      if (s >= threshold) cands.push({ i, j, s });
    }),
  );
  cands.sort((p, q) => q.s - p.s);
  const usedE = new Set<number>();
  const usedA = new Set<number>();
  const pairs: [E, A][] = [];
  for (const c of cands) {
    if (usedE.has(c.i) || usedA.has(c.j)) continue;
    usedE.add(c.i);
    usedA.add(c.j);
    pairs.push([expected[c.i]!, actual[c.j]!]);
  }
  return pairs;
}

const sameSet = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));

function dueOf(t: Task): string | null {
  return 'due' in t.deadline && typeof t.deadline.due === 'string' ? t.deadline.due : null;
}

function figures(t: Target): number[] {
  return [...(t.value === undefined ? [] : [t.value]), ...(t.also ?? []).map((m) => m.value)];
}

/**
 * Compares a draft with the hand-checked content. Found-counts divide the matched pairs by the larger
 * of the two counts (so both missed and invented items lower the figure); the per-field figures are
 * over matched pairs: lead and support as sets of ids, deadline kind and due date, target figures
 * (value and every `also` value, in order); facts are level, region, number, issuedOn, period,
 * signer name and issuer (names compared with `normalizeForMatch`).
 */
export function compareDrafts(expected: PlanContent, actual: PlanContent): Comparison {
  const taskPairs = pairByText(expected.tasks, actual.tasks);
  const targetPairs = pairByText(expected.targets, actual.targets);
  const count = (pairs: unknown[], e: unknown[], a: unknown[]): Score => ({ hit: pairs.length, of: Math.max(e.length, a.length) });
  const over = <T>(pairs: T[], ok: (p: T) => boolean): Score => ({ hit: pairs.filter(ok).length, of: pairs.length });
  const e = expected.frontmatter;
  const a = actual.frontmatter;
  const name = (s: string | null | undefined): string => normalizeForMatch(s ?? '');
  const facts: [string, boolean][] = [
    ['level', e.level === a.level],
    ['region', e.region === a.region],
    ['number', e.number === a.number],
    ['issuedOn', e.issuedOn === a.issuedOn],
    ['period', e.period.from === a.period.from && e.period.to === a.period.to && e.period.vision === a.period.vision],
    ['signer', name(e.signer?.name) === name(a.signer?.name)],
    ['issuer', name(e.issuer) === name(a.issuer)],
  ];
  return {
    tasksFound: count(taskPairs, expected.tasks, actual.tasks),
    lead: over(taskPairs, ([x, y]) => sameSet(x.lead, y.lead)),
    support: over(taskPairs, ([x, y]) => sameSet(x.support, y.support)),
    deadlines: over(taskPairs, ([x, y]) => x.deadline.kind === y.deadline.kind && dueOf(x) === dueOf(y)),
    targetsFound: count(targetPairs, expected.targets, actual.targets),
    targetNumbers: over(targetPairs, ([x, y]) => JSON.stringify(figures(x)) === JSON.stringify(figures(y))),
    facts: { hit: facts.filter(([, ok]) => ok).length, of: facts.length },
    factMisses: facts.filter(([, ok]) => !ok).map(([k]) => k),
  };
}

/** A score as a percentage ("100 %", "—" when there is nothing to score). */
export function percent(s: Score): string {
  return s.of === 0 ? '—' : `${Math.floor((1000 * s.hit) / s.of) / 10} %`;
}
