import type { PageMark, Paragraph } from './types.ts';
import { isStructuralStart } from './labels.ts';
import { isPipeRow } from './pipeTable.ts';
import { runningHeaderLines } from './runningHeaders.ts';

/** A source line with Markdown marks removed and what they said about it. */
interface CleanLine {
  n: number;
  text: string;
  mdHeading: number | null;
  emphasised: boolean;
}

/** Lines that are only a page number: "2", "- 2 -", "Trang 2". */
const PAGE_NUMBER = /^(?:-\s*)?(?:trang\s+)?\d{1,3}(?:\s*\/\s*\d{1,3})?(?:\s*-)?$/i;

/** A Markdown thematic break ("---", "***"): a layout mark, kept aside like a page number. */
const THEMATIC_BREAK = /^(?:-{3,}|\*{3,}|_{3,})$/;
/** The path of the clerk's file printed in a footer ("C:\\Users\\Admin\\…\\KH 2023.docx"): not the plan's text. */
export const FILE_PATH = /^(?:[A-Za-z]:\\|\\\\|\/(?:home|Users)\/)\S.*\.(?:docx?|pdf|odt|rtf|txt)$/i;

/** Ends a sentence or a clause that can end a paragraph. */
const TERMINAL = /[.:;!?…]["”’»)\]*]*$/;

/** Removes Markdown heading marks, emphasis and escapes from one line, remembering what they meant. */
export function cleanMarkdownLine(raw: string): { text: string; mdHeading: number | null; emphasised: boolean } {
  let text = raw.replace(/\s+$/, '');
  let mdHeading: number | null = null;
  const h = /^\s{0,3}(#{1,6})\s+/.exec(text);
  if (h) {
    mdHeading = h[1]!.length;
    text = text.slice(h[0].length);
  }
  const trimmed = text.trim();
  const emphasised = /^[*_]{1,3}\S/.test(trimmed) && /\S[*_]{1,3}$/.test(trimmed) && trimmed.replace(/^[*_]+|[*_]+$/g, '').length > 0;
  text = text.replace(/\*{1,3}/g, '').replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, '$1');
  return { text: text.trim().replace(/\s+/g, ' '), mdHeading, emphasised };
}

function isUpper(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}

/**
 * Joins hard-wrapped lines into paragraphs. A line continues the previous one unless it starts a
 * new structural item (a label, a field such as "Cơ quan thực hiện:", a phase, a basis line, a
 * Markdown heading), or the previous line ended a sentence and this one starts with a capital, or
 * either of them is a heading (emphasised, all capitals). A Markdown table row is always a
 * paragraph of its own. Blank lines are ignored because PDF text puts one after every line. Lines
 * holding only a page number, a running header or footer, or a "---" break are set apart as
 * `PageMark`s.
 */
export function normaliseLines(text: string, ocr: boolean): { paragraphs: Paragraph[]; pageMarks: PageMark[] } {
  const rawLines = text.split(/\r\n|\r|\n/);
  const lines: CleanLine[] = rawLines.map((raw, i) => ({ n: i + 1, ...cleanMarkdownLine(raw) }));
  const paragraphs: Paragraph[] = [];
  const pageMarks: PageMark[] = [];
  let cur: Paragraph | null = null;
  let curUpper = false;
  let curLastLine = '';
  const wrapWidth = typicalLineLength(lines);
  const running = runningHeaderLines(rawLines, (t) => PAGE_NUMBER.test(t));
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.text === '' || /^[”"’'\s]+$/.test(l.text)) continue;
    if (PAGE_NUMBER.test(l.text) || THEMATIC_BREAK.test(rawLines[i]!.trim()) || running.has(l.n) || FILE_PATH.test(l.text)) {
      pageMarks.push({ line: l.n, text: l.text });
      continue;
    }
    const upper = isUpper(l.text);
    const startsLower = /^[\p{Ll}]/u.test(l.text) || /^[(“"]?\p{Ll}/u.test(l.text);
    const row = isPipeRow(l.text);
    const structural = row || l.mdHeading !== null || l.emphasised || isStructuralStart(l.text, ocr);
    // A table row is a paragraph of its own, and nothing runs on from it.
    let join = cur !== null && !structural && cur.mdHeading === null && !cur.emphasised && !isPipeRow(cur.text);
    if (join && cur) {
      if (upper !== curUpper && !startsLower) join = false;
      else if (upper && curUpper) join = true;
      else if (curLastLine.length < 0.6 * wrapWidth && !startsLower) join = false;
      else if (TERMINAL.test(cur.text) && !startsLower) join = false;
      else if (isStandalone(cur.text, ocr) && !startsLower) join = false;
    }
    if (join && cur) {
      cur.text = `${cur.text} ${l.text}`;
      cur.endLine = l.n;
      curLastLine = l.text;
    } else {
      curLastLine = l.text;
      cur = { text: l.text, line: l.n, endLine: l.n, mdHeading: l.mdHeading, emphasised: l.emphasised };
      curUpper = upper;
      paragraphs.push(cur);
    }
  }
  return { paragraphs, pageMarks };
}

/** The length hard-wrapped lines run to: the 80th percentile of non-blank line lengths. */
function typicalLineLength(lines: CleanLine[]): number {
  const lengths = lines
    .map((l) => l.text.length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  return lengths.length === 0 ? 0 : lengths[Math.floor(lengths.length * 0.8)]!;
}

/** Lines after which a new paragraph always starts: header lines, title words, signature lines. */
function isStandalone(text: string, ocr: boolean): boolean {
  void ocr;
  return /^(Số|So|S6)\s*:/i.test(text) || /ngày\s.*tháng\s.*năm\s+\d{4}\s*$/i.test(text) || /^Độc lập\s*-/i.test(text);
}
