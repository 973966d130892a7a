/**
 * Packs search records into the pages Pagefind indexes.
 *
 * Why not one Pagefind page per record: Pagefind's metadata file, which the first search downloads
 * whole, keeps ~6 bytes (gzip) per indexed page. At national scale (3,000 plans, ~220,000 tasks and
 * targets) one page per record makes that file ~1.4 MB, far over the 250 kB first-query budget.
 * So a plan's records are packed into a few index pages (the plan on its own; its tasks; its targets,
 * at most `maxRecordsPerPage` each), each record a section whose `id` is its anchor. Pagefind finds
 * and ranks index pages; the browser then splits a page into its records with Pagefind's `anchors`
 * and decides per record whether it matches (see `pageRecords.ts`).
 */
import type { PlanContext, PlanRecords, SearchRecord } from './buildRecords.ts';
import { FILTER_KEYS, type FilterKey } from './filterKeys.ts';
import { dWordsFolded } from './fold.ts';
import { encodePlan, encodeRecords, META, SECTION_ID } from './indexFormat.ts';

/** One page of the index: a plan and some of its records of one kind. */
export interface IndexPage {
  /** The URL Pagefind stores for the page: the first record's URL (unique across the index). */
  url: string;
  plan: PlanContext;
  records: SearchRecord[];
}

/** How records are packed. */
export interface PackOptions {
  /** Records per index page at most (default 40): fewer gives sharper ranking, more gives a smaller metadata file. */
  maxRecordsPerPage?: number;
}

export const DEFAULT_MAX_RECORDS_PER_PAGE = 40;

/**
 * The index pages of every plan: per plan, the plan record alone, then its tasks, then its targets,
 * each kind split into as few pages as `maxRecordsPerPage` allows, of even size.
 */
export function indexPages(plans: readonly PlanRecords[], options: PackOptions = {}): IndexPage[] {
  const max = Math.max(1, options.maxRecordsPerPage ?? DEFAULT_MAX_RECORDS_PER_PAGE);
  const pages: IndexPage[] = [];
  for (const { plan, records } of plans) {
    for (const kind of ['ke-hoach', 'nhiem-vu', 'chi-tieu'] as const) {
      for (const chunk of evenChunks(records.filter((r) => r.kind === kind), max)) {
        pages.push({ url: chunk[0]!.url, plan, records: chunk });
      }
    }
  }
  return pages;
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
 * The HTML Pagefind indexes for a page (never served): metadata and filters in an ignored block,
 * the plan's place words, one section per record (its text, then its context), and the page's
 * đ-words folded to d.
 */
export function indexPageHtml(page: IndexPage): string {
  const filters = pageFilters(page);
  const filterTags = FILTER_KEYS.flatMap((key) =>
    filters[key].map((value) => `<span data-pagefind-filter="${key}:${escapeHtml(value)}"></span>`),
  ).join('');
  const sections = page.records
    .map((r) => {
      const id = r.anchor ?? SECTION_ID.plan;
      return `<section id="${escapeHtml(id)}">${paragraph(r.text)}${paragraph(r.context)}</section>`;
    })
    .join('\n');
  const folded = dWordsFolded([page.plan.place, ...page.records.flatMap((r) => [r.text, r.context])].join('\n'));
  return [
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>-</title></head><body>',
    '<div data-pagefind-ignore>',
    `<span data-pagefind-meta="title">${escapeHtml(page.plan.name)}</span>`,
    `<span data-pagefind-meta="${META.plan}">${escapeHtml(encodePlan(page.plan))}</span>`,
    `<span data-pagefind-meta="${META.records}">${escapeHtml(encodeRecords(page.records))}</span>`,
    filterTags,
    '</div>',
    `<p id="${SECTION_ID.place}">${escapeHtml(page.plan.place)}</p>`,
    sections,
    folded === '' ? '' : `<p id="${SECTION_ID.folded}">${escapeHtml(folded)}</p>`,
    '</body></html>',
  ].join('\n');
}

function paragraph(text: string): string {
  return text.trim() === '' ? '' : `<p>${escapeHtml(text.replace(/\s+/g, ' ').trim())}</p>`;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
