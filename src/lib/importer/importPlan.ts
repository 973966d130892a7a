import { stringify } from 'yaml';
import type { PlanFrontmatter } from '../../schemas/plan.ts';
import type { Programme } from '../../schemas/programme.ts';
import { normalizeForMatch } from '../text/vietnamese.ts';
import { buildAgencyIndex } from './agencyRoles.ts';
import { isAssignmentTable, readTableTasks } from './assignmentTable.ts';
import { detectForm } from './detectForm.ts';
import { documentKind } from './documentKind.ts';
import { readHeader } from './header.ts';
import { foldKey } from './labels.ts';
import { renderBody } from './mdxBody.ts';
import { normaliseLines } from './normaliseLines.ts';
import { readPipeTables } from './pipeTable.ts';
import { buildOutline, descendants } from './outline.ts';
import { isMastheadLine } from './issuerUnit.ts';
import { planId as makePlanId, resolveRegion } from './regionResolver.ts';
import { formatReport, summarise, type ImportReport } from './report.ts';
import { readDuties } from './responsibilities.ts';
import { LOW_CONFIDENCE, restoreDiacritics, type DiacriticModel } from './restoreDiacritics.ts';
import { readTargets } from './targets.ts';
import { readTasks, taskSectionsOf } from './tasks.ts';
import type { AgencyProposal, Catalogue, Doubt, Unplaced } from './types.ts';

/** Options of one import. */
export interface ImportOptions {
  /** The source file's name, stored in `source.file`. */
  fileName: string;
  /** The plan id to use instead of the one derived from issuer and year. */
  id?: string;
  /** Today's date (YYYY-MM-DD) for `addedOn`. */
  addedOn: string;
  /** Plan ids already in use, so a second plan of a unit and year gets "-2". */
  takenIds?: ReadonlySet<string>;
  /** The published plans' word model: when given, an OCR copy that lost its diacritics gets them back in the draft. */
  diacritics?: DiacriticModel;
  /** How the document was read (PDF, OCR, Word) and the pages that could not be read. */
  read?: { via: string; pages: number | null; unread: { page: number; why: string }[] };
}

/** How each way of reading is named to the editor. */
const READ_VIA: Record<string, string> = {
  'pdf-text': 'lớp chữ của tệp PDF (pdftotext)',
  ocr: 'OCR (Tesseract, mô hình tiếng Việt)',
  'pdf-text+ocr': 'lớp chữ của tệp PDF, các trang ảnh bằng OCR (Tesseract, mô hình tiếng Việt)',
  docx: 'tệp Word .docx (đoạn văn và bảng)',
};

/** A successful import: the draft's files (name → content) and the report. */
export interface ImportDraft {
  ok: true;
  planId: string;
  files: Record<string, string>;
  report: ImportReport;
  /** `formatReport` of the report for a given output folder. */
  reportText: (outDir: string) => string;
}

/** Region id written when the unit cannot be resolved: a person must pick it. */
export const UNKNOWN_REGION = 'can-chon-don-vi';

/**
 * Drafts a plan's content from its text: header facts, tasks, targets, responsibilities and the
 * full text as MDX, with a report of every doubt. Refuses (ok: false) a text that is not a plan:
 * no "Kế hoạch" and no tasks or targets structure.
 */
