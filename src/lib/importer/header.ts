import type { Level } from '../../schemas/common.ts';
import { foldDiacritics } from '../text/vietnamese.ts';
import { foldKey, isBasisStart, parseLabel } from './labels.ts';
import type { Paragraph } from './types.ts';

/** What the header, preamble, decision and signature say about the plan. */
export interface PlanHeader {
  /** Index of the paragraph "KẾ HOẠCH" (−1 when the copy lost it). */
  planHeading: number;
  /** Index of the first Roman section. */
  body: number;
  number: string | null;
  numberLine: number | null;
  dateLine: string | null;
  dateLineNo: number | null;
  issuedOn: string | null;
  title: string | null;
  titleLine: number | null;
  basis: { text: string; line: number }[];
  decision: { number: string | null; title: string; articles: string[]; line: number } | null;
  signer: { name: string; title: string; line: number } | null;
  /** The issuing unit as the text names it: "UBND huyện Krông Nô" → type "huyện", name "Krông Nô". */
  issuerUnit: { type: string; level: Level; name: string; line: number } | null;
  period: { from: number; to: number; vision: number | null } | null;
  /** Paragraph indexes used by the header (so the report does not call them unplaced). */
  used: Set<number>;
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

function fold(s: string): string {
  return foldDiacritics(s.normalize('NFC')).toLowerCase();
}

/** The paragraph is the document-type word alone ("KẾ HOẠCH", "## **KẾ HOẠCH**", OCR "KE HOACH"). */
function isWord(p: Paragraph, word: string, ocr: boolean): boolean {
  return foldKey(p.text, ocr).replace(/[:.\s]+$/, '') === word;
}

/** Reads the plan's header facts from its paragraphs and raw lines. */
export function readHeader(paragraphs: Paragraph[], rawLines: string[], ocr: boolean): PlanHeader {
  const used = new Set<number>();
  const body = Math.max(0, paragraphs.findIndex((p) => parseLabel(p.text, ocr)?.kind === 'roman'));
  const bodyIdx = body === 0 && parseLabel(paragraphs[0]?.text ?? '', ocr)?.kind !== 'roman' ? paragraphs.length : body;
  const planHeading = paragraphs.findIndex((p, i) => i < bodyIdx && isWord(p, 'ke hoach', ocr));
  const decisionStart = paragraphs.findIndex((p, i) => i < (planHeading >= 0 ? planHeading : bodyIdx) && isWord(p, 'quyet dinh', ocr));
  const pre = paragraphs.slice(0, bodyIdx);

  // Number "Số: 208/KH-UBND": the plan's own (KH) wins over the decision's.
  let number: string | null = null;
  let numberLine: number | null = null;
  let decisionNumber: string | null = null;
  pre.forEach((p, i) => {
    const m = /(?:^|\s)S[ốo6]\s*:\s*(\d+[^\s,;]*\/[^\s,;]+)/i.exec(p.text);
    if (!m) return;
    used.add(i);
    const n = m[1]!.replace(/[.,;]+$/, '');
    if (decisionStart >= 0 && planHeading >= 0 && i < planHeading && /QĐ|QD/i.test(n)) decisionNumber = n;
    else if (number === null) [number, numberLine] = [n, p.line];
  });

  // Place-and-date line, verbatim from the source line (blank days keep their spaces).
  let dateLine: string | null = null;
  let dateLineNo: number | null = null;
  let issuedOn: string | null = null;
  const dateRe = /^[^,]{2,40},\s*ngay\s*(\d{1,2})?\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})/;
  const dateCandidates: number[] = [];
  pre.forEach((p, i) => {
    if (dateRe.test(foldKey(p.text, ocr))) dateCandidates.push(i);
  });
  const dateIdx = dateCandidates.find((i) => planHeading < 0 || i < planHeading && (decisionStart < 0 || i > decisionStart)) ?? dateCandidates[0];
  if (dateIdx !== undefined) {
    const p = paragraphs[dateIdx]!;
    used.add(dateIdx);
    const raw = rawLines[p.line - 1] ?? p.text;
    const rawTrim = raw.replace(/[*#_]/g, '').trim();
    const m = dateRe.exec(foldKey(rawTrim, ocr)) ?? dateRe.exec(foldKey(p.text, ocr))!;
    dateLine = foldKey(rawTrim, ocr).length > 0 && dateRe.test(foldKey(rawTrim, ocr)) ? rawTrim : p.text;
    dateLineNo = p.line;
    const [d, mo, y] = [m[1], Number(m[2]), Number(m[3])];
    if (mo >= 1 && mo <= 12) issuedOn = d ? `${y}-${String(mo).padStart(2, '0')}-${String(Number(d)).padStart(2, '0')}` : `${y}-${String(mo).padStart(2, '0')}`;
  }

  // Title: the paragraphs after "KẾ HOẠCH" up to the first basis line; without the heading, the first paragraph that is not header.
  let title: string | null = null;
  let titleLine: number | null = null;
  const titleStart = planHeading >= 0 ? planHeading + 1 : firstTitleCandidate(pre, used, ocr, decisionStart);
  if (planHeading >= 0) used.add(planHeading);
  if (titleStart >= 0 && titleStart < bodyIdx) {
    const parts: string[] = [];
    for (let i = titleStart; i < bodyIdx; i++) {
      const p = paragraphs[i]!;
      if (isBasisStart(p.text, ocr) || parts.length >= 2 || (parts.length > 0 && /[.:]$/.test(parts[parts.length - 1]!))) break;
      if (parts.length > 0 && !p.emphasised && !/^\p{Ll}/u.test(p.text) && p.mdHeading === null) break;
      parts.push(p.text);
      used.add(i);
      titleLine ??= p.line;
    }
    if (parts.length > 0) title = parts.join(' ');
  }

  // Basis: "Căn cứ …", "Thực hiện Quyết định số …", "Theo đề nghị …", each to the end of its first sentence.
  const basis: { text: string; line: number }[] = [];
  pre.forEach((p, i) => {
    if (!isBasisStart(p.text, ocr)) return;
    used.add(i);
    basis.push({ text: firstSentence(p.text), line: p.line });
  });

  // The issuing decision (Krông Nô): "QUYẾT ĐỊNH", "Về việc …", articles "Điều 1. …".
  let decision: PlanHeader['decision'] = null;
  if (decisionStart >= 0) {
    const end = planHeading >= 0 ? planHeading : bodyIdx;
    const titleIdx = paragraphs.findIndex((p, i) => i > decisionStart && i < end && /^ve viec\b/.test(foldKey(p.text, ocr)));
    const articles: string[] = [];
    let inArticles = false;
    for (let i = decisionStart + 1; i < end; i++) {
      const t = paragraphs[i]!.text;
      const k = foldKey(t, ocr);
      if (/^dieu \d+\s*[.:]/.test(k)) {
        articles.push(t);
        inArticles = true;
        used.add(i);
      } else if (inArticles && /^(noi nhan|kt\.|tm\.|chu tich)/.test(k)) break;
      else if (inArticles && articles.length > 0) {
        articles[articles.length - 1] += `\n${t}`;
        used.add(i);
      }
    }
    used.add(decisionStart);
    if (titleIdx >= 0) used.add(titleIdx);
    decision = { number: decisionNumber, title: titleIdx >= 0 ? paragraphs[titleIdx]!.text : paragraphs[decisionStart]!.text, articles, line: paragraphs[decisionStart]!.line };
  }

  const signer = readSigner(rawLines, ocr);
  const issuerUnit = readIssuerUnit(paragraphs, bodyIdx, ocr, title);
  const period = readPeriod([title ?? '', ...basis.map((b) => b.text), ...pre.map((p) => p.text)].join(' \n '), ocr);
  return { planHeading, body: bodyIdx, number, numberLine, dateLine, dateLineNo, issuedOn, title, titleLine, basis, decision, signer, issuerUnit, period, used };
}

function firstTitleCandidate(pre: Paragraph[], used: Set<number>, ocr: boolean, decisionStart: number): number {
  if (decisionStart >= 0) return -1;
  return pre.findIndex((p, i) => !used.has(i) && !isBasisStart(p.text, ocr) && p.text.length > 40 && !/^(cong hoa|doc lap|uy ban|ubnd)/.test(foldKey(p.text, ocr)));
}

/** The text up to the end of its first sentence (a period followed by a capital), or all of it. */
export function firstSentence(text: string): string {
  const m = /[.](?=\s+[\p{Lu}])/u.exec(text);
  return m ? text.slice(0, m.index + 1) : text;
}

const NAME_LIKE = /^(?:[\p{Lu}][\p{Ll}\p{M}]*\s+){1,4}[\p{Lu}][\p{Ll}\p{M}]*$/u;

/** The signer: the name under the last "CHỦ TỊCH" / "PHÓ CHỦ TỊCH" line, with "TM."/"KT." lines as its title. */
export function readSigner(rawLines: string[], ocr: boolean): { name: string; title: string; line: number } | null {
  const clean = rawLines.map((l) => l.replace(/[*#_]/g, '').trim());
  for (let i = clean.length - 1; i >= 0; i--) {
    const k = foldKey(clean[i]!, ocr);
    if (!/(^|\s)(pho )?chu tich$/.test(k) && !/^(tm|kt)\.\s/.test(k)) continue;
    // Title lines above and the name below.
    const titleParts: string[] = [];
    let j = i;
    while (j >= 0 && /^(tm\.|kt\.|(pho )?chu tich)/.test(foldKey(clean[j]!, ocr)) && titleParts.length < 3) {
      titleParts.unshift(clean[j]!);
      j--;
    }
    for (let n = i + 1; n < Math.min(clean.length, i + 40); n++) {
      const t = clean[n]!;
      if (t === '') continue;
      if (/^(pho )?chu tich$/.test(foldKey(t, ocr))) {
        titleParts.push(t);
        continue;
      }
      const name = nameIn(t);
      if (name) return { name, title: titleCase(titleParts), line: n + 1 };
    }
  }
  // OCR copies glue the name to another line: take a name-like fragment at the end of the document.
  for (let i = clean.length - 1; i >= Math.max(0, clean.length - 8); i--) {
    const frag = clean[i]!.split(/[—–-]{2,}|\s{3,}/).pop()?.trim() ?? '';
    const name = nameIn(frag);
    if (name) return { name, title: 'TM. Ủy ban nhân dân', line: i + 1 };
  }
  return null;
}

function nameIn(t: string): string | null {
  const s = t.replace(/[”"’'.,;:]+$/, '').trim();
  return NAME_LIKE.test(s) && s.split(/\s+/).length >= 2 ? s : null;
}

function titleCase(parts: string[]): string {
  const words = parts.map((p) => {
    const k = p.replace(/\s+/g, ' ').trim();
    const m = /^(TM\.|KT\.)\s*(.*)$/i.exec(k);
    const body = (m ? m[2]! : k).toLowerCase();
    const cased = body.replace(/(^|\s)(ủy|uỷ|uy) ban nhân dân/u, '$1Ủy ban nhân dân').replace(/^(phó )?chủ tịch/u, (s) => s.charAt(0).toUpperCase() + s.slice(1));
    return m ? `${m[1]!.toUpperCase()} ${cased.charAt(0).toUpperCase()}${cased.slice(1)}` : cased.charAt(0).toUpperCase() + cased.slice(1);
  });
  return words.join(', ') || 'Chủ tịch';
}

/** Finds which unit issued the plan: the header "ỦY BAN NHÂN DÂN HUYỆN …", the sentence "UBND tỉnh … xây dựng/ban hành Kế hoạch", or "trên địa bàn huyện …". */
function readIssuerUnit(paragraphs: Paragraph[], bodyIdx: number, ocr: boolean, title: string | null): PlanHeader['issuerUnit'] {
  const found: { unit: NonNullable<PlanHeader['issuerUnit']>; weight: number }[] = [];
  const scan = (text: string, line: number, inTitle: boolean): void => {
    const words = text.replace(/\s*\([^)]{1,12}\)\s*/g, ' ').split(/\s+/).filter(Boolean);
    const keys = words.map((w) => foldKey(w, ocr).replace(/[.,;:()“”"]+$/g, ''));
    const upper = text === text.toUpperCase();
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
        for (const w of words.slice(start + n, start + n + 4)) {
          const clean = w.replace(/[.,;:()“”"]+$/g, '');
          if (!/^[\p{Lu}]/u.test(clean)) break;
          if (nameWords.length > 0 && /^(cong|ke|xay|ban|ve|doc)$/.test(foldKey(clean, ocr))) break;
          nameWords.push(clean);
          if (clean !== w) break;
        }
        if (nameWords.length === 0) break;
        const after = keys.slice(start + n + nameWords.length, start + n + nameWords.length + 12).join(' ');
        const weight = inTitle ? 1 : upper ? 4 : /\b(xay dung|ban hanh)\b/.test(after) ? 3 : 2;
        const name = nameWords.map((w) => (w === w.toUpperCase() ? w.charAt(0) + w.slice(1).toLowerCase() : w)).join(' ');
        found.push({ unit: { type, level, name, line }, weight });
        break;
      }
    }
  };
  paragraphs.slice(0, bodyIdx).forEach((p) => scan(p.text, p.line, false));
  if (title) scan(title, 0, true);
  found.sort((a, b) => b.weight - a.weight);
  return found[0]?.unit ?? null;
}

/** "giai đoạn 2022 - 2025, tầm nhìn đến năm 2030" → { from: 2022, to: 2025, vision: 2030 }. */
export function readPeriod(text: string, ocr: boolean): { from: number; to: number; vision: number | null } | null {
  void ocr;
  const k = fold(text).replace(/\s+/g, ' ');
  const m = /giai do\S{0,2}n\s*(?:tu\s*)?(?:n\S{1,2}m\s*)?(\d{4})\s*(?:-|den)\s*(?:n\S{1,2}m\s*)?(\d{4})/.exec(k);
  if (!m) return null;
  const v = /t\S{0,2}m nh\S{0,2}n\s*(?:d\S{0,2}n\s*)?(?:n\S{1,2}m\s*)?(\d{4})/.exec(k.slice(m.index));
  return { from: Number(m[1]), to: Number(m[2]), vision: v ? Number(v[1]) : null };
}
