/**
 * Loads Pagefind's browser API from the bundle `npm run build` writes to /pagefind/, once, on
 * first use: nothing of the search index is fetched before a visitor searches.
 */
import type { PageData } from '../../lib/search/pageRecords.ts';

/** One index page Pagefind found; `data()` fetches its fragment. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PageData & { url: string }>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
}

export type PagefindFilters = Record<string, string | { any: string[] }>;

/** The parts of Pagefind's API this site uses. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: PagefindFilters }): Promise<PagefindSearch>;
  preload(term: string, options?: { filters?: PagefindFilters }): Promise<void>;
}

/** Where the bundle is served; a variable so the site's bundler leaves the import to the browser. */
const BUNDLE = '/pagefind/pagefind.js';

let loading: Promise<Pagefind> | undefined;

/**
 * Pagefind, loaded and initialised. Exact-diacritic matches get Pagefind's full ranking bonus
 * (`diacriticSimilarity: 1`) so "căn cước" puts "căn cước" before "cần cước" at the page level too.
 */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ BUNDLE)) as Pagefind;
    await pagefind.options({ ranking: { diacriticSimilarity: 1 } });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
