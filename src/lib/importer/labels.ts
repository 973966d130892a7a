import { normalizeForMatch } from '../text/vietnamese.ts';
import { repairWords, vocabularyOf } from './ocrRepair.ts';

/** The label that opens a structural item, as printed. */
export interface ItemLabel {
  kind: 'roman' | 'number' | 'letter' | 'bullet';
  /** The label as printed without its punctuation: "III", "2.2.1", "đ", "3", "-". */
  printed: string;
  /** "." or ")" after a number or letter; "" when none. */
  style: string;
  /** The text after the label. */
  rest: string;
  /** When the label is only an OCR guess (e.g. "¢)" or "IL"), what it most likely stands for. */
  ocrReading?: string;
}

/** Vietnamese lettering for list items: no f, j, w, z; đ comes after d. */
export const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

/** Characters OCR prints for a list letter: ¢ and © for c, @ for a or g, 1 | for i or l. */
const OCR_LETTER: Record<string, string[]> = { '¢': ['c'], '©': ['c'], '@': ['g', 'a'], '1': ['i', 'l'], '|': ['i', 'l'], '0': ['o'] };

/** Words of labels, headings and phase names, folded: OCR words near them are read as them. */
export const STRUCTURE_VOCABULARY = vocabularyOf([
  'cơ quan bộ phận đơn vị thực hiện chủ trì phối hợp với thời gian hạn hoàn thành tiến độ và',
  'trong năm giai đoạn những các tiếp theo đến từ tháng quý ngày',
  'căn cứ quyết định kế hoạch nghị quyết chỉ thị công văn số theo đề nghị',
  'mục tiêu cụ thể tổng quát nhiệm vụ giải pháp phân công tổ chức kinh phí yêu cầu đích lộ trình',
  'tầm nhìn giai đoạn nhóm tiện ích phục vụ trên địa bàn ủy ban nhân dân tỉnh huyện xã thị trấn phường',
  'phụ lục kèm theo bảng phân công sản phẩm',
]);

/** Folded text (no marks, lowercase); on OCR text, words near structural words are read as them. */
export function foldKey(text: string, ocr: boolean): string {
  const k = normalizeForMatch(text);
  return ocr ? repairWords(k, STRUCTURE_VOCABULARY) : k;
}

/** Reads the item label a paragraph opens with, if any. */
export function parseLabel(text: string, ocr: boolean): ItemLabel | null {
  let m = /^([IVXL]{1,6})\s*([.)])\s*(?=\S)/.exec(text);
  if (m) return { kind: 'roman', printed: m[1]!, style: m[2]!, rest: text.slice(m[0].length) };
  if (ocr) {
    m = /^([IVXLl1|]{2,5}|[IVXL])[.,]?\s*(?=[A-ZĐ]{2})/.exec(text);
    if (m && isMostlyUpper(text)) {
      return { kind: 'roman', printed: m[1]!, style: '.', rest: text.slice(m[0].length), ocrReading: m[1]!.replace(/[Ll1|]/g, 'I') };
    }
  }
  m = /^(\d{1,2}(?:\.\d{1,2})*)(\.|\))?\s*(?=[\p{L}(“"'])/u.exec(text);
  if (m && (m[2] !== undefined || m[1]!.includes('.'))) {
    return { kind: 'number', printed: m[1]!, style: m[2] ?? '', rest: text.slice(m[0].length) };
  }
  m = /^([a-zđ])\s*([.)])\s*(?=\S)/.exec(text);
  if (m && !/^[a-zđ]\.[a-zđ]\./i.test(text)) return { kind: 'letter', printed: m[1]!, style: m[2]!, rest: text.slice(m[0].length) };
  if (ocr) {
    m = /^([¢©@|])\s*([.)]?)\s*(?=\S)/.exec(text);
    if (m) return { kind: 'letter', printed: m[1]!, style: m[2] || ')', rest: text.slice(m[0].length), ocrReading: OCR_LETTER[m[1]!]![0]! };
  }
  m = /^([-–—+•·*])\s*(?=\S)/.exec(text);
  if (m) {
    const c = m[1] === '–' || m[1] === '—' ? '-' : m[1] === '·' ? '•' : m[1]!;
    return { kind: 'bullet', printed: c, style: '', rest: text.slice(m[0].length) };
  }
  return null;
}

