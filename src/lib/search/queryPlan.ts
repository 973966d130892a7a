/**
 * Which words of a query Pagefind is asked for, and in what order.
 *
 * Every word Pagefind is asked for costs a download (the index chunk holding it, ~20 kB at
 * national scale), and a common word ("cơ", "sở", "dữ", "liệu") narrows nothing: nearly every
 * index page holds it. The browser checks every word on every record anyway (`rank.ts`), so
 * Pagefind only has to return a small set of pages that surely contains the matches:
 *  1. first the pages where the query's rarest neighbouring words stand together (their pair
 *     tokens, see `pairToken`), which finds phrases such as "Sở Y tế" among thousands of pages;
 *  2. then, when those run out, the pages holding the query's rarest words anywhere;
 *  3. when every word is on half the pages or more (the index leaves those out, see
 *     `BROAD_SHARE`), and for a search with filters only: no Pagefind at all; the record sheets
 *     are read in the site's order, only those of pages the filters allow (`filterBitmaps.ts`)
 *     where one record holds every word (`recordMasks.ts`).
 * How common a word is comes from `commonWords`, computed when the index is built.
 */
import { withPlainD, foldWord, lower, pairToken, words } from './fold.ts';

/** Words found on many index pages, with the number of pages holding each (keys folded: "so", "dinh"). */
export interface CommonWords {
  /** Index pages in all. */
  pages: number;
  /** Folded word → pages holding it; words on fewer pages than the threshold are left out. */
  words: Record<string, number>;
  /**
   * Folded pairs of neighbouring words ("can cuoc") on at least `UNINDEXED_PAIR_SHARE` of the
   * pages, most common first: the index leaves them out, so they are never asked for.
   */
  pairs?: string[];
  /** How many of the first `pairs` are on at least `BROAD_SHARE` of the pages. */
  broadPairs?: number;
  /** How many files list the index pages in the site's order (`sheetOrderFile`). */
  orderFiles?: number;
  /**
   * Words on at least this many pages are left out of the index (see `BROAD_SHARE`), so they are
   * never asked for. Absent in an index that holds every word.
   */
  unindexedWordMin?: number;
  /**
   * The index has a page bitmap per filter value (`pageBitmap.ts`) and record masks for the words
   * it leaves out (`recordMasks.ts`), so a filtered search can be read in the site's order too.
   */
  filterBitmaps?: boolean;
}

/**
 * A query every one of whose neighbouring word pairs is on at least this share of the index pages
 * is "broad": Pagefind would answer "most pages", after fetching its engine and the largest index
 * chunks (at 5,000 plans ~140 kB and ~200 kB). See `isBroadQuery`.
 *
 * Words on at least this share are left out of the index: asking for one narrows a search by half
 * at most, yet at 5,000 plans these 468 words were three quarters of the index's 3.5 million
 * (page, word) entries, which Pagefind's indexer holds in memory and its index chunks carry.
 */
export const BROAD_SHARE = 0.5;

/**
 * Pairs on at least this share of the index pages are left out of the index. They narrow a search
 * little, yet they were three quarters of its tokens, and Pagefind's indexer holds ~0.6 kB of memory
 * per token: at 5,000 plans, 8.7 GB with every pair and about a third of that without these.
 */
export const UNINDEXED_PAIR_SHARE = 0.1;

/** At most this many tokens per Pagefind query. */
export const MAX_TERMS = 2;

/** How a visitor's query is looked up. */
export interface QueryPlan {
  /**
   * Pagefind queries, to run one after another (the next when the previous one's pages are used
   * up); `null` asks for every page matching the filters.
   */
  terms: (string | null)[];
  /**
   * Then read the record sheets in the site's order (`terms` is then empty): the query is broad
   * (`isBroadQuery`), or the index leaves out every one of its words, or it has filters only.
   */
  thenInOrder: boolean;
}

/**
 * The lookups for a visitor's query: `terms: []` for a filter-only search.
 * "so y te" → ["soy yte", "y te"] (with "so" the most common); "thuế" → ["thuế"]; with an index that
 * says which words and pairs are on most pages, "căn cước công dân" → read in order; with one that
 * leaves out the words on half its pages, "VNeID 2025" (each word on most pages) → read in order,
 * and so is a search with filters only, when the index has a bitmap per filter value.
 */
