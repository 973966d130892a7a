import { foldDiacritics } from '../text/vietnamese.ts';

/** The years a plan covers and its vision year. */
export interface PlanPeriod {
  from: number;
  to: number;
  vision: number | null;
}

const SPAN = /giai do\S{0,2}n\s*(?:tu\s*)?(?:n\S{1,2}m\s*)?(\d{4})\s*(?:-|den)\s*(?:n\S{1,2}m\s*)?(\d{4})/;
/** "tầm nhìn đến năm 2030" right after a span (OCR "tam nhin dén nim 2030"). */
const VISION = /^[\s,;)”"]*(?:va\s+)?(?:,\s*)?t\S{0,2}m nh\S{0,2}n\s*(?:d\S{0,2}n\s*)?(?:n\S{1,2}m\s*)?(\d{4})/;
/** A title ending in its own year: "… trên địa bàn tỉnh Hà Tĩnh năm 2024". */
const YEAR_AT_END = /(?:^|[^a-z])(?<!den |nhin |tu )n\S{1,2}m\s+(\d{4})\s*[.”"]?$/;
/** A year of its own anywhere in a title: "… quốc gia năm 2023 trên địa bàn tỉnh Quảng Nam" (not "đến năm", "từ năm"). */
const YEAR_IN_TITLE = /(?:^|[^a-z])(?<!den |nhin |tu |sau |truoc )n\S{1,2}m\s+(\d{4})(?!\s*(?:-|den)\s*(?:n\S{1,2}m\s*)?\d{4})/;

function fold(s: string): string {
  return foldDiacritics(s.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ');
}

/** A span "giai đoạn X - Y" in `text` with the vision that follows it in the same clause. */
function spanIn(text: string): PlanPeriod | null {
  const k = fold(text);
  const m = SPAN.exec(k);
  if (!m) return null;
  const v = VISION.exec(k.slice(m.index + m[0].length));
  return { from: Number(m[1]), to: Number(m[2]), vision: v ? Number(v[1]) : null };
}

/**
 * The period a plan covers, read from its title first: "giai đoạn 2022 - 2025, tầm nhìn đến năm
 * 2030" → { 2022, 2025, 2030 }; a title that ends with its own year ("… năm 2024") is a yearly
 * plan → { 2024, 2024, null }, whatever period the programme it cites has. Otherwise the first
 * span of the preamble; a title with no span but its own year ("… năm 2023 trên địa bàn tỉnh
 * Quảng Nam") is a yearly plan too. A vision counts only when it follows its span ("giai đoạn 2023 - 2025"
 * has none even when a cited decision's "tầm nhìn đến năm 2030" comes later).
 */
export function readPeriod(title: string, preamble: string): PlanPeriod | null {
  const year = YEAR_AT_END.exec(fold(title).trim());
  if (year) return { from: Number(year[1]), to: Number(year[1]), vision: null };
  const span = spanIn(title);
  if (span) return span;
  const own = YEAR_IN_TITLE.exec(fold(title));
  if (own) return { from: Number(own[1]), to: Number(own[1]), vision: null };
  return spanIn(preamble);
}
