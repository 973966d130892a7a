/**
 * Which records of the index pages Pagefind returned match the query, and in what order they show.
 *
 * Pagefind ranks index pages (several records each); a record is a hit when it holds every word of
 * the query (diacritics and case aside; the plan's place words count for each of its records).
 * When the query carries diacritics, records that hold those words exactly as typed come first:
 * "Sở Y tế" puts "Sở Y tế" before "số y tế", and "Đề án" before "đề an".
 */
import { foldWord, lower, words } from './fold.ts';
import type { ParsedQuery } from './query.ts';

/** How one record matches a query. */
export interface RecordMatch {
  /** Query terms found in the record or its plan's place words. */
  matched: number;
  /** Query terms found in the record itself. */
  inRecord: number;
  /** Terms typed with diacritics that the record holds exactly as typed. */
  exact: number;
  /** The most query words, consecutive in the query, that the record holds side by side in the same order. */
  run: number;
  /** The query's words appear in the record together, in order (diacritics aside). */
  phrase: boolean;
  /** Every sequence the query must find side by side (`ParsedQuery.runs`) is in the record or its place. */
  runs: boolean;
}

/** A record's words in both forms, prepared once per record. */
export interface RecordTokens {
  exact: string[];
  folded: string[];
}

/** A text's words in both forms: "Theo 06/QĐ-TTg" → exact ["theo", "06", "qđ", "ttg"], folded [.., "qd", ..]. */
export function tokensOf(text: string): RecordTokens {
  const exact = words(text).map(lower);
  return { exact, folded: exact.map(foldWord) };
}

/** How `record` (with its plan's `place` tokens) matches `query`. */
export function matchRecord(query: ParsedQuery, record: RecordTokens, place: RecordTokens): RecordMatch {
  const foldedSet = new Set(record.folded);
  const exactSet = new Set(record.exact);
  const placeFolded = new Set(place.folded);
  const placeExact = new Set(place.exact);
  let matched = 0;
  let inRecord = 0;
  let exact = 0;
  for (const term of query.terms) {
    const here = foldedSet.has(term.folded);
    if (here) inRecord += 1;
    if (here || placeFolded.has(term.folded)) matched += 1;
    if (term.diacritic && (exactSet.has(term.exact) || placeExact.has(term.exact))) exact += 1;
  }
  const terms = query.terms.map((t) => t.folded);
  const run = longestRun(record.folded, terms);
  const runs = query.runs.every((r) => longestRun(record.folded, r) === r.length || longestRun(place.folded, r) === r.length);
  return { matched, inRecord, exact, run, phrase: terms.length > 0 && run === terms.length, runs };
}

/**
 * The length of the longest stretch of `terms` (consecutive in the query) found in `tokens` as
 * consecutive items: for "ket noi co so du lieu thue" in "…với Cơ sở dữ liệu thuế" it is 5.
 */
export function longestRun(tokens: readonly string[], terms: readonly string[]): number {
  let best = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    for (let j = 0; j < terms.length; j += 1) {
      let k = 0;
      while (i + k < tokens.length && j + k < terms.length && tokens[i + k] === terms[j + k]) k += 1;
      if (k > best) best = k;
    }
  }
  return best;
}

/**
 * True when the record holds every word of the query, and holds side by side the words that must
 * stand together: a quoted query's, and an agency name's ("Sở Y tế", not "cơ sở … y tế").
 */
export function isFullMatch(query: ParsedQuery, m: RecordMatch): boolean {
  return m.matched === query.terms.length && m.runs;
}

/** A candidate result: its match, the rank Pagefind gave its index page, and its place within that page. */
export interface Candidate {
  match: RecordMatch;
  pageRank: number;
  order: number;
}

/**
 * Orders candidates best first: every word present; then the whole query side by side (a name
 * typed "Phú Thông" finds "xã Phủ Thông" before a list holding "Phú Hòa" and "Tân Thông"); then,
 * for a query with diacritics, the share of its accented words present exactly as typed; then the
 * longest run of the query's words side
 * by side; then words found in the record itself rather than in its plan's place; then Pagefind's
 * page order; then the document's order.
 */
export function compareCandidates(query: ParsedQuery, a: Candidate, b: Candidate): number {
  const accented = query.terms.filter((t) => t.diacritic).length;
  const key = (c: Candidate): number[] => [
    isFullMatch(query, c.match) ? 1 : 0,
    c.match.matched,
    c.match.phrase ? 1 : 0,
    accented === 0 ? 0 : c.match.exact / accented,
    c.match.run,
    c.match.inRecord,
  ];
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < ka.length; i += 1) if (ka[i] !== kb[i]) return kb[i]! - ka[i]!;
  return a.pageRank - b.pageRank || a.order - b.order;
}