export function planQuery(query: string, common: CommonWords | null, options: { phrase?: boolean; filtered?: boolean } = {}): QueryPlan {
  const tokens = [...new Set(words(query).map((w) => withPlainD(lower(w))))];
  const inOrder = !!common?.pairs && !!common.orderFiles && (!options.filtered || !!common.filterBitmaps);
  if (tokens.length === 0) return { terms: [], thenInOrder: !!options.filtered && inOrder };
  if (inOrder && isBroadQuery(query, common)) return { terms: [], thenInOrder: true };
  const df = (t: string): number => common?.words[foldWord(t)] ?? 0;
  const indexedWords = tokens.filter((t) => isIndexedWord(foldWord(t), common));
  const byRarity = <T>(items: readonly T[], score: (item: T) => number): T[] =>
    items
      .map((item, i) => ({ item, i, s: score(item) }))
      .sort((a, b) => a.s - b.s || a.i - b.i)
      .map((x) => x.item);

  const pairs = tokens.slice(1).map((t, i) => [tokens[i]!, t] as const);
  const unindexed = new Set(common?.pairs ?? []);
  const indexed = pairs.filter(([a, b]) => !unindexed.has(foldedPair(foldWord(a), foldWord(b))));
  const rarePairs = byRarity(indexed, ([a, b]) => Math.min(df(a), df(b))).slice(0, MAX_TERMS);
  const pairQuery = rarePairs.map(([a, b]) => pairToken(a, b)).join(' ');
  const wordQuery = byRarity(indexedWords, df).slice(0, MAX_TERMS).join(' ');
  // A phrase holds its pairs, so their pages hold every match.
  if (options.phrase && pairQuery) return { terms: [pairQuery], thenInOrder: false };
  // No word the index holds: the pages where one record holds every word, in the site's order
  // (`recordMasks.ts` says which they are). That finds every match, a commune's name among them
  // (unit lists come first in that order), without Pagefind's engine (~120 kB at 5,000 plans).
  if (indexedWords.length === 0 && inOrder) return { terms: [], thenInOrder: true };
  return { terms: [...(pairQuery ? [pairQuery] : []), wordQuery || null], thenInOrder: false };
}

/** Whether a plan asks Pagefind anything: any plan but reading in order alone. */
export function needsPagefind(plan: QueryPlan): boolean {
  return !plan.thenInOrder || plan.terms.length > 0;
}

/** Whether the index holds a folded word: it leaves out those on at least `BROAD_SHARE` of its pages. */
export function isIndexedWord(folded: string, common: CommonWords | null): boolean {
  return common?.unindexedWordMin === undefined || (common.words[folded] ?? 0) < common.unindexedWordMin;
}

/** How many index pages hold each folded word and each folded pair of neighbouring words. */
export interface TokenCounts {
  pages: number;
  words: Map<string, number>;
  pairs: Map<string, number>;
}

export function emptyTokenCounts(): TokenCounts {
  return { pages: 0, words: new Map(), pairs: new Map() };
}

/** Counts one index page's distinct folded words and pairs (see `pageFoldedTokens`). */
export function countPageTokens(counts: TokenCounts, page: { words: ReadonlySet<string>; pairs: ReadonlySet<string> }): void {
  counts.pages += 1;
  for (const w of page.words) counts.words.set(w, (counts.words.get(w) ?? 0) + 1);
  for (const p of page.pairs) counts.pairs.set(p, (counts.pairs.get(p) ?? 0) + 1);
}

/**
 * What the search page needs to plan a query: the words on at least `minShare` of the index pages
 * (and at least 2), most common first, for `planQuery`, and from how many pages on a word is left
 * out of the index; the pairs on at least `UNINDEXED_PAIR_SHARE` (which the index leaves out) and
 * how many of them are on at least `BROAD_SHARE`, for `isBroadQuery`; and how many order files
 * there are.
 */
export function commonWords(counts: TokenCounts, orderFiles: number, minShare = 0.02): CommonWords {
  const atLeast = (share: number): number => Math.max(2, Math.ceil(counts.pages * share));
  // Every word left out of the index is listed, so the search page never asks for one.
  const common = [...counts.words.entries()].filter(([, n]) => n >= atLeast(Math.min(minShare, BROAD_SHARE))).sort(byCountThenName);
  const pairs = [...counts.pairs.entries()].filter(([, n]) => n >= atLeast(UNINDEXED_PAIR_SHARE)).sort(byCountThenName);
  const broadPairs = pairs.filter(([, n]) => n >= atLeast(BROAD_SHARE)).length;
  return {
    pages: counts.pages,
    words: Object.fromEntries(common),
    pairs: pairs.map(([p]) => p),
    broadPairs,
    orderFiles,
    unindexedWordMin: atLeast(BROAD_SHARE),
  };
}

function byCountThenName(a: [string, number], b: [string, number]): number {
  return b[1] - a[1] || (a[0] < b[0] ? -1 : 1);
}

/**
 * Whether a query without filters is better answered without Pagefind: its only word is on at
 * least `BROAD_SHARE` of the index pages, or every pair of its neighbouring words is ("căn cước
 * công dân" in a corpus of Đề án 06 plans). Pagefind would return most of the index, ranked by
 * nothing a reader could explain; reading record sheets in the site's order (newest plan first)
 * finds the same matches, and the browser checks every record anyway.
 */
export function isBroadQuery(query: string, common: CommonWords | null): boolean {
  if (!common?.pairs || !common.broadPairs || !common.orderFiles) return false;
  const tokens = words(query).map(foldWord);
  if (tokens.length === 0) return false;
  if (tokens.length === 1) return (common.words[tokens[0]!] ?? 0) >= common.pages * BROAD_SHARE;
  const pairs = new Set(common.pairs.slice(0, common.broadPairs));
  return tokens.slice(1).every((t, i) => pairs.has(foldedPair(tokens[i]!, t)));
}

/** The key of a pair of folded neighbouring words in `CommonWords.pairs`: "can cuoc". */
export function foldedPair(first: string, second: string): string {
  return `${first} ${second}`;
}
