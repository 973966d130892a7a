/**
 * Loads Pagefind's browser API from the bundle `npm run build` writes to /pagefind/, once, on
 * first use: nothing of the search index is fetched before a visitor searches.
 */
import { decodeSheet, type StoredSheet } from '../../lib/search/indexFormat.ts';
import { sheetUrl, type PageData } from '../../lib/search/pageRecords.ts';

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

/** Where the bundle is served. */
const BUNDLE_DIR = '/pagefind/';
/** A variable, so the site's bundler leaves this import to the browser. */
const BUNDLE = `${BUNDLE_DIR}pagefind.js`;

let loading: Promise<Pagefind> | undefined;

/**
 * Pagefind, loaded and initialised (one `options` call: before `init` a second call would replace
 * the first). Exact-diacritic matches get Pagefind's full ranking bonus (`diacriticSimilarity: 1`),
 * so "căn cước" puts pages with "căn cước" before pages with only "cần cước". No web worker: the
 * search here is small, and the worker script would add ~12 kB to the first query.
 */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ BUNDLE)) as Pagefind;
    await pagefind.options({ ranking: { diacriticSimilarity: 1 }, noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/**
 * The plan and records of an index page Pagefind returned: its fragment names its record sheet,
 * a gzipped JSON file that is unzipped here unless the host already did.
 */
export async function loadSheet(result: PagefindResult): Promise<StoredSheet> {
  const data = await result.data();
  const response = await fetch(sheetUrl(data, BUNDLE_DIR));
  if (!response.ok) throw new Error(`Không tải được ${response.url} (${response.status}).`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const text = gzipped
    ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text()
    : new TextDecoder().decode(bytes);
  return decodeSheet(text);
}
