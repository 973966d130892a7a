import { foldKey } from './labels.ts';

/** A phase label of the targets ("Trong năm 2022", "Giai đoạn 2023 - 2025", "Năm 2023 và những năm tiếp theo"). */
export interface PhaseLabel {
  raw: string;
  from: number;
  to: number | null;
  /** Text after the label on the same line ("- Năm 2022: Bảo đảm …"), verbatim. */
  rest: string;
}

/** Words a phase label may open with, folded. */
const OPENING = /^(trong|giai doan|nam|tu nam|den nam|den het|den cuoi|(6|sau) thang|nua nam|quy)\b/;

/**
 * A whole phase label, folded: an optional "trong"/"đến (hết, cuối)"/"từ", an optional part of a
 * year ("6 tháng đầu", "6 tháng cuối", "nửa đầu", "quý II", "Quý II/"), then "(giai đoạn) (năm) 2023", a span
 * "2023 - 2025" or "2023 đến năm 2025", or "… và những năm tiếp theo".
 */
const PHASE = new RegExp(
  [
    String.raw`^(?:(?:trong|den het|den cuoi|den|tu|ke tu)\s+)?`,
    String.raw`(?:(?:6|sau) thang (?:dau|cuoi)(?: cua)?\s+|nua (?:dau|cuoi)\s+|quy [ivx1-4]{1,4}(?: cua)?(?:\s+|\s*\/\s*))?`,
    String.raw`(?:giai doan\s+)?(?:tu\s+)?(?:nam\s+)?(\d{4})`,
    String.raw`(?:\s*(?:-|den)\s*(?:nam\s+)?(\d{4}))?`,
    String.raw`(\s+(?:va|tro di)\s+(?:nhung|cac)\s+nam\s+tiep\s+theo)?\s*[.:]?$`,
  ].join(''),
);

/**
 * Reads a phase label at the start of a paragraph, with or without a bullet, colon and text after
 * it: "- Trong năm 2022:", "Giai đoạn 2023 - 2025", "Năm 2023 và những năm tiếp theo" (to null),
 * "- Trong 6 tháng đầu năm 2024:", "- Đến hết năm 2024: Hoàn thành …" (rest "Hoàn thành …").
 */
export function parsePhase(text: string, ocr: boolean): PhaseLabel | null {
  const body = text.replace(/^[-–—+•*]\s*/, '');
  const colon = body.indexOf(':');
  const head = colon >= 0 ? body.slice(0, colon) : body;
  if (head.length > 60) return null;
  const key = foldKey(head, ocr).replace(/\s+/g, ' ').trim();
  if (!OPENING.test(key)) return null;
  const m = PHASE.exec(key);
  if (!m) return null;
  const from = Number(m[1]);
  const to = m[3] ? null : m[2] ? Number(m[2]) : from;
  return { raw: head.trim().replace(/[.:]$/, ''), from, to, rest: colon >= 0 ? body.slice(colon + 1).trim() : '' };
}
