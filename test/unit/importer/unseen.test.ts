import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { planFrontmatter, targetFile, taskFile } from '../../../src/schemas/index.ts';
import { compareDrafts, type PlanContent, type Score } from '../../../bench/lib/compareDrafts.ts';
import { importPlan, UNKNOWN_REGION } from '../../../src/lib/importer/importPlan.ts';
import { catalogue } from './catalogue.ts';

// Synthetic plans the importer was not tuned on (see test/fixtures/import/unseen/README.md).
const dir = 'test/fixtures/import/unseen';
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

describe.each(
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => basename(f, '.txt')),
)('the unseen plan %s', (name) => {
  const draft = importPlan(readFileSync(join(dir, `${name}.txt`), 'utf8'), catalogue, { fileName: `${name}.txt`, addedOn: '2026-01-01' });
  if (!draft.ok) throw new Error(draft.error);
  const fm = planFrontmatter.parse(parse(draft.files['plan.mdx']!.split(/^---$/m)[1]!));

  it('imports into files that pass the content schemas', () => {
    expect(taskFile.safeParse(JSON.parse(draft.files['tasks.json']!)).success).toBe(true);
    expect(targetFile.safeParse(JSON.parse(draft.files['targets.json']!)).success).toBe(true);
    expect(draft.planId).toBe(name);
  });

  it('scores at least 95 % on every figure against the hand-written content', () => {
    const facts = readJson<PlanContent['frontmatter'] & { region: string | null }>(join(dir, 'expected', name, 'facts.json'));
    const tasks = (file: string): PlanContent['tasks'] => (JSON.parse(file) as Pick<PlanContent, 'tasks'>).tasks;
    const targets = (file: string): PlanContent['targets'] => (JSON.parse(file) as Pick<PlanContent, 'targets'>).targets;
    const expectedFile = (file: string): string => readFileSync(join(dir, 'expected', name, file), 'utf8');
    const expected: PlanContent = {
      frontmatter: { ...facts, region: facts.region ?? UNKNOWN_REGION },
      tasks: tasks(expectedFile('tasks.json')),
      targets: targets(expectedFile('targets.json')),
    };
    const c = compareDrafts(expected, { frontmatter: fm, tasks: tasks(draft.files['tasks.json']!), targets: targets(draft.files['targets.json']!) });
    const figures: Record<string, Score> = {
      tasksFound: c.tasksFound,
      lead: c.lead,
      support: c.support,
      deadlines: c.deadlines,
      targetsFound: c.targetsFound,
      targetNumbers: c.targetNumbers,
      facts: c.facts,
    };
    // The figures below 95 %, with their counts, so that a failure says which and how far.
    expect(Object.fromEntries(Object.entries(figures).filter(([, s]) => s.of > 0 && s.hit / s.of < 0.95))).toEqual({});
  });

  const expectedRegion = readJson<{ region: string | null }>(join(dir, 'expected', name, 'facts.json')).region;
  if (expectedRegion === null) {
    it('flags a unit that content/regions lacks instead of guessing one', () => {
      expect(fm.region).toBe(UNKNOWN_REGION);
      expect(draft.report.doubts.some((d) => d.subject === 'region' && d.blocking)).toBe(true);
    });
  } else {
    it(`finds its issuer in content/regions: ${expectedRegion}`, () => {
      expect(fm.region).toBe(expectedRegion);
      expect(draft.report.doubts.some((d) => d.subject === 'region' && d.blocking)).toBe(false);
    });
  }
});
