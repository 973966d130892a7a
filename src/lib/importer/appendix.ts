import { foldKey } from './labels.ts';
import type { Paragraph } from './types.ts';

/**
 * True when a paragraph is an appendix heading standing on its own: "PHỤ LỤC", "## Phụ lục I",
 * "PHỤ LỤC 2: PHÂN CÔNG NHIỆM VỤ". A reference in running text ("(Phụ lục II: Danh mục …)",
 * "… tại Phụ lục kèm theo") is not one.
 */
export function isAppendixHeading(p: Paragraph, ocr: boolean): boolean {
  const k = foldKey(p.text, ocr);
  if (!/^phu luc(\s+(so\s+)?([ivxl]+|\d+))?\s*([:.-]|$)/.test(k) || p.text.length > 160) return false;
  const letters = p.text.replace(/[^\p{L}]/gu, '');
  return p.mdHeading !== null || p.emphasised || letters === letters.toUpperCase();
}