/** The letters an OCR-misread label may stand for ("1)" → i or l), for sequence checks. */
export function ocrLetterReadings(printed: string): string[] {
  return OCR_LETTER[printed] ?? [];
}

function isMostlyUpper(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '');
  return letters.length > 0 && upper.length / letters.length > 0.7;
}

/** A field line of a task: who does it or by when. */
export interface FieldLine {
  kind: 'agency' | 'deadline';
  /** For agency fields: whether the label names the lead ("Cơ quan chủ trì"), the support ("Cơ quan phối hợp") or both ("Cơ quan thực hiện"). */
  role: 'all' | 'lead' | 'support';
  /** The label as printed, e.g. "Cơ quan thực hiện". */
  label: string;
  /** The words after the colon, verbatim. */
  value: string;
}

/** "Cơ quan thực hiện:", "Bộ phận thực hiện:", "Cơ quan, đơn vị chủ trì:", "Đơn vị phối hợp:", "Trách nhiệm thực hiện:" (folded). */
const AGENCY_FIELD =
  /^(?:(?:cac )?(?:co quan|b[a-z0-9]{0,2} ?phan|don vi)(?:\s*,\s*(?:co quan|don vi))?|trach nhiem|phan cong)\s+(thuc hien|chu tri|phoi hop)(?:\s+(?:thuc hien|va phoi hop|trien khai))?\s*:/;
const ROLE_FIELD = /^(chu tri|phoi hop|chu tri thuc hien|phoi hop thuc hien)\s*:/;
const DEADLINE_FIELD = /^(?:thoi gian|thoi han|tien do|thoi diem)\b[^:]{0,45}:/;

/** Reads a field line ("- Cơ quan thực hiện: …", "Thời gian hoàn thành: …", OCR "B6 phan thuc hién: …"). */
export function parseField(text: string, ocr: boolean): FieldLine | null {
  const body = text.replace(/^[-–—+•*]\s*/, '');
  const colon = body.indexOf(':');
  if (colon < 0 || colon > 60) return null;
  const key = foldKey(body.slice(0, colon + 1), ocr);
  const label = body.slice(0, colon).trim();
  const value = body.slice(colon + 1).trim();
  let m = AGENCY_FIELD.exec(key);
  if (m) return { kind: 'agency', role: m[1] === 'chu tri' ? 'lead' : m[1] === 'phoi hop' ? 'support' : 'all', label, value };
  m = ROLE_FIELD.exec(key);
  if (m) return { kind: 'agency', role: m[1]!.startsWith('chu tri') ? 'lead' : 'support', label, value };
  if (DEADLINE_FIELD.test(key)) return { kind: 'deadline', role: 'all', label, value };
  return null;
}

/** Starts a basis line: "Căn cứ …", "Thực hiện Quyết định số …", "Theo đề nghị …". */
export function isBasisStart(text: string, ocr: boolean): boolean {
  const k = foldKey(text.slice(0, 80), ocr);
  return (
    /^(can cu|theo de nghi)\b/.test(k) ||
    /^thuc hien (quyet dinh|ke hoach|nghi quyet|chi thi|cong van|thong bao|van ban|huong dan|chuong trinh)\b[^.]{0,40}\bso\b/.test(k)
  );
}

/**
 * True when a line opens a new paragraph by its form alone: an item label, a field, a phase,
 * a basis line, a decision's article, the recipients or signature block.
 */
export function isStructuralStart(text: string, ocr: boolean): boolean {
  if (parseLabel(text, ocr) !== null) return true;
  if (parseField(text, ocr) !== null) return true;
  if (isBasisStart(text, ocr)) return true;
  const k = foldKey(text.slice(0, 40), ocr);
  return /^(dieu \d+\s*[.:]|noi nhan|kt\.|tm\.|quyet dinh\s*:|so\s*:)/.test(k);
}