export function importPlan(text: string, catalogue: Catalogue, options: ImportOptions): ImportDraft | { ok: false; error: string } {
  const evidence = detectForm(text);
  const ocr = evidence.form === 'ocr';
  const doubts: Doubt[] = [];
  const { paragraphs, pageMarks } = normaliseLines(text, ocr);
  const root = buildOutline(paragraphs, ocr, doubts);
  const all = descendants(root);
  const hasFields = all.some((n) => n.field !== null);
  const hasRoman = root.children.some((n) => n.kind === 'roman');
  const mentionsPlan = /\bke\s*hoach\b/.test(foldKey(text.slice(0, 200_000), ocr));
  const kind = documentKind(text, ocr);
  if (kind && !kind.plan) return { ok: false, error: `không phải văn bản kế hoạch: văn bản ${kind.reason}` };
  if (!mentionsPlan && !hasFields) return { ok: false, error: 'không phải văn bản kế hoạch: không có chữ "Kế hoạch" và không có cấu trúc nhiệm vụ/chỉ tiêu' };
  if (!kind?.plan && !hasRoman && !hasFields && all.filter((n) => n.kind === 'number').length < 2) {
    return { ok: false, error: 'không phải văn bản kế hoạch: không thấy mục La Mã, mục đánh số hay trường "Cơ quan thực hiện"/"Thời gian"' };
  }

  const rawLines = text.split(/\r\n|\r|\n/);
  const header = readHeader(paragraphs, rawLines, ocr);
  const period = header.period ?? {
    from: Number(header.issuedOn?.slice(0, 4) ?? new Date().getFullYear()),
    to: Number(header.issuedOn?.slice(0, 4) ?? new Date().getFullYear()),
    vision: null,
  };
  if (!header.period)
    doubts.push({
      line: header.titleLine,
      subject: 'period',
      message: 'không đọc được giai đoạn ("giai đoạn 2022 - 2025"); tạm lấy năm ban hành, cần người xem',
    });
  for (const u of options.read?.unread ?? [])
    doubts.push({
      line: null,
      subject: `trang-${u.page}`,
      message: `không đọc được trang ${u.page}: ${u.why}; nội dung trang này thiếu trong bản nháp`,
      blocking: true,
    });
  const readNote =
    options.read && READ_VIA[options.read.via]
      ? `Đọc từ ${READ_VIA[options.read.via]}${options.read.unread.length > 0 ? `; không đọc được trang ${options.read.unread.map((u) => u.page).join(', ')}` : ''}.`
      : null;
  if (ocr)
    doubts.push({
      line: null,
      subject: 'source',
      message: `văn bản OCR đã mất dấu tiếng Việt (chỉ ${(evidence.vietnameseLetterShare * 100).toFixed(0)}% từ có chữ ư/ơ/ạ/đ…): người biên tập phải khôi phục dấu cho toàn bộ nội dung rồi đặt source.restored: true`,
    });

  // Programme: the decision it cites, else the period it covers.
  const programme = pickProgramme(catalogue.programmes, text, period.from);

  // Issuer, level, region and plan id.
  const unit = header.issuerUnit;
  const date = header.issuedOn ? (header.issuedOn.length === 7 ? `${header.issuedOn}-01` : header.issuedOn) : `${period.from}-01-01`;
  const region = unit
    ? resolveRegion(unit, date, text, catalogue.regions, ocr)
    : { region: null, problem: 'không tìm thấy cơ quan ban hành ("UBND tỉnh/huyện/xã …")' };
  if (region.problem)
    doubts.push({
      line: unit?.line ?? null,
      subject: 'region',
      message: `${region.problem}; ghi region "${UNKNOWN_REGION}", cần người chọn`,
      blocking: region.region === null,
    });
  const level = region.region?.level ?? unit?.level ?? 'province';
  const unitName = region.region?.name ?? unit?.name ?? 'khong-ro';
  const unitType = region.region?.type ?? unit?.type ?? 'tinh';
  // A yearly plan ("… năm 2023") is known by its year, whenever it was signed; otherwise by its issue year.
  const yearly = header.period !== null && period.from === period.to;
  const year = yearly || !header.issuedOn ? period.from : Number(header.issuedOn.slice(0, 4));
  const id = options.id ?? makePlanId(unitType === 'thành phố trực thuộc trung ương' ? 'thanh-pho' : unitType, unitName, year, options.takenIds);
  if (!header.issuedOn)
    doubts.push({ line: null, subject: 'issuedOn', message: 'văn bản không ghi ngày ban hành; issuedOn để null, năm trong mã kế hoạch lấy theo giai đoạn' });
  if (!header.number) doubts.push({ line: null, subject: 'number', message: 'văn bản không ghi số ("Số: …/KH-UBND"); number để null' });
  if (!header.signer) doubts.push({ line: null, subject: 'signer', message: 'không tìm thấy người ký; signer để null' });

  const index = buildAgencyIndex(catalogue.agencies);
  const proposals = new Map<string, AgencyProposal>();
  const tables = readPipeTables(paragraphs).filter(isAssignmentTable);
  const bodyTasks = readTasks(root, programme, index, level, ocr, doubts, proposals, tables.length > 0);
  const tableTasks = readTableTasks(tables, programme, { agencies: index, level, ocr, doubts, proposals }, new Set(bodyTasks.tasks.map((t) => t.id)));
  const taskReading = { ...bodyTasks, sections: [...bodyTasks.sections, ...tableTasks.sections], tasks: [...bodyTasks.tasks, ...tableTasks.tasks] };
  const targetReading = readTargets(root, programme, catalogue.metrics, ocr, doubts);
  if (taskReading.tasks.length === 0 && targetReading.targets.length === 0) {
    doubts.push({
      line: null,
      subject: 'tasks',
      message: 'không tìm thấy nhiệm vụ hay chỉ tiêu nào: bản sao có thể chỉ có phần đầu (tên, căn cứ) của kế hoạch; cần bản đầy đủ',
      blocking: true,
    });
  }
  const duties = readDuties(root, index, ocr);
  for (const u of duties.unmatched) {
    doubts.push({
      line: u.line,
      subject: 'trach-nhiem',
      message: `mục phân công "${u.heading}" nêu cơ quan chưa có trong danh mục (${u.names.map((n) => `"${n}"`).join(', ')}): chưa thành trách nhiệm nào; thêm cơ quan vào content/agencies rồi nhập lại`,
      blocking: true,
    });
  }

  // Text that no field took: in the tasks and targets sections, and unrecognised header lines.
  const unplaced: Unplaced[] = [];
  for (const s of taskSectionsOf(root, ocr)) {
    for (const n of descendants(s)) {
      if (taskReading.placed.has(n)) continue;
      const why =
        tables.length > 0 ? 'giải pháp chung trong mục nhiệm vụ (nhiệm vụ cụ thể lấy từ bảng phân công)' : 'đoạn trong mục nhiệm vụ không thuộc nhiệm vụ nào';
      unplaced.push({ line: n.para.line, text: n.para.text, why });
    }
  }
  const targetsNode = all.find((n) => targetReading.placed.has(n));
  if (targetsNode) {
    for (const n of descendants(targetsNode))
      if (!targetReading.placed.has(n)) unplaced.push({ line: n.para.line, text: n.para.text, why: 'đoạn trong mục tiêu cụ thể không thành chỉ tiêu' });
  }
  for (const m of pageMarks)
    unplaced.push({ line: m.line, text: m.text, why: 'số trang, dòng đầu/chân trang lặp lại hoặc dấu ngắt trang (giữ dưới dạng chú thích trong MDX)' });
  const firstRoman = header.body;
  paragraphs.slice(0, firstRoman < 0 ? 0 : firstRoman).forEach((p, i) => {
    if (header.used.has(i)) return;
    const k = foldKey(p.text, ocr);
    if (
      /^(cong hoa|doc lap|noi nhan|tm\.|kt\.|chu tich|pho chu tich|quyet dinh:?)$|^(uy ban nhan dan|ubnd)/.test(k) ||
      isMastheadLine(p.text) ||
      header.decision
    )
      return;
    unplaced.push({ line: p.line, text: p.text, why: 'đoạn ở phần đầu văn bản không nhận ra' });
  });

  const issuerName = region.region
    ? `Ủy ban nhân dân ${unitType === 'thành phố trực thuộc trung ương' ? 'thành phố' : unitType} ${region.region.name}`
    : unit
      ? `Ủy ban nhân dân ${unit.type} ${unit.name}`
      : 'Ủy ban nhân dân';
  const title = header.title ? `Kế hoạch ${header.title}` : 'Kế hoạch';
  if (!header.title) doubts.push({ line: null, subject: 'title', message: 'không tìm thấy tên kế hoạch; cần người điền' });
  const basis = header.basis.map((b) => b.text);
  const frontmatter: PlanFrontmatter = {
    title,
    level,
    region: region.region?.id ?? UNKNOWN_REGION,
    programme: programme.id,
    number: header.number,
    issuedOn: header.issuedOn,
    issuer: issuerName,
    period,
    dateLine: header.dateLine,
    basis,
    signer: header.signer ? { name: header.signer.name, title: header.signer.title } : null,
    issuingDecision: header.decision ? { number: header.decision.number, title: header.decision.title, articles: header.decision.articles } : null,
    summary: `Kế hoạch của ${issuerName} triển khai ${programme.name} ${period.from === period.to ? `năm ${period.from}` : `giai đoạn ${period.from} - ${period.to}`}${period.vision ? `, tầm nhìn đến năm ${period.vision}` : ''}: ${taskReading.tasks.length} nhiệm vụ, ${targetReading.targets.length} chỉ tiêu.`,
    responsibilities: duties.responsibilities,
    reporting: duties.reporting,
    budget: duties.budget,
    source: {
      file: options.fileName,
      kind: evidence.form,
      restored: false,
      ...(ocr || readNote
        ? { note: [readNote, ocr ? 'Bản OCR đã mất dấu tiếng Việt; nội dung nháp chưa được khôi phục dấu.' : null].filter(Boolean).join(' ') }
        : {}),
    },
    addedOn: options.addedOn,
  };
  let body = renderBody(root, pageMarks);
  const restoration = ocr && options.diacritics ? restoreDraft(text, options.diacritics, frontmatter, taskReading.tasks, targetReading.targets, doubts) : null;
  if (restoration) body = restoration(body);
  const proposalList = [...proposals.values()];
  const files: Record<string, string> = {
    'plan.mdx': `---\n${stringify(frontmatter, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}---\n\n${body}`,
    'tasks.json': `${JSON.stringify({ sections: taskReading.sections, tasks: taskReading.tasks }, null, 2)}\n`,
    'targets.json': `${JSON.stringify({ targets: targetReading.targets }, null, 2)}\n`,
  };
  if (proposalList.length > 0)
    files['agencies.proposed.json'] = `${JSON.stringify(
      proposalList.map(({ lines, phrases, ...p }) => ({ ...p, seenOnLines: lines, seenInPhrases: phrases })),
      null,
      2,
    )}\n`;
  const report = summarise(id, evidence.form, taskReading.sections.length, taskReading.tasks, targetReading.targets, proposalList, doubts, unplaced);
  return { ok: true, planId: id, files, report, reportText: (outDir) => formatReport(report, outDir) };
}

