import { foldDiacritics } from '../text/vietnamese.ts';
import type { SourceForm } from './types.ts';

/** Letters only Vietnamese uses (outside Latin-1): ă đ ĩ ũ ơ ư and the dotted/hooked vowels ạ…ỹ. */
const VIETNAMESE_ONLY = /[ăâđĩũơưĂÂĐĨŨƠƯ\u1EA0-\u1EF9]/;

/** Common Vietnamese syllables, folded: their presence tells that a text without marks is Vietnamese. */
const COMMON_FOLDED = new Set(['cua', 'va', 'thuc', 'hien', 'cac', 'dan', 'cu', 'du', 'lieu', 'tren', 'trien', 'khai', 'voi', 'cong', 'theo']);

/** Figures behind the decision, for the report. */
export interface FormEvidence {
  form: SourceForm;
  /** Share of words written with a letter only Vietnamese uses (ư, ơ, ạ, đ…); ≈ 0.4 in typed text. */
  vietnameseLetterShare: number;
  /** Share of non-blank lines followed by a blank line. */
  blankAfterLineShare: number;
  /** Median length of non-blank lines. */
  medianLineLength: number;
  /** True when the text carries Markdown marks (`#`, `**`). */
  markdown: boolean;
}

/**
 * Recognises the form a plan's text came in:
 * `ocr` when it is Vietnamese whose diacritics were lost (few words carry ư/ơ/ạ/đ… yet common syllables are there);
 * `pdf-text` when lines are hard-wrapped with a blank line after nearly every line and no Markdown;
 * `text` otherwise (typed or Markdown-like text with paragraphs on one line).
 */
export function detectForm(text: string): FormEvidence {
  const words = text.split(/[^\p{L}\p{N}]+/u).filter((w) => /\p{L}/u.test(w));
  const withVietnamese = words.filter((w) => VIETNAMESE_ONLY.test(w)).length;
  const common = words.filter((w) => COMMON_FOLDED.has(foldDiacritics(w).toLowerCase())).length;
  const vietnameseLetterShare = words.length === 0 ? 0 : withVietnamese / words.length;

  const lines = text.split(/\r\n|\r|\n/);
  const nonBlank: number[] = [];
  let followedByBlank = 0;
  lines.forEach((l, i) => {
    if (l.trim() === '') return;
    nonBlank.push(l.trim().length);
    if (i + 1 < lines.length && lines[i + 1]!.trim() === '') followedByBlank++;
  });
  const sorted = [...nonBlank].sort((a, b) => a - b);
  const medianLineLength = sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)]!;
  const blankAfterLineShare = nonBlank.length === 0 ? 0 : followedByBlank / nonBlank.length;
  const markdown = /^\s{0,3}#{1,6}\s|\*\*[^*\n]+\*\*/m.test(text);

  let form: SourceForm = 'text';
  if (words.length > 50 && common / words.length > 0.05 && vietnameseLetterShare < 0.15) form = 'ocr';
  else if (!markdown && blankAfterLineShare > 0.6 && medianLineLength < 110) form = 'pdf-text';
  return { form, vietnameseLetterShare, blankAfterLineShare, medianLineLength, markdown };
}
