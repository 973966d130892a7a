import { asciiSlug } from '../text/sectionId.ts';

/** Edit distance (insertions, deletions, substitutions, swaps of neighbours) between two strings. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/**
 * The known name an editor most likely meant, or null when none is close:
 * "dealine" → "deadline", "cong-an-tinh" → "cong-an", "Cong An" → "cong-an", "huyen-krong-no" → "huyen-krong-no-664".
 * Close means: the same once written as an id, a few letters apart, or all the words of one found in the other.
 */
export function closest(value: string, known: Iterable<string>): string | null {
  const candidates = [...new Set(known)].filter((k) => k !== value);
  if (candidates.length === 0) return null;
  const slug = asciiSlug(value);
  const same = candidates.find((k) => k === slug || k.toLowerCase() === value.toLowerCase());
  if (same !== undefined) return same;

  let best: string | null = null;
  let bestDistance = Infinity;
  for (const k of candidates) {
    const d = editDistance(value, k);
    if (d < bestDistance || (d === bestDistance && best !== null && k < best)) {
      best = k;
      bestDistance = d;
    }
  }
  if (best !== null && bestDistance <= Math.max(2, Math.floor(Math.max(value.length, best.length) / 4))) return best;

  const words = new Set(slug.split('-').filter((w) => w !== ''));
  let bestShared = 0;
  best = null;
  for (const k of candidates) {
    const kWords = k.split('-');
    const shared = kWords.filter((w) => words.has(w)).length;
    const contained = shared === kWords.length || shared === words.size;
    if (contained && shared > 0 && (shared > bestShared || (shared === bestShared && best !== null && k.length < best.length))) {
      best = k;
      bestShared = shared;
    }
  }
  return best;
}
