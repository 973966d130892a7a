import { foldKeepingLength } from '../text/vietnamese.ts';

/** A figure found in a target's text. */
export interface FoundNumber {
  /** The number, parsed from Vietnamese notation ("300.000" → 300000). */
  value: number;
  /** The number as printed: "300.000". */
  raw: string;
  /** The unit as the document words it ("%", "tài khoản", "hồ sơ"), or null when none follows. */
  unit: string | null;
  /** Where `raw` starts in the (NFC) text. */
  index: number;
}

/** A number as printed: thousands groups with ".", decimals with ","; not glued to letters, "/", "-" or other digits. */
const NUMBER = /(?<![\p{L}\d.,/-])(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?(?![\p{L}\d/]|[.,-]\d)/gu;

/**
 * Words after which a number is a reference, a date part, a level or a year, not a quantity:
 * "ngày 06", "tháng 3", "năm 2022", "Quý 2", "số 5", "mức độ 4" (an online-service level), "Đề án 06",
 * "Điều 2", "giai đoạn 2022", "đến 2030", "Chỉ thị 05".
 */
const NOT_A_QUANTITY_AFTER =
  /(?:^|[^a-z])(?:ngay|thang|nam|quy|so|muc do|de an|dieu|khoan|diem|phu luc|giai doan|chi thi|quyet dinh|nghi quyet|nghi dinh|ke hoach|thong tu|cong van|luat|tu nam|den nam|den|phien|lan thu|khoa|cap do)\s*$/;

/** Units of one word; any other unit is read as two words ("tài khoản", "thủ tục", "hồ sơ"). */
const ONE_WORD_UNITS = new Set([
  'nguoi',
  'ho',
  'luot',
  'xa',
  'the',
  'nhom',
  'cap',
  'ngay',
  'thang',
  'nam',
  'gio',
  'phut',
  'lan',
  'truong',
  'ban',
  'cai',
  'chiec',
  'diem',
  'so',
  'tinh',
  'huyen',
  'phuong',
  'xe',
  'trieu',
  'nghin',
  'ngan',
  'ty',
  'van',
  'khau',
  'buoc',
  'tuan',
  'quy',
  'chi',
  'muc',
  'loai',
  'tru',
  'co',
  'don',
  'benh',
  'nganh',
  'ca',
]);
/** Multipliers that precede the real unit: "1,5 triệu tài khoản" keeps value 1.5 and unit "triệu tài khoản". */
const MULTIPLIERS = new Set(['trieu', 'nghin', 'ngan', 'ty', 'van']);
/** Two-word units whose first word is also a one-word unit above. */
const TWO_WORD_UNITS = new Set(['co so', 'co quan', 'don vi', 'benh vien', 'tru cot', 'nganh nghe', 'ho so', 'ho gia', 'the can']);

/**
 * Every quantity in a target's text, in order, with the unit that follows it: "%" when the sign
 * follows (with or without a space), otherwise the first words of the noun phrase — one word for
 * counters such as "người", "hộ", "xã", two for the rest ("tài khoản", "thủ tục", "hồ sơ"); a
 * multiplier ("triệu", "nghìn") keeps its unit: "1,5 triệu tài khoản" → 1.5, "triệu tài khoản".
 *
 * Ignored, because they are not the target's figure (the checker verifies that a stored `value`
 * appears here, the importer drafts `value`/`unit` from the first result):
 * - document numbers and dates: anything glued to "/" or "-" ("06/QĐ-TTg", "06/01/2022",
 *   "137/2015/NĐ-CP", "24/7"), and numbers after "số", "ngày", "tháng", "năm", "Quý",
 *   "Chỉ thị", "Quyết định"… ("Quyết định số 06", "năm 2022", "giai đoạn 2022 - 2025");
 * - "mức độ 4" (a service level), "Đề án 06" (a name), "Điều 2";
 * - an identifier's length in parentheses: "(9 số)", "(12 số)";
 * - a list number at the very start: "1. …", "2) …";
 * - years: either end of "2022 - 2025", and a bare 4-digit number from 1945 to 2100 with no unit.
 */
export function findNumbers(text: string): FoundNumber[] {
  const nfc = text.normalize('NFC');
  const folded = foldKeepingLength(nfc);
  const out: FoundNumber[] = [];
  for (const m of nfc.matchAll(NUMBER)) {
    const raw = m[0];
    const index = m.index;
    const end = index + raw.length;
    // NUMBER only matches valid notation, so this is parseVietnameseNumber without the check.
    const value = Number(raw.replace(/\./g, '').replace(',', '.'));
    const before = folded.slice(Math.max(0, index - 30), index);
    const after = folded.slice(end);
    if (NOT_A_QUANTITY_AFTER.test(before)) continue;
    if (/^\s*-\s*\d{4}\b/.test(after) || /\d{4}\s*-\s*$/.test(before)) continue;
    if (/\(\s*$/.test(before) && /^\s*so\s*\)/.test(after)) continue;
    if (/^\s*$/.test(folded.slice(0, index).replace(/[-+*•]/g, '')) && /^[.)]\s/.test(after)) continue;
    const unit = unitAfter(nfc, folded, end);
    if (unit === null && /^\d{4}$/.test(raw) && value >= 1945 && value <= 2100) continue;
    out.push({ value, raw, unit, index });
  }
  return out;
}

/** The unit right after a number ending at `end`, in the document's own spelling. */
function unitAfter(nfc: string, folded: string, end: number): string | null {
  if (/^\s?%/.test(folded.slice(end))) return '%';
  const spans: Array<{ word: string; start: number; end: number }> = [];
  let pos = end;
  while (spans.length < 4) {
    const m = /^([ \t]*)([a-z]+)/.exec(folded.slice(pos));
    if (m === null || (spans.length === 0 && m[1] === '')) break;
    const start = pos + (m[1]?.length ?? 0);
    pos = start + (m[2]?.length ?? 0);
    spans.push({ word: m[2] ?? '', start, end: pos });
  }
  const first = spans[0];
  if (first === undefined) return null;
  const take = MULTIPLIERS.has(first.word) ? 1 + unitLength(spans.slice(1)) : unitLength(spans);
  const last = spans[take - 1] ?? first;
  return nfc.slice(first.start, last.end);
}

/** How many of the next words make the unit: 1 for a counter word, else 2 (when there are two). */
function unitLength(spans: Array<{ word: string }>): number {
  const [a, b] = spans;
  if (a === undefined) return 0;
  if (b !== undefined && TWO_WORD_UNITS.has(`${a.word} ${b.word}`)) return 2;
  if (ONE_WORD_UNITS.has(a.word) || b === undefined) return 1;
  return 2;
}
