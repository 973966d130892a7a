import type { Level } from '../../schemas/common.ts';
import { foldKeepingLength, normalizeForMatch } from '../text/vietnamese.ts';
import { foldKey } from './labels.ts';
import type { Paragraph } from './types.ts';

/** The issuing unit as the text names it: "UBND huyện Krông Nô" → type "huyện", name "Krông Nô". */
export interface IssuerUnit {
  type: string;
  level: Level;
  name: string;
  /** Source line where it was read (0 for the title). */
  line: number;
}

const TYPE_WORDS: [RegExp, string, Level][] = [
  [/^thanh pho truc thuoc trung uong$/, 'thành phố', 'province'],
  [/^tinh$/, 'tỉnh', 'province'],
  [/^huyen$/, 'huyện', 'district'],
  [/^quan$/, 'quận', 'district'],
  [/^thi xa$/, 'thị xã', 'district'],
  [/^thanh pho$/, 'thành phố', 'district'],
  [/^thi tran$/, 'thị trấn', 'commune'],
  [/^phuong$/, 'phường', 'commune'],
  [/^xa$/, 'xã', 'commune'],
  [/^dac khu$/, 'đặc khu', 'commune'],
];

/** Two words that start what follows a unit's name rather than continue it. */
const NOT_NAME = /^(cong hoa|ke hoach|xay dung|ban hanh|ve viec|doc lap|quyet dinh|so) /;

/** The national motto of the header's right column. */
const MOTTO = /cong hoa xa hoi chu nghia viet nam|doc lap\s*-\s*tu do\s*-\s*hanh phuc/g;
/** Where the masthead ends: the number, the place-and-date line, the document-type heading. */
const MASTHEAD_END = /^(s[o6]\s*:|ke hoach\b|quyet dinh\b)|^[^,]{2,40},\s*ngay\b/;

/** True for a line of the masthead: it carries the national motto ("CỘNG HÒA XÃ HỘI …", "Độc lập - Tự do - Hạnh phúc"). */
export function isMastheadLine(text: string): boolean {
  return new RegExp(MOTTO.source).test(foldKeepingLength(text.normalize('NFC')));
}

/**
 * The issuing body's name from the masthead: the lines above the number and date, with the
 * national motto taken out. A PDF or OCR copy puts both header columns on one line
 * ("ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "XÃ PHỦ THÔNG   Độc lập - Tự do -
 * Hạnh phúc"), so the left column is what remains: "ỦY BAN NHÂN DÂN XÃ PHỦ THÔNG".
 */
export function mastheadText(paragraphs: Paragraph[], bodyIdx: number, ocr: boolean): string {
  const parts: string[] = [];
  for (const p of paragraphs.slice(0, bodyIdx)) {
    if (MASTHEAD_END.test(foldKey(p.text, ocr))) break;
    const folded = foldKeepingLength(p.text);
    let text = p.text;
    for (const m of [...folded.matchAll(MOTTO)].reverse()) text = text.slice(0, m.index) + ' '.repeat(m[0].length) + text.slice(m.index + m[0].length);
    const left = text.replace(/\s+/g, ' ').trim();
    if (left) parts.push(left);
  }
  return parts.join(' ');
}

/**
 * Finds which unit issued the plan: the masthead "ỦY BAN NHÂN DÂN HUYỆN …" (weight 4), the sentence
 * "UBND tỉnh … xây dựng/ban hành Kế hoạch" (3), any other "UBND <type> <Name>" of the preamble (2),
 * or "trên địa bàn huyện …" in the title (1).
 */
export function readIssuerUnit(paragraphs: Paragraph[], bodyIdx: number, ocr: boolean, title: string | null): IssuerUnit | null {
  const found: { unit: IssuerUnit; weight: number }[] = [];
  const scan = (text: string, line: number, inTitle: boolean, masthead = false): void => {
    const words = text
      .replace(/\s*\([^)]{1,12}\)\s*/g, ' ')
      .split(/\s+/)
      .filter(Boolean);
    const keys = words.map((w) => foldKey(w, ocr).replace(/[.,;:()“”"]+$/g, ''));
    // Without OCR repair, which reads "xay" as the structural word "xa".
    const plain = words.map((w) => normalizeForMatch(w).replace(/[.,;:()“”"]+$/g, ''));
    const upper = masthead || text === text.toUpperCase();
    for (let i = 0; i < words.length; i++) {
      let start = -1;
      if (keys[i] === 'ubnd') start = i + 1;
      else if (keys.slice(i, i + 4).join(' ') === 'uy ban nhan dan') start = i + 4;
      else if (inTitle && keys.slice(i, i + 3).join(' ') === 'tren dia ban') start = i + 3;
      if (start < 0) continue;
      for (const [re, type, level] of TYPE_WORDS) {
        const n = type.split(' ').length + (re.source.includes('truc thuoc') ? 3 : 0);
        if (!re.test(keys.slice(start, start + n).join(' '))) continue;
        const nameWords: string[] = [];
        for (let j = start + n; j < Math.min(words.length, start + n + 4); j++) {
          const w = words[j]!;
          const clean = w.replace(/[.,;:()“”"]+$/g, '');
          if (!/^[\p{Lu}]/u.test(clean)) break;
          // A capitalised heading that follows the name ("… KRÔNG NÔ CỘNG HÒA …", "… Ban hành"), not a word of it ("ĐIỆN BÀN").
          if (nameWords.length > 0 && NOT_NAME.test(`${plain[j]} ${plain[j + 1] ?? ''}`)) break;
          nameWords.push(clean);
          if (clean !== w) break;
        }
        if (nameWords.length === 0) break;
        const after = plain.slice(start + n + nameWords.length, start + n + nameWords.length + 12).join(' ');
        const weight = inTitle ? 1 : upper ? 4 : /\b(xay dung|ban hanh)\b/.test(after) ? 3 : 2;
        const name = nameWords.map((w) => (w === w.toUpperCase() ? w.charAt(0) + w.slice(1).toLowerCase() : w)).join(' ');
        found.push({ unit: { type, level, name, line }, weight });
        break;
      }
    }
  };
  const masthead = mastheadText(paragraphs, bodyIdx, ocr);
  if (masthead) scan(masthead, paragraphs[0]?.line ?? 1, false, true);
  paragraphs.slice(0, bodyIdx).forEach((p) => scan(p.text, p.line, false));
  if (title) scan(title, 0, true);
  found.sort((a, b) => b.weight - a.weight);
  return found[0]?.unit ?? null;
}
