import { foldDiacritics } from '../text/vietnamese.ts';
import { repairWords } from './ocrRepair.ts';

/** A word of an assignment text with where it stands in the original string. */
export interface Token {
  /** The folded word; a run of level words ("huyện", "thị xã, thành phố") is the one key `LEVEL`. */
  key: string;
  start: number;
  end: number;
  /** True when a comma, semicolon or "và" stands right before this word. */
  breakBefore: boolean;
  /** True when that separator was "và" (a word that also joins the parts of one name). */
  andBefore: boolean;
}

/** The key every level word gets, so that "Công an tỉnh" and "Công an xã" are the same name. */
export const LEVEL = '<cap>';

const WORD = /[\p{L}\p{N}&]+(?:[-'’/][\p{L}\p{N}&]+)*|[,;]/gu;

/** Level words, folded; two-word ones are joined with a space. */
const LEVEL_WORDS = new Set(['tinh', 'huyen', 'xa', 'phuong', 'quan', 'thi tran', 'thi xa', 'thanh pho', 'dac khu']);
/** Words after which a level word is part of another name: "xã hội", "Huyện ủy", "Tỉnh đoàn". */
const NOT_LEVEL_AFTER = new Set(['hoi', 'uy', 'doan']);

/** Lowercase without diacritics, đ as d. */
export function foldWord(w: string): string {
  return foldDiacritics(w.normalize('NFC')).toLowerCase();
}

/**
 * The words of an agency text, folded (and, on OCR text, read as the nearest `vocabulary` word).
 * Commas, semicolons and "và" are not words but mark a break before the next word. Level words
 * are one key, and a list of them ("các huyện, thị xã, thành phố") is one key too: a kind of body
 * is the same at every level, as the catalogue's ids are.
 */
export function tokenize(text: string, vocabulary: ReadonlySet<string> | null): Token[] {
  const raw: Token[] = [];
  let pendingBreak = false;
  let pendingAnd = false;
  for (const m of text.matchAll(WORD)) {
    if (m[0] === ',' || m[0] === ';') {
      pendingBreak = true;
      continue;
    }
    let key = foldWord(m[0]);
    if (vocabulary) key = repairWords(key, vocabulary);
    if (key === 'va') {
      pendingBreak = true;
      pendingAnd = true;
      continue;
    }
    raw.push({ key, start: m.index, end: m.index + m[0].length, breakBefore: pendingBreak, andBefore: pendingAnd });
    pendingBreak = false;
    pendingAnd = false;
  }
  return collapseLevels(raw);
}

function collapseLevels(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const two = i + 1 < tokens.length && !tokens[i + 1]!.breakBefore ? `${t.key} ${tokens[i + 1]!.key}` : '';
    const width = LEVEL_WORDS.has(two) ? 2 : LEVEL_WORDS.has(t.key) ? 1 : 0;
    const next = tokens[i + width];
    if (width === 0 || (next !== undefined && !next.breakBefore && NOT_LEVEL_AFTER.has(next.key))) {
      out.push(t);
      continue;
    }
    const end = tokens[i + width - 1]!.end;
    const prev = out[out.length - 1];
    // A level right after another level, across a comma or "và": one list of levels.
    if (prev !== undefined && prev.key === LEVEL) prev.end = end;
    else out.push({ ...t, key: LEVEL, end });
    i += width - 1;
  }
  return out;
}
