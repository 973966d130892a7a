import { readIssuerUnit, type IssuerUnit } from './issuerUnit.ts';
import { foldKey, isBasisStart, parseLabel } from './labels.ts';
import { readPeriod, type PlanPeriod } from './period.ts';
import { readSigner, type Signer } from './signer.ts';
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
  signer: Signer | null;
  /** The issuing unit as the text names it: "UBND huyện Krông Nô" → type "huyện", name "Krông Nô". */
  issuerUnit: IssuerUnit | null;
  period: PlanPeriod | null;
  /** Paragraph indexes used by the header (so the report does not call them unplaced). */
  used: Set<number>;
}

/** The paragraph is the document-type word alone ("KẾ HOẠCH", "## **KẾ HOẠCH**", OCR "KE HOACH"). */
function isWord(p: Paragraph, word: string, ocr: boolean): boolean {
  return foldKey(p.text, ocr).replace(/[:.\s]+$/, '') === word;
}

/** Reads the plan's header facts from its paragraphs and raw lines. */
export function readHeader(paragraphs: Paragraph[], rawLines: string[], ocr: boolean): PlanHeader {
  const used = new Set<number>();
  const body = Math.max(
    0,
    paragraphs.findIndex((p) => parseLabel(p.text, ocr)?.kind === 'roman'),
  );
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
  const dateIdx = dateCandidates.find((i) => planHeading < 0 || (i < planHeading && (decisionStart < 0 || i > decisionStart))) ?? dateCandidates[0];
  if (dateIdx !== undefined) {
    const p = paragraphs[dateIdx]!;
    used.add(dateIdx);
    const raw = rawLines[p.line - 1] ?? p.text;
    const rawTrim = raw.replace(/[*#_]/g, '').trim();
    const m = dateRe.exec(foldKey(rawTrim, ocr)) ?? dateRe.exec(foldKey(p.text, ocr))!;
    dateLine = foldKey(rawTrim, ocr).length > 0 && dateRe.test(foldKey(rawTrim, ocr)) ? rawTrim : p.text;
    // Two header columns on one line: "Số: 86/KH-UBND        Đại Lộc, ngày 14 …" — the number is not part of the date line.
    dateLine = dateLine.replace(/^S[ốoô6]\s*:\s*\S+\s+/iu, '');
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
    decision = {
      number: decisionNumber,
      title: titleIdx >= 0 ? paragraphs[titleIdx]!.text : paragraphs[decisionStart]!.text,
      articles,
      line: paragraphs[decisionStart]!.line,
    };
  }

  const signer = readSigner(rawLines, ocr);
  const issuerUnit = readIssuerUnit(paragraphs, bodyIdx, ocr, title);
  const period = readPeriod(title ?? '', [...basis.map((b) => b.text), ...pre.map((p) => p.text)].join(' \n '));
  return {
    planHeading,
    body: bodyIdx,
    number,
    numberLine,
    dateLine,
    dateLineNo,
    issuedOn,
    title,
    titleLine,
    basis,
    decision,
    signer,
    issuerUnit,
    period,
    used,
  };
}

function firstTitleCandidate(pre: Paragraph[], used: Set<number>, ocr: boolean, decisionStart: number): number {
  if (decisionStart >= 0) return -1;
  return pre.findIndex(
    (p, i) => !used.has(i) && !isBasisStart(p.text, ocr) && p.text.length > 40 && !/^(cong hoa|doc lap|uy ban|ubnd)/.test(foldKey(p.text, ocr)),
  );
}

/** The text up to the end of its first sentence (a period followed by a capital), or all of it. */
export function firstSentence(text: string): string {
  const m = /[.](?=\s+[\p{Lu}])/u.exec(text);
  return m ? text.slice(0, m.index + 1) : text;
}
