/**
 * Loads Pagefind's browser API from the bundle `npm run build` writes to /pagefind/, once, when a
 * search first needs it (one read in the site's order does not: `planQuery`), and the files beside
 * it: record sheets, the common words, the sheets' order, which records hold the words the index
 * leaves out and which pages have each filter value.
 * Nothing is fetched before a visitor searches.
 */
import {
  COMMON_WORDS_FILE,
  decodeSheet,
  filterPagesFile,
  sheetFile,
  sheetOrderFile,
  sheetPartFile,
  wordMasksFile,
  type StoredSheet,
} from '../../lib/search/indexFormat.ts';
import { decodePageBitmap } from '../../lib/search/pageBitmap.ts';
import { decodeMaskLines } from '../../lib/search/recordMasks.ts';
import type { CommonWords } from '../../lib/search/queryPlan.ts';
import { decodeCommonWords, type CommonWordsFile } from '../../lib/search/commonWordsFile.ts';
import type { PagefindFilter } from '../../lib/search/urlState.ts';

/** One index page Pagefind found. Its `data()` (the fragment: the page's tokens) is not needed here. */
export interface PagefindResult {
  /** The page's id, which also names its record sheet. */
  id: string;
  score: number;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
}

/** The parts of Pagefind's API this site uses. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: PagefindFilter }): Promise<PagefindSearch>;
  preload(term: string, options?: { filters?: PagefindFilter }): Promise<void>;
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
 * The plan and records of an index page: its record sheet, a gzipped JSON file named by the page's
 * Pagefind result id.
 */
export async function loadSheet(id: string): Promise<StoredSheet> {
  return decodeSheet(await fetchGzipText(`${BUNDLE_DIR}${sheetFile(id)}`));
}

/** Some parts of the index page at `position` in the site's order, as one sheet of their records in order. */
export async function loadSheetParts(position: number, parts: readonly number[]): Promise<StoredSheet> {
  const sheets = await Promise.all(parts.map(async (part) => decodeSheet(await fetchGzipText(`${BUNDLE_DIR}${sheetPartFile(position, part)}`))));
  return { plan: sheets[0]!.plan, records: sheets.flatMap((s) => s.records) };
}

/** The result ids of the n-th slice of the index pages in the site's order. */
export async function loadSheetOrder(n: number): Promise<string[]> {
  return JSON.parse(await fetchGzipText(`${BUNDLE_DIR}${sheetOrderFile(n)}`)) as string[];
}

/** Which records of each page of the n-th slice hold a word the index leaves out (`recordMasks.ts`). */
export async function loadWordMasks(folded: string, slice: number): Promise<Uint8Array[]> {
  return decodeMaskLines(await fetchGzipText(`${BUNDLE_DIR}${wordMasksFile(folded, slice)}`));
}

/** Which index pages have a filter value (`pageBitmap.ts`); none when no page has it (no file). */
export async function loadFilterPages(valueKey: string): Promise<Uint8Array> {
  const text = await fetchGzipText(`${BUNDLE_DIR}${filterPagesFile(valueKey)}`, { missing: '' });
  return decodePageBitmap(text);
}

let common: Promise<CommonWords | null> | undefined;

/** The index's common words (see queryPlan.ts), once; null when they cannot be loaded (queries still work, less sharply). */
export function loadCommonWords(): Promise<CommonWords | null> {
  common ??= fetchGzipText(`${BUNDLE_DIR}${COMMON_WORDS_FILE}`)
    .then((text) => decodeCommonWords(JSON.parse(text) as CommonWordsFile))
    .catch(() => null);
  return common;
}

/** A gzipped text file, unzipped here unless the host already did (it then arrives plain). */
async function fetchGzipText(url: string, options: { missing?: string } = {}): Promise<string> {
  const response = await fetch(url);
  if (response.status === 404 && options.missing !== undefined) return options.missing;
  if (!response.ok) throw new Error(`Không tải được ${url} (${response.status}).`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new TextDecoder().decode(bytes);
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
}
