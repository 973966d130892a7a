import type { Deadline } from '../../schemas/deadline.ts';
import { maskDocumentReferences } from './documentReferences.ts';
import { scanText } from './scanText.ts';
import { readStages } from './stages.ts';
import { findTimeExpressions, type TimeExpression } from './timeExpressions.ts';

export { sameDeadline } from './sameDeadline.ts';
export { formatDeadline, formatViDate } from './formatDeadline.ts';

/** Continuous work: "thường xuyên" (OCR "thudong xuyén"), "liên tục", "các/những năm tiếp theo" (OCR "nhiing"), "hằng tháng", "định kỳ". */
const ONGOING = /\bth[a-z]{0,4}ng xuyen\b|\blien tuc\b|\b(?:cac|nh[a-z]{1,3}ng) nam tiep theo\b|\bh[a-z]{1,2}ng (?:nam|thang|quy|tuan|ngay)\b|\bdinh ky\b/;
/** Due when something happens: "Ngay sau khi …" (and the typo "Ngày sau khi …"), "Sau khi có hướng dẫn …", "khi có …". */
const EVENT = /\bsau khi\b|\bngay khi\b|\bkhi (?:co|duoc)\b/;
/** Words that open a start ("từ", OCR "tir"; "bắt đầu từ", "kể từ"), right before a time expression. */
const FROM_BEFORE = /(?:^|[^a-z])(?:tu|tir|tlr)\s+(?:ngay\s+)?$/;
/** Words joining two time expressions into one span: "từ tháng 4 đến tháng 6/2022", "Quý IV/2022 - Quý I/2023". */
const UNTIL_BETWEEN = /^\s*(?:-|den|toi)\s*(?:ngay\s+)?$/;
/** Words that make a dated reading a completion deadline even beside "thường xuyên": "hoàn thành", "trong", "trước". */
const DUE_BEFORE = /(?:^|[^a-z])(?:trong|truoc|hoan thanh|cham nhat|han)\s+(?:ngay\s+)?$/;

/** A leading label some callers may leave on: "- Thời gian hoàn thành:", OCR "Thot gian thuc hién:". */
const LABEL = /^\s*-?\s*th[a-z]{1,3}\s+gian(?:\s+(?:hoan thanh|th[a-z]{1,3}\s+hien))?\s*:\s*/;

/**
 * Reads a deadline as the document words it (with or without diacritics, OCR garbles tolerated)
 * into the `Deadline` union. `raw` is `text` trimmed. The single reader of deadline words:
 * `npm run check` compares every stored deadline with `parseDeadline(raw)`.
 *
 * Readings, in order (DESIGN §3):
 * - two or more dates each tied to a level ("cấp tỉnh từ ngày 01/6/2022; cấp huyện …") → `staged`
 *   (start = first stage, due = last);
 * - otherwise the FIRST time expression left once cited documents are masked decides — so in
 *   "Quý I/2023, đảm bảo thời hạn … tại Chỉ thị số 05/CT-TTg ngày 23/02/2023" the directive's
 *   date is ignored and the quarter wins;
 *   - a span with its own end ("từ năm 2026 đến năm 2030", "tháng 2 và 3 năm 2022") → `range`;
 *   - preceded by "từ"/"bắt đầu từ" and followed by "đến X" → `range` to X's end;
 *     preceded by "từ" alone → `ongoing` from its start ("Từ tháng 4/2022.");
 *   - beside "thường xuyên"/"các năm tiếp theo": `ongoing` from its start ("Năm 2022 và các
 *     năm tiếp theo") — unless introduced by "trong"/"trước"/"hoàn thành", which make it a
 *     completion deadline that tracking needs more than the "keep it up" part;
 *   - else its own kind: `date` (due only), `month`, `quarter`, `year`, `range`;
 * - no time expression: "thường xuyên" → `ongoing`; "sau khi …" → `event`; anything else
 *   ("Theo Thông tư của các Bộ, ngành.", "Theo lộ trình …", unreadable OCR) → `unspecified`.
 * A date without a year ("trước ngày 10/6") is not a time expression.
 */
export function parseDeadline(text: string): Deadline {
  const raw = text.trim();
  const nfc = raw.normalize('NFC');
  let scan = scanText(nfc);
  const label = LABEL.exec(scan);
  if (label !== null) scan = ' '.repeat(label[0].length) + scan.slice(label[0].length);
  scan = maskDocumentReferences(scan);
  const found = findTimeExpressions(scan);

  const dates = found.filter((e) => e.kind === 'date');
  const stages = readStages(nfc, scan, dates);
  if (stages !== null) {
    const first = stages[0];
    const last = stages[stages.length - 1];
    if (first !== undefined && last !== undefined) {
      return { kind: 'staged', raw, start: first.date, due: last.date, stages };
    }
  }

  const first = found[0];
  if (first === undefined) {
    if (ONGOING.test(scan)) return { kind: 'ongoing', raw };
    if (EVENT.test(scan)) return { kind: 'event', raw };
    return { kind: 'unspecified', raw };
  }

  const before = scan.slice(0, first.index);
  const second = found[1];
  if (second !== undefined && UNTIL_BETWEEN.test(scan.slice(first.end, second.index))) {
    return { kind: 'range', raw, start: first.start, due: second.due };
  }
  if (first.kind === 'range') return dated(raw, first); // "từ năm 2026 đến năm 2030" already has its end
  if (FROM_BEFORE.test(before)) return { kind: 'ongoing', raw, start: first.start };
  if (ONGOING.test(scan) && !DUE_BEFORE.test(before)) return { kind: 'ongoing', raw, start: first.start };
  return dated(raw, first);
}

function dated(raw: string, e: TimeExpression): Deadline {
  if (e.kind === 'date') return { kind: 'date', raw, due: e.due };
  return { kind: e.kind, raw, start: e.start, due: e.due };
}
