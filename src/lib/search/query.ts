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
}

/** Reads a query: `Sở Y tế` → terms sở/so, y/y, tế/te; `"căn cước"` → a phrase. */
export function parseQuery(input: string): ParsedQuery {
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
  return { text, terms, phrase, diacritic: terms.some((t) => t.diacritic) };
}

/** True when the query has no words (blank, or punctuation only): a filter-only search. */
export function isBlankQuery(q: ParsedQuery): boolean {
  return q.terms.length === 0;
}
