/**
 * How many record sheets the search page fetches next. Each sheet costs 4–9 kB, and on a slow
 * connection each round trip costs time: the first batch is small, and the next ones are sized by
 * what the sheets so far yielded, so a round stops near what it wants instead of a batch past it.
 */

/** Something a round wants a number of (results, plans), and how many it has. */
export interface Goal {
  have: number;
  want: number;
}

export interface BatchRule {
  /** Sheets in the first batch. */
  first: number;
  /** Sheets in one batch at most. */
  max: number;
}

/**
 * The next batch after `looked` sheets: for each goal not met, the sheets it still needs at the
 * rate seen so far (the largest batch when nothing was found yet); the most of these, within 1…`max`.
 */
export function nextBatchSize(looked: number, goals: readonly Goal[], rule: BatchRule): number {
  if (looked === 0) return rule.first;
  const needs = goals.filter((g) => g.have < g.want).map((g) => (g.have === 0 ? rule.max : Math.ceil((g.want - g.have) / (g.have / looked))));
  return Math.min(rule.max, Math.max(1, ...needs));
}
