import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../../src/lib/deadline/parseDeadline.ts';
import { generateSyntheticPlans, rng } from '../../../bench/lib/synthetic.ts';
import { planFrontmatter, region, targetFile, taskFile } from '../../../src/schemas/index.ts';
import { seedCorpus } from '../search/seedSite.ts';

describe('synthetic plans for the search benchmark', () => {
  const made = generateSyntheticPlans(seedCorpus, { plans: 40, seed: 1 });

  it('is the same for the same seed', () => {
    expect(generateSyntheticPlans(seedCorpus, { plans: 40, seed: 1 })).toEqual(made);
    expect(rng(3)()).toBe(rng(3)());
  });

  it('writes plans, tasks, targets and regions that pass the content schemas', () => {
    expect(made.plans).toHaveLength(40);
    for (const p of made.plans) {
      expect(planFrontmatter.safeParse(p.frontmatter).success).toBe(true);
      expect(taskFile.safeParse(p.tasks).success).toBe(true);
      expect(targetFile.safeParse(p.targets).success).toBe(true);
    }
    for (const r of made.regions) expect(region.safeParse(r).success).toBe(true);
  });

  it('uses unique plan ids, region ids and task anchors, and the deadline reader\'s own reading', () => {
    expect(new Set(made.plans.map((p) => p.id)).size).toBe(40);
    expect(new Set([...seedCorpus.regions, ...made.regions].map((r) => r.id)).size).toBe(seedCorpus.regions.length + made.regions.length);
    for (const p of made.plans) {
      expect(new Set(p.tasks.tasks.map((t) => t.id)).size).toBe(p.tasks.tasks.length);
      for (const t of p.tasks.tasks) expect(t.deadline).toEqual(parseDeadline(t.deadline.raw));
    }
  });

  it('names agencies from the catalogue and issuing units that exist in the regions', () => {
    const agencyIds = new Set(seedCorpus.agencies.map((a) => a.id));
    const regionIds = new Set([...seedCorpus.regions, ...made.regions].map((r) => r.id));
    for (const p of made.plans) {
      expect(regionIds.has(p.frontmatter.region)).toBe(true);
      for (const t of p.tasks.tasks) for (const id of [...t.lead, ...t.support]) expect(agencyIds.has(id)).toBe(true);
    }
  });
});
