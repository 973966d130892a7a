/**
 * The common-words file (`COMMON_WORDS_FILE`) as it travels: every search fetches it first, so it
 * is kept small. Pairs are written as numbers, not text: each pair's two words are themselves
 * common (a pair cannot be on more pages than either of its words), so a pair is the position of
 * its first word in `words` times `words.length`, plus the position of its second; the sorted
 * numbers are then written as differences. At 1,000 plans this made 3,793 pairs 4.8 kB of gzip
 * instead of 14.1 kB.
 */
import type { CommonWords } from './queryPlan.ts';

export interface CommonWordsFile {
  pages: number;
  /** Folded words, most common first (an array: an object would put "0"…"9" before the rest). */
  words: string[];
  /** Pages holding each of `words`. */
  counts: number[];
  /** The pairs on at least `BROAD_SHARE` of the pages, as sorted codes written as differences. */
  broad: number[];
  /** The other pairs the index leaves out, the same way. */
  other: number[];
  orderFiles: number;
  /** See `CommonWords.unindexedWordMin`. */
  unindexedWordMin?: number;
  /** See `CommonWords.filterBitmaps`. */
  filterBitmaps?: boolean;
}

export function encodeCommonWords(common: CommonWords, orderFiles: number): CommonWordsFile {
  const words = Object.keys(common.words).sort((a, b) => common.words[b]! - common.words[a]! || (a < b ? -1 : 1));
  const position = new Map(words.map((w, i) => [w, i]));
  const code = (pair: string): number => {
    const [first, second] = pair.split(' ');
    const a = position.get(first!);
    const b = position.get(second!);
    if (a === undefined || b === undefined) throw new Error(`Cặp từ “${pair}” có từ không nằm trong danh sách từ phổ biến.`);
    return a * words.length + b;
  };
  const pairs = common.pairs ?? [];
  const broadCount = common.broadPairs ?? 0;
  return {
    pages: common.pages,
    words,
    counts: words.map((w) => common.words[w]!),
    broad: differences(pairs.slice(0, broadCount).map(code)),
    other: differences(pairs.slice(broadCount).map(code)),
    orderFiles,
    ...(common.unindexedWordMin === undefined ? {} : { unindexedWordMin: common.unindexedWordMin }),
    ...(common.filterBitmaps ? { filterBitmaps: true } : {}),
  };
}

/** The file read back; the pairs come broad ones first, as `CommonWords.broadPairs` expects. */
export function decodeCommonWords(file: CommonWordsFile): CommonWords {
  const n = file.words.length;
  const pair = (c: number): string => `${file.words[Math.floor(c / n)]} ${file.words[c % n]}`;
  const broad = sums(file.broad).map(pair);
  return {
    pages: file.pages,
    words: Object.fromEntries(file.words.map((w, i) => [w, file.counts[i]!])),
    pairs: [...broad, ...sums(file.other).map(pair)],
    broadPairs: broad.length,
    orderFiles: file.orderFiles,
    ...(file.unindexedWordMin === undefined ? {} : { unindexedWordMin: file.unindexedWordMin }),
    ...(file.filterBitmaps ? { filterBitmaps: true } : {}),
  };
}

function differences(codes: number[]): number[] {
  const sorted = [...codes].sort((a, b) => a - b);
  return sorted.map((c, i) => (i === 0 ? c : c - sorted[i - 1]!));
}

function sums(deltas: readonly number[]): number[] {
  let total = 0;
  return deltas.map((d) => (total += d));
}
