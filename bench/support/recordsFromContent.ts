/**
 * Search records straight from a content folder, without an Astro build: for the search benchmark,
 * which indexes thousands of synthetic plans and measures queries, not pages. The site itself never
 * reads content this way (its records come from the collections, see src/lib/search/recordFile.ts).
 */
import { loadContent } from '../../src/lib/content/loadContent.ts';
import { buildRecords, type PlanRecords } from '../../src/lib/search/buildRecords.ts';
import { buildSite, siteContentFromCorpus } from '../../src/lib/site/site.ts';

/** Reads a content root and builds its search records; throws when the content has problems. */
export function recordsFromContent(root: string): PlanRecords[] {
  const { corpus, problems } = loadContent(root);
  if (problems.length > 0) {
    const list = problems
      .slice(0, 10)
      .map((p) => `  ${p.file} ${p.field}: ${p.message}`)
      .join('\n');
    throw new Error(`Nội dung có ${problems.length} lỗi (chạy "npm run check" để xem tất cả):\n${list}`);
  }
  return buildRecords(buildSite(siteContentFromCorpus(corpus)));
}
