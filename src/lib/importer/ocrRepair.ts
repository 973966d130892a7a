import { normalizeForMatch } from '../text/vietnamese.ts';

/** Levenshtein distance between two strings (insert, delete, substitute cost 1). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** Similarity in [0, 1] from the edit distance, relative to the longer string. */
export function editSimilarity(a: string, b: string): number {
  const n = Math.max(a.length, b.length);
  return n === 0 ? 1 : 1 - editDistance(a, b) / n;
}

/** How far a word may be from a vocabulary word and still be read as it: OCR drops or swaps a letter or two. */
function allowedDistance(word: string): number {
  if (word.length <= 2) return /[^a-z]/.test(word) ? 1 : 0;
  if (word.length <= 4) return 1;
  return 2;
}

/**
 * Rewrites each word of a folded text (see `normalizeForMatch`) that is not in `vocabulary` as the
 * closest vocabulary word, when one is within the distance OCR errors plausibly make and no other
 * word is as close. "b6 phan thuc hien" → "bo phan thuc hien", "cong an x4" → "cong an xa".
 * Used only on OCR text that lost its diacritics, never on typed text.
 */
export function repairWords(folded: string, vocabulary: ReadonlySet<string>): string {
  return folded.replace(/[^\s,;:()]+/g, (word) => {
    if (vocabulary.has(word) || /^\d+([./]\d+)*$/.test(word)) return word;
    const max = allowedDistance(word);
    if (max === 0) return word;
    let bestD = Infinity;
    let best: string[] = [];
    for (const v of vocabulary) {
      if (Math.abs(v.length - word.length) > max) continue;
      const d = editDistance(word, v);
      if (d < bestD) [bestD, best] = [d, [v]];
      else if (d === bestD) best.push(v);
    }
    if (bestD > max) return word;
    if (best.length === 1) return best[0]!;
    const sameStart = best.filter((v) => v[0] === word[0] && v.at(-1) === word.at(-1));
    return sameStart.length === 1 ? sameStart[0]! : word;
  });
}

/** The set of folded words of some phrases, for `repairWords`. */
export function vocabularyOf(phrases: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const p of phrases) for (const w of normalizeForMatch(p).split(/[\s,;:()]+/)) if (w) out.add(w);
  return out;
}
