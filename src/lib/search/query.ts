/**
 * A visitor's query read into terms, each with the two forms results are compared by: exact
 * (lowercase, diacritics kept) and folded (no diacritics, đ → d).
 */
import { foldWord, hasDiacritics, lower, words } from './fold.ts';

/** One word of the query. */
export interface QueryTerm {
  /** Lowercase NFC, diacritics kept: "tế". */
  exact: string;
  /** Folded: "te". */
  folded: string;
  /** True when the visitor typed diacritics in this word, so an exact match ranks first. */
  diacritic: boolean;
}

/** A parsed query. */
export interface ParsedQuery {
  /** The query as typed, trimmed. */
  text: string;
  /** Its words, duplicates removed, in order. */
  terms: QueryTerm[];
  /** True when the whole query is in double quotes: the words must appear together, in order. */
  phrase: boolean;
  /** True when any term carries diacritics. */
  diacritic: boolean;
  /**
   * Folded word sequences a record must hold side by side: the whole query when quoted, and every
   * agency name the query contains ("sở y tế bắc kạn" → ["so", "y", "te"]).
   */
  runs: string[][];
}

/**
 * Reads a query: `Sở Y tế` → terms sở/so, y/y, tế/te; `"căn cước"` → a phrase. `phrases` are
 * folded names ("so y te", see `agencyPhrases`) that must match side by side when the query holds them.
 */
export function parseQuery(input: string, phrases: readonly string[] = []): ParsedQuery {
  const text = input.normalize('NFC').replace(/\s+/g, ' ').trim();
  const phrase = /^["“”].+["“”]$/.test(text);
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const w of words(text)) {
    const exact = lower(w);
    if (seen.has(exact)) continue;
    seen.add(exact);
    terms.push({ exact, folded: foldWord(w), diacritic: hasDiacritics(w) });
  }
  const folded = terms.map((t) => t.folded);
  const runs: string[][] = phrase && folded.length > 0 ? [folded] : [];
  const joined = ` ${folded.join(' ')} `;
  for (const p of phrases) {
    // Longest names first: "so y te" inside "so y te tinh" is not asked for twice.
    if (joined.includes(` ${p} `) && !runs.some((r) => ` ${r.join(' ')} `.includes(` ${p} `))) runs.push(p.split(' '));
  }
  return { text, terms, phrase, diacritic: terms.some((t) => t.diacritic), runs };
}

/** True when the query has no words (blank, or punctuation only): a filter-only search. */
export function isBlankQuery(q: ParsedQuery): boolean {
  return q.terms.length === 0;
}
