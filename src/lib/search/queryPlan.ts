/**
 * Which words of a query Pagefind is asked for, and in what order.
 *
 * Every word Pagefind is asked for costs a download (the index chunk holding it, ~20 kB at
 * national scale), and a common word ("cơ", "sở", "dữ", "liệu") narrows nothing: nearly every
 * index page holds it. The browser checks every word on every record anyway (`rank.ts`), so
 * Pagefind only has to return a small set of pages that surely contains the matches:
 *  1. first the pages where the query's rarest neighbouring words stand together (their pair
 *     tokens, see `pairToken`), which finds phrases such as "Sở Y tế" among thousands of pages;
 *  2. then, when those run out, the pages holding the query's rarest words anywhere.
 * How common a word is comes from `commonWords`, computed when the index is built.
 */
import { dStrokeCopy, foldWord, lower, pairToken, words } from './fold.ts';

/** Words found on many index pages, with the number of pages holding each (keys folded: "so", "dinh"). */
export interface CommonWords {
  /** Index pages in all. */
  pages: number;
  /** Folded word → pages holding it; words on fewer pages than the threshold are left out. */
  words: Record<string, number>;
}

/** At most this many tokens per Pagefind query. */
export const MAX_TERMS = 2;

/**
 * The Pagefind queries for a visitor's query, to run one after another (the next when the
 * previous one's pages are used up): `[]` for a filter-only search.
 * "so y te" → ["soy yte", "y te"] (with "so" the most common); "thuế" → ["thuế"].
 */
export function planQuery(query: string, common: CommonWords | null, options: { phrase?: boolean } = {}): string[] {
  const tokens = [...new Set(words(query).map((w) => dStrokeCopy(lower(w))))];
  if (tokens.length === 0) return [];
  if (tokens.length === 1) return [tokens[0]!];
  const df = (t: string): number => common?.words[foldWord(t)] ?? 0;
  const byRarity = <T>(items: readonly T[], score: (item: T) => number): T[] =>
    items
      .map((item, i) => ({ item, i, s: score(item) }))
      .sort((a, b) => a.s - b.s || a.i - b.i)
      .map((x) => x.item);

  const pairs = tokens.slice(1).map((t, i) => [tokens[i]!, t] as const);
  const rarePairs = byRarity(pairs, ([a, b]) => Math.min(df(a), df(b))).slice(0, MAX_TERMS);
  const pairQuery = rarePairs.map(([a, b]) => pairToken(a, b)).join(' ');
  if (options.phrase) return [pairQuery];
  const wordQuery = byRarity(tokens, df).slice(0, MAX_TERMS).join(' ');
  return [pairQuery, wordQuery];
}

/**
 * The words on at least `minShare` of the index pages (and at least 2 pages), from each page's
 * set of words: what `planQuery` avoids asking Pagefind for.
 */
export function commonWords(pageWordSets: readonly ReadonlySet<string>[], minShare = 0.02): CommonWords {
  const counts = new Map<string, number>();
  for (const set of pageWordSets) for (const w of set) counts.set(w, (counts.get(w) ?? 0) + 1);
  const threshold = Math.max(2, Math.ceil(pageWordSets.length * minShare));
  const common = [...counts.entries()].filter(([, n]) => n >= threshold).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { pages: pageWordSets.length, words: Object.fromEntries(common) };
}
