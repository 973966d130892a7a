import { foldKey } from './labels.ts';
import { cleanMarkdownLine } from './normaliseLines.ts';

/** What kind of administrative document a text is, from the type word its header stands on. */
export type DocumentKind = { plan: true; reason: null } | { plan: false; reason: string };

/** Type words that stand alone on a header line, folded, with the refusal each earns when no "KẾ HOẠCH" follows. */
const NOT_A_PLAN: [RegExp, string][] = [
  [/^muc luc$/, 'là mục lục, không phải văn bản kế hoạch'],
  [/^chi thi$/, 'là chỉ thị, không phải kế hoạch'],
  [/^cong dien$/, 'là công điện, không phải kế hoạch'],
  [/^thong bao$/, 'là thông báo, không phải kế hoạch'],
  [/^bao cao$/, 'là báo cáo, không phải kế hoạch'],
  [/^quyet dinh$/, 'là quyết định không kèm kế hoạch (không có phần "KẾ HOẠCH")'],
];

/**
 * Tells a plan from other documents by the type words of its header (the first 80 non-blank lines): a
 * "KẾ HOẠCH" heading (alone, or after the issuing "QUYẾT ĐỊNH") makes it a plan, even a copy that
 * stops after its preamble; a directive, notice, report, table of contents or a decision with no
 * plan attached is refused with the reason. A text with no type word at all is left to the
 * structural test (`null`).
 */
export function documentKind(text: string, ocr: boolean): DocumentKind | null {
  // Source lines, not paragraphs: a header's upper-case lines may have been joined into one paragraph.
  const lines = text
    .split(/\r\n|\r|\n/, 2000)
    .map((l) => cleanMarkdownLine(l).text.trim())
    .filter((l) => l !== '');
  const heads = lines.slice(0, 80).map((l) => foldKey(l, ocr).replace(/[:.\s]+$/, ''));
  if (heads.some((k) => k === 'ke hoach')) return { plan: true, reason: null };
  // A table of contents lists headings with page numbers ("I. MỤC ĐÍCH ........ 3").
  const dotted = lines.slice(0, 200).filter((l) => /(?:\.{4,}|…{2,})\s*\d{1,3}$/.test(l)).length;
  if (dotted >= 5) return { plan: false, reason: 'là mục lục (các dòng kết thúc bằng số trang), không phải văn bản kế hoạch' };
  for (const [re, reason] of NOT_A_PLAN) if (heads.some((k) => re.test(k))) return { plan: false, reason };
  return null;
}
