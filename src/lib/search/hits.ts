/**
 * From index pages Pagefind returned to the results a visitor sees: each page's records that pass
 * the filters and match the query, ranked (see `rank.ts`).
 */
import type { FilterSelection } from './filterKeys.ts';
import { searchableText, type StoredPlan, type StoredRecord, type StoredSheet } from './indexFormat.ts';
import { isBlankQuery, type ParsedQuery } from './query.ts';
import { compareCandidates, isFullMatch, matchRecord, tokensOf, type RecordMatch } from './rank.ts';
import { recordPasses } from './urlState.ts';

/** One result. */
export interface Hit {
  record: StoredRecord;
  plan: StoredPlan;
  /** How it matches the query; null for a filter-only search. */
  match: RecordMatch | null;
  /** True when it holds every word of the query (always for a filter-only search). */
  full: boolean;
  /** Rank of its index page in Pagefind's results (0 = best). */
  pageRank: number;
  /** Its position within its index page. */
  order: number;
}

/**
 * The records of one index page that pass the filters and hold at least one word of the query
 * (every record that passes, for a filter-only search).
 */
export function hitsOfPage(page: StoredSheet, pageRank: number, query: ParsedQuery, filters: FilterSelection): Hit[] {
  const blank = isBlankQuery(query);
  const place = tokensOf(page.plan.place);
  const hits: Hit[] = [];
  page.records.forEach((record, order) => {
    if (!recordPasses(record.filters, filters)) return;
    if (blank) {
      hits.push({ record, plan: page.plan, match: null, full: true, pageRank, order });
      return;
    }
    const match = matchRecord(query, tokensOf(searchableText(record)), place);
    if (match.matched === 0) return;
    hits.push({ record, plan: page.plan, match, full: isFullMatch(query, match), pageRank, order });
  });
  return hits;
}

/** Hits best first (filter-only: Pagefind's page order, then document order). */
export function orderHits(query: ParsedQuery, hits: readonly Hit[]): Hit[] {
  const none: RecordMatch = { matched: 0, inRecord: 0, exact: 0, run: 0, phrase: false, runs: false };
  return [...hits].sort((a, b) =>
    compareCandidates(
      query,
      { match: a.match ?? none, pageRank: a.pageRank, order: a.order },
      { match: b.match ?? none, pageRank: b.pageRank, order: b.order },
    ),
  );
}