function pickProgramme(programmes: Programme[], text: string, from: number): Programme {
  const k = normalizeForMatch(text);
  const cited = programmes.filter((p) => k.includes(normalizeForMatch(p.decision.number)));
  const byPeriod = (ps: Programme[]): Programme | undefined => ps.find((p) => p.period.from <= from && from <= p.period.to) ?? ps[0];
  const chosen = byPeriod(cited.length > 0 ? cited.filter((p) => p.period.from <= from && from <= p.period.to).concat(cited) : programmes);
  if (!chosen) throw new Error('content/programmes is empty');
  return chosen;
}

/**
 * Gives an OCR copy's draft its diacritics back from the corpus model (`restoreDiacritics`): task,
 * target and title texts in place, the MDX body through the returned function. Every word restored
 * with a confidence under LOW_CONFIDENCE becomes a doubt on its source line, and the source note
 * says the marks are the model's, to be checked before `restored: true` is set.
 */
function restoreDraft(
  text: string,
  model: DiacriticModel,
  fm: PlanFrontmatter,
  tasks: { text: string; assignee: string | null }[],
  targets: { text: string }[],
  doubts: Doubt[],
): (s: string) => string {
  const fix = (s: string): string => restoreDiacritics(s, model).text;
  const whole = restoreDiacritics(text, model);
  const byLine = new Map<number, string[]>();
  for (const w of whole.words) {
    if (w.confidence >= LOW_CONFIDENCE || (w.input === w.output && w.how === 'model')) continue;
    const list = byLine.get(w.line) ?? [];
    list.push(w.how === 'unknown' ? `"${w.input}" (không có trong kho từ)` : `"${w.input}" → "${w.output}" (${w.confidence.toFixed(2)})`);
    byLine.set(w.line, list);
  }
  for (const [line, words] of byLine) doubts.push({ line, subject: 'dau', message: `khôi phục dấu chưa chắc: ${words.join(', ')}` });
  const restoredShare = whole.words.length === 0 ? 0 : whole.words.filter((w) => w.confidence >= LOW_CONFIDENCE).length / whole.words.length;
  for (const t of tasks) {
    t.text = fix(t.text);
    if (t.assignee !== null) t.assignee = fix(t.assignee);
  }
  for (const t of targets) t.text = fix(t.text);
  fm.title = fix(fm.title);
  fm.basis = fm.basis.map(fix);
  fm.source.note = `Dấu tiếng Việt được khôi phục tự động theo các kế hoạch đã đăng (${(restoredShare * 100).toFixed(0)}% số từ đủ chắc chắn; các từ chưa chắc nằm trong báo cáo nhập); người biên tập phải soát lại toàn bộ rồi mới đặt restored: true.`;
  return fix;
}
