import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../../src/lib/deadline/parseDeadline.ts';
import { generatePlans, rng } from '../../../bench/corpus.ts';
import { planFrontmatter, targetFile, taskFile } from '../../../src/schemas/index.ts';
import { seedCorpus } from '../search/seedSite.ts';

describe('synthetic plans for the benchmarks', () => {
  const made = [...generatePlans(seedCorpus, 40, 1)];

  it('is the same for the same seed', () => {
    expect([...generatePlans(seedCorpus, 40, 1)]).toEqual(made);
    expect(rng(3)()).toBe(rng(3)());
  });

  it('writes plans, tasks and targets that pass the content schemas', () => {
    expect(made).toHaveLength(40);
    for (const p of made) {
      expect(planFrontmatter.safeParse(p.frontmatter).success).toBe(true);
      expect(taskFile.safeParse(p.tasks).success).toBe(true);
      expect(targetFile.safeParse(p.targets).success).toBe(true);
    }
  });

  it("uses unique plan ids and task anchors, and the deadline reader's own reading", () => {
    expect(new Set(made.map((p) => p.id)).size).toBe(40);
    for (const p of made) {
      expect(new Set(p.tasks.tasks.map((t) => t.id)).size).toBe(p.tasks.tasks.length);
      for (const t of p.tasks.tasks) expect(t.deadline).toEqual(parseDeadline(t.deadline.raw));
    }
  });

  it("names agencies from the catalogue, and issuing units of the real regions that existed at the plan's date, at its level", () => {
    const agencyIds = new Set(seedCorpus.agencies.map((a) => a.id));
    const regions = new Map(seedCorpus.regions.map((r) => [r.id, r]));
    for (const p of made) {
      const unit = regions.get(p.frontmatter.region)!;
      const issued = `${p.frontmatter.issuedOn}-15`;
      expect(unit.level).toBe(p.frontmatter.level);
      expect(unit.validFrom === null || unit.validFrom <= issued).toBe(true);
      expect(unit.validTo === null || issued <= unit.validTo).toBe(true);
      for (const t of p.tasks.tasks) for (const id of [...t.lead, ...t.support]) expect(agencyIds.has(id)).toBe(true);
    }
  });
});
