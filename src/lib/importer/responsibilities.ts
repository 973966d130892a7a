import type { ReportingDuty, Responsibility } from '../../schemas/plan.ts';
import { parseReportingSchedule } from '../reporting/parseSchedule.ts';
import { foldDiacritics } from '../text/vietnamese.ts';
import { matchAgencies, type AgencyIndex } from './agencyRoles.ts';
import { foldKey } from './labels.ts';
import { descendants, type OutlineNode } from './outline.ts';

/** Responsibilities, reporting duties and budget, with the nodes they were read from. */
export interface DutyReading {
  responsibilities: Responsibility[];
  reporting: ReportingDuty[];
  budget: string | null;
  placed: Set<OutlineNode>;
  /** Items headed by bodies the catalogue lacks ("Tỉnh Đoàn, Hội Liên hiệp Phụ nữ tỉnh"): not dropped silently, reported. */
  unmatched: { line: number; heading: string; names: string[] }[];
}

/** The paragraph as printed in the document, label included. */
function printed(n: OutlineNode): string {
  return n.para.text;
}

/**
 * Reads "Phân công nhiệm vụ" / "Tổ chức thực hiện": each numbered item headed by agency names
 * becomes a responsibility (its paragraphs verbatim); sentences that tell someone to report
 * ("Trước ngày 15 hằng tháng, báo cáo … về UBND tỉnh") become reporting duties; the "Kinh phí"
 * section becomes the budget text.
 */
export function readDuties(root: OutlineNode, agencies: AgencyIndex, ocr: boolean): DutyReading {
  const placed = new Set<OutlineNode>();
  const responsibilities: Responsibility[] = [];
  const reporting: ReportingDuty[] = [];
  let budget: string | null = null;
  const unmatched: DutyReading['unmatched'] = [];
  for (const roman of root.children.filter((n) => n.kind === 'roman')) {
    const k = foldKey(roman.text, ocr).replace(/\s+/g, '');
    if (k.includes('kinhphi')) {
      const parts = descendants(roman).map(printed);
      if (parts.length > 0) budget = parts.join('\n');
      for (const d of descendants(roman)) placed.add(d);
      placed.add(roman);
      continue;
    }
    if (!(k.includes('phancong') || k.includes('tochucthuchien') || k.includes('trachnhiem'))) continue;
    for (const item of roman.children.filter((c) => c.kind === 'number')) {
      // "2. Kinh phí thực hiện Kế hoạch do ngân sách …" inside "Tổ chức thực hiện" is the budget.
      if (budget === null && /^kinh phi\b/.test(foldKey(item.label?.rest ?? item.text, ocr))) {
        budget = [item.label?.rest ?? item.text, ...descendants(item).map(printed)].join('\n');
        continue;
      }
      const colon = item.text.indexOf(':');
      const heading = (colon > 0 && colon < 80 ? item.text.slice(0, colon) : item.text).trim();
      if (heading.length > 120) continue;
      const found = matchAgencies(heading.replace(/^(Đề nghị|De nghi)\s+/i, ''), agencies, ocr);
      if (found.ids.length === 0) {
        if (found.unknown.length > 0) unmatched.push({ line: item.para.line, heading, names: found.unknown });
        continue;
      }
      const inline = colon > 0 && colon < 80 ? item.text.slice(colon + 1).trim() : '';
      const body = [inline, ...descendants(item).map(printed)].filter((t) => t.length > 0);
      if (body.length === 0) continue;
      responsibilities.push({ agencies: found.ids, heading, text: body.join('\n') });
      placed.add(item);
      for (const d of descendants(item)) placed.add(d);
    }
    for (const n of [roman, ...descendants(roman)]) {
      // Sentences, and clauses after a semicolon: "… gửi về Tổ Công tác trước ngày 15/3/2023; thực hiện nghiêm chế độ báo cáo tháng …" are two duties.
      for (const sentence of n.para.text.split(/(?<=[.;])\s+(?=\p{Lu})|(?<=;)\s+/u)) {
        const duty = readReportingDuty(sentence, n, agencies, ocr);
        if (duty) reporting.push(duty);
      }
    }
  }
  return { responsibilities, reporting, budget, placed, unmatched };
}

const FREQUENCIES: [RegExp, ReportingDuty['frequency']][] = [
  [/h[a-z]ng thang|dinh ky.*thang|moi thang/, 'monthly'],
  [/h[a-z]ng quy|moi quy/, 'quarterly'],
  [/6 thang|sau thang/, 'half-yearly'],
  [/h[a-z]ng nam|moi nam/, 'yearly'],
  [/dot xuat|theo yeu cau/, 'on-request'],
  [/truoc ngay \d{1,2}\/\d{1,2}\/\d{4}/, 'once'],
];

/** A reporting duty in one sentence, or null when the sentence does not ask anyone to report. */
export function readReportingDuty(sentence: string, node: OutlineNode, agencies: AgencyIndex, ocr: boolean): ReportingDuty | null {
  const text = sentence.replace(/^(\d+\.|[a-zđ][.)]|[-+])\s*/, '').trim();
  const k = foldDiacritics(text).toLowerCase();
  if (!/bao cao/.test(k)) return null;
  const freq = FREQUENCIES.find(([re]) => re.test(k));
  if (!freq) return null;
  // A recurring day ("trước ngày 15 hàng tháng") says when better than the first date of the sentence.
  const whenMatch =
    /truoc ngay \d{1,2} h[a-z]ng (thang|quy|nam)/.exec(k) ?? /(truoc ngay[^,.;]*|dinh ky[^,.;]*|h[a-z]ng (thang|quy|nam)|truoc ngay \d+[^,.;]*)/.exec(k);
  const when = whenMatch && k.length === text.length ? text.slice(whenMatch.index, whenMatch.index + whenMatch[0].length).trim() : null;
  const at = k.indexOf('bao cao');
  const to = matchAgencies(text.slice(at), agencies, ocr).ids;
  const heading = node.parent?.kind === 'number' ? node.parent.text : node.kind === 'number' ? node.text : '';
  const fromHeading = heading ? matchAgencies(heading.split(':')[0]!, agencies, ocr).ids : [];
  const from = fromHeading.length > 0 ? fromHeading : matchAgencies(text.slice(0, at), agencies, ocr).ids;
  const whenText = when && when.length > 0 ? when : null;
  // The checker compares a stored schedule with this same reading, so the draft passes it as written.
  return { text, from, to, frequency: freq[1], when: whenText, schedule: parseReportingSchedule(whenText) };
}
