/**
 * Packs search records into the pages Pagefind indexes.
 *
 * Two measurements at national scale (3,000 plans, ~200,000 tasks and targets; `npm run bench:search`)
 * shaped this:
 *  - Pagefind's metadata file, which every first search downloads whole, keeps ~6–8 bytes (gzip)
 *    per indexed page: one page per record makes it ~1.4 MB, far over the 250 kB first-query budget.
 *    So a plan's records share a few index pages.
 *  - Pagefind stores every position of every word. These plans repeat the same vocabulary ("cơ sở
 *    dữ liệu quốc gia về dân cư") dozens of times per plan, so a common word's postings reach
 *    1 MB+. So an index page holds each distinct word once: Pagefind only has to find the pages
 *    that contain the query's words; the browser reads the page's records from its record sheet
 *    (see `indexFormat.ts`) and decides per record whether it matches and how well (`hits.ts`, `rank.ts`).
 */
import type { PlanContext, PlanRecords, SearchRecord } from './buildRecords.ts';
import { FILTER_KEYS, type FilterKey } from './filterKeys.ts';
import { dStrokeCopy, hasDStroke, indexWords } from './fold.ts';
import { SHEET_META, searchableText } from './indexFormat.ts';

/** One page of the index: a plan and some of its records. */
export interface IndexPage {
  /** The URL Pagefind stores for the page: the first record's URL (unique across the index). */
  url: string;
  /** Id of its record sheet: its position in the index, "0", "1", … */
  sheet: string;
  plan: PlanContext;
  records: SearchRecord[];
}

/** How records are packed. */
export interface PackOptions {
  /** Records per index page at most: fewer gives Pagefind sharper pages, more gives a smaller metadata file. */
  maxRecordsPerPage?: number;
}

export const DEFAULT_MAX_RECORDS_PER_PAGE = 40;

/**
 * The index pages of every plan: its records in document order (the plan, its tasks, its targets)
 * cut into as few pages as `maxRecordsPerPage` allows, of even size.
 */
export function indexPages(plans: readonly PlanRecords[], options: PackOptions = {}): IndexPage[] {
  const max = Math.max(1, options.maxRecordsPerPage ?? DEFAULT_MAX_RECORDS_PER_PAGE);
  return plans
    .flatMap(({ plan, records }) => evenChunks(records, max).map((chunk) => ({ plan, records: chunk })))
    .map((page, i) => ({ url: page.records[0]!.url, sheet: String(i), ...page }));
}

/** `items` cut into the fewest chunks of at most `max`, as even in size as possible. */
export function evenChunks<T>(items: readonly T[], max: number): T[][] {
  if (items.length === 0) return [];
  const count = Math.ceil(items.length / max);
  const size = Math.ceil(items.length / count);
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** The filter values of an index page: the plan's, and the union of its records'. */
export function pageFilters(page: IndexPage): Record<FilterKey, string[]> {
  const out = {} as Record<FilterKey, string[]>;
  for (const key of FILTER_KEYS) {
    const values = new Set<string>();
    if (key === 'tinh' || key === 'cap' || key === 'chuong-trinh') page.plan[key].forEach((v) => values.add(v));
    else for (const r of page.records) r.filters[key].forEach((v) => values.add(v));
    out[key] = [...values];
  }
  return out;
}

/**
 * The words Pagefind indexes for a page: every distinct word of its plan's place and of its
 * records' searchable text, once, in order of first use; after each word with đ, its copy with d.
 */
export function pageWords(page: IndexPage): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (w: string): void => {
    if (seen.has(w)) return;
    seen.add(w);
    out.push(w);
  };
  for (const text of [page.plan.place, ...page.records.map(searchableText)]) {
    for (const w of indexWords(text)) {
      add(w);
      if (hasDStroke(w)) add(dStrokeCopy(w));
    }
  }
  return out;
}

/**
 * The HTML Pagefind indexes for a page (never served): its sheet id and filters in an ignored block,
 * then its words. No title: Pagefind searches metadata too, and boosts titles.
 */
export function indexPageHtml(page: IndexPage): string {
  const filters = pageFilters(page);
  const filterTags = FILTER_KEYS.flatMap((key) =>
    filters[key].map((value) => `<span data-pagefind-filter="${key}:${escapeHtml(value)}"></span>`),
  ).join('');
  return [
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>-</title></head><body>',
    '<div data-pagefind-ignore>',
    `<span data-pagefind-meta="${SHEET_META}:${page.sheet}"></span>`,
    filterTags,
    '</div>',
    `<p>${escapeHtml(pageWords(page).join(' '))}</p>`,
    '</body></html>',
  ].join('\n');
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
