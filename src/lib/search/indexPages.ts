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
import { FILTER_KEYS, PER_KIND_KEYS, perKindKey } from './filterKeys.ts';
import { withPlainD, foldWord, lower, pairToken, words } from './fold.ts';
import { searchableText } from './indexFormat.ts';
import { foldedPair } from './queryPlan.ts';

/** One page of the index: a plan and some of its records. */
export interface IndexPage {
  /** The URL Pagefind stores for the page: the first record's URL (unique across the index). */
  url: string;
  plan: PlanContext;
  records: SearchRecord[];
}

/** How records are packed. */
export interface PackOptions {
  /** Records per index page at most: fewer gives Pagefind sharper pages, more gives a smaller metadata file. */
  maxRecordsPerPage?: number;
}

export const DEFAULT_MAX_RECORDS_PER_PAGE = 80;

/**
 * The index pages of every plan: its records in document order (the plan, its tasks, its targets)
 * cut into as few pages as `maxRecordsPerPage` allows, of even size. Most plans fit one page: the
 * fewer pages, the smaller Pagefind's metadata file and the postings of common words.
 */
export function indexPages(plans: readonly PlanRecords[], options: PackOptions = {}): IndexPage[] {
  const max = Math.max(1, options.maxRecordsPerPage ?? DEFAULT_MAX_RECORDS_PER_PAGE);
  return plans.flatMap(({ plan, records }) => evenChunks(records, max).map((chunk) => ({ url: chunk[0]!.url, plan, records: chunk })));
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

/**
 * The filter values of an index page: the plan's, the union of its records', and the per-kind
 * keys (`nam-nhiem-vu`: the years of its tasks; see `PER_KIND_KEYS`).
 */
export function pageFilters(page: IndexPage): Record<string, string[]> {
  const out: Record<string, Set<string>> = {};
  const add = (key: string, values: readonly string[]): void => {
    const set = (out[key] ??= new Set());
    values.forEach((v) => set.add(v));
  };
  for (const key of FILTER_KEYS) {
    if (key === 'tinh' || key === 'cap' || key === 'chuong-trinh') add(key, page.plan[key]);
    else for (const r of page.records) add(key, r.filters[key]);
  }
  for (const r of page.records) for (const key of PER_KIND_KEYS) if (r.filters[key].length > 0) add(perKindKey(key, r.kind), r.filters[key]);
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, [...v]]));
}

/** What the index leaves out (folded: "so y", "dan"): pairs and words on many of its pages. */
export interface LeftOut {
  /** See `UNINDEXED_PAIR_SHARE`. */
  pairs: ReadonlySet<string>;
  /** See `BROAD_SHARE`. */
  words: ReadonlySet<string>;
}

const NOTHING_LEFT_OUT: LeftOut = { pairs: new Set(), words: new Set() };

/**
 * The tokens Pagefind indexes for a page, each once: every word of its plan's place and of its
 * records' searchable text (lowercase), every pair of neighbouring words within a line (see
 * `pairToken`), but those whose folded form `leftOut` lists; each with đ written d ("dịnh"):
 * Pagefind does not fold đ, and queries are always sent with d (`planQuery`), so a token with đ
 * would never be asked for.
 */
export function pageTokens(page: IndexPage, leftOut: LeftOut = NOTHING_LEFT_OUT): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (token: string): void => {
    const t = withPlainD(token);
    if (seen.has(t)) return;
    seen.add(t);
    out.push(t);
  };
  for (const text of [page.plan.place, ...page.records.map(searchableText)]) {
    for (const line of text.split('\n')) {
      const tokens = words(line).map(lower);
      const folded = tokens.map(foldWord);
      tokens.forEach((t, i) => {
        if (!leftOut.words.has(folded[i]!)) add(t);
        if (i > 0 && !leftOut.pairs.has(foldedPair(folded[i - 1]!, folded[i]!))) add(pairToken(tokens[i - 1]!, t));
      });
    }
  }
  return out;
}

/**
 * The distinct folded words of a page, and its folded pairs of neighbouring words within a line,
 * for counting how common each is (`countPageTokens`).
 */
export function pageFoldedTokens(page: IndexPage): { words: Set<string>; pairs: Set<string> } {
  const out = { words: new Set<string>(), pairs: new Set<string>() };
  for (const text of [page.plan.place, ...page.records.map(searchableText)]) {
    for (const line of text.split('\n')) {
      const folded = words(line).map(foldWord);
      folded.forEach((w, i) => {
        out.words.add(w);
        if (i > 0) out.pairs.add(foldedPair(folded[i - 1]!, w));
      });
    }
  }
  return out;
}

/**
 * The HTML Pagefind indexes for a page (never served): its filters in an ignored block, then its
 * tokens. No metadata, not even a title: Pagefind searches metadata too, and boosts titles.
 */
export function indexPageHtml(page: IndexPage, leftOut?: LeftOut): string {
  const filters = pageFilters(page);
  const filterTags = Object.entries(filters)
    .flatMap(([key, values]) => values.map((value) => `<span data-pagefind-filter="${key}:${escapeHtml(value)}"></span>`))
    .join('');
  return [
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>-</title></head><body>',
    '<div data-pagefind-ignore>',
    filterTags,
    '</div>',
    `<p>${escapeHtml(pageTokens(page, leftOut).join(' '))}</p>`,
    '</body></html>',
  ].join('\n');
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
