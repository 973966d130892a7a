import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/loadContent.ts';
import { foldDiacritics } from '../../src/lib/text/vietnamese.ts';
import { hasShared, sharedPath } from '../support/shared.ts';

// The seed documents are the ground truth for the bundled plans: every task and target must be
// in the content, in the document's own words. These tests compare the content with the source
// files in ../shared/seeds (beside the project, as on every machine that builds it).
const seedsDir = sharedPath('seeds');
const { corpus } = loadContent(join(import.meta.dirname, '../../content'));

/** Source text reduced to its words: Markdown emphasis and heading marks gone, whitespace collapsed. */
function wordsOf(text: string): string {
  return text
    .replace(/\*+/g, '')
    .replace(/#+/g, ' ')
    .replace(/\\([{}<>])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Counts the lines that open a task's agency field, in any spelling the seeds use (OCR included: "B6 phan thyc hién:"). */
function agencyFieldLines(source: string): number {
  const label = /^\s*-?\s*(co quan|b[o06]?\s*ph\w{1,2}n)\s+(th[uy]c\s+hi.n|chu tri)\s*:/i;
  return foldDiacritics(source)
    .split('\n')
    .filter((line) => label.test(line)).length;
}

/** An assignee joined from its labelled fields ("Cơ quan chủ trì: A.; Cơ quan phối hợp: B.") as the fields it came from. */
function assigneeParts(assignee: string | null): string[] {
  return assignee === null ? [] : assignee.split(/;\s+(?=Cơ quan (?:chủ trì|phối hợp)\s*:)/);
}

describe.skipIf(!hasShared('seeds'))('bundled plans against their source documents', () => {
  for (const plan of corpus.plans) {
    // Read inside the tests only: a skipped suite still runs this loop to list its tests.
    const source = (): string => readFileSync(join(seedsDir, plan.frontmatter.source.file), 'utf8');

    if (plan.frontmatter.source.kind === 'ocr') {
      it(`${plan.id}: has one task per agency field of the OCR copy`, () => {
        expect(plan.tasks.length).toBe(agencyFieldLines(source()));
      });
      continue;
    }

    const words = (): string => wordsOf(source());
    it(`${plan.id}: every task's text, assignee and deadline are verbatim in ${plan.frontmatter.source.file}`, () => {
      const text = words();
      const missing = plan.tasks.flatMap((task) =>
        [task.text, ...assigneeParts(task.assignee), plan.id === 'tinh-bac-ninh-2026' ? null : task.deadline.raw]
          .filter((s): s is string => s !== null)
          .filter((s) => !text.includes(wordsOf(s)))
          .map((s) => `${task.id}: ${s.slice(0, 80)}`),
      );
      expect(missing).toEqual([]);
    });

    it(`${plan.id}: every target's text and phase are verbatim in ${plan.frontmatter.source.file}`, () => {
      const text = words();
      const missing = plan.targets.flatMap((target) =>
        [target.text, target.phase.raw].filter((s) => !text.includes(wordsOf(s))).map((s) => `${target.id}: ${s.slice(0, 80)}`),
      );
      expect(missing).toEqual([]);
    });

    it(`${plan.id}: every responsibility and reporting duty is verbatim in ${plan.frontmatter.source.file}`, () => {
      const fm = plan.frontmatter;
      const texts = [...fm.responsibilities.flatMap((r) => [r.heading, r.text]), ...fm.reporting.map((r) => r.text)];
      const missing = texts.filter((s): s is string => typeof s === 'string' && !words().includes(wordsOf(s))).map((s) => s.slice(0, 80));
      expect(missing).toEqual([]);
    });

    if (plan.tasks.some((task) => task.assignee !== null) && plan.id !== 'tinh-bac-ninh-2026') {
      it(`${plan.id}: has one task per "Cơ quan thực hiện" field`, () => {
        expect(plan.tasks.length).toBe(agencyFieldLines(source()));
      });
    }
  }
});
