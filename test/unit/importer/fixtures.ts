// Document fixtures made from the seeds at test time (nothing large is committed): a PDF printed
// from a seed's text, a scan rasterised from that PDF, a Word file with the tasks in a table.
import { spawnSync } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import PDFDocument from 'pdfkit';

/** A font with every Vietnamese letter (Debian's fonts-dejavu-core, installed by `npm test`'s setup). */
export const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

/** A seed's lines as printed text: Markdown emphasis gone, blank lines kept as paragraph breaks. */
export function printedLines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.replace(/\*\*|(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)/g, '').trimEnd());
}

/** Prints `text` to an A4 PDF with a text layer, a running header and a page number on every page; `maxPages` cuts it short. */
export async function printPdf(text: string, file: string, options: { maxPages?: number; header?: string } = {}): Promise<number> {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 60, bottom: 60, left: 70, right: 60 }, bufferPages: true });
  const done = new Promise<void>((resolve, reject) => {
    const out = createWriteStream(file);
    out.on('finish', resolve);
    out.on('error', reject);
    doc.pipe(out);
  });
  doc.font(FONT).fontSize(12);
  for (const line of printedLines(text)) {
    if (options.maxPages !== undefined && doc.bufferedPageRange().count > options.maxPages) break;
    if (line.trim() === '') doc.moveDown(0.4);
    else doc.text(line, { align: 'left' });
  }
  const range = doc.bufferedPageRange();
  let pages = range.count;
  if (options.maxPages !== undefined && pages > options.maxPages) pages = options.maxPages;
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.fontSize(10).text(String(i + 1), 0, doc.page.height - 40, { align: 'center', width: doc.page.width });
    if (options.header) doc.text(options.header, 70, 30, { width: doc.page.width - 130 });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  await done;
  return pages;
}

/** Rasterises pages `first..last` of a PDF to grey PNGs at `dpi`; returns their paths in page order. */
export function rasterise(pdf: string, dir: string, first: number, last: number, dpi = 200): string[] {
  const r = spawnSync('pdftoppm', ['-r', String(dpi), '-gray', '-png', '-f', String(first), '-l', String(last), pdf, join(dir, 'scan')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftoppm failed: ${r.stderr}`);
  return readdirSync(dir)
    .filter((f) => f.startsWith('scan') && f.endsWith('.png'))
    .sort()
    .map((f) => join(dir, f));
}

/** A PDF with no text layer: each PNG a full A4 page, as a scanner makes it. */
export async function scannedPdf(pngs: string[], file: string): Promise<void> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false });
  const done = new Promise<void>((resolve, reject) => {
    const out = createWriteStream(file);
    out.on('finish', resolve);
    out.on('error', reject);
    doc.pipe(out);
  });
  for (const png of pngs) {
    doc.addPage();
    doc.image(png, 0, 0, { width: doc.page.width, height: doc.page.height });
  }
  doc.end();
  await done;
}

/** One task of a plan written with field lines ("- Cơ quan chủ trì: …"), as a table row's cells. */
export interface TaskRow {
  stt: string;
  text: string;
  lead: string;
  support: string;
  deadline: string;
}

const FIELD = /^-\s*(Cơ quan chủ trì|Cơ quan thực hiện|Cơ quan phối hợp|Thời gian hoàn thành|Thời gian thực hiện)[^:]{0,60}:\s*(.*)$/;

/**
 * Splits a plan written with field lines into the text outside its tasks and its tasks: a task is
 * the paragraph before its "Cơ quan chủ trì" line, numbered by the last "1.2." label seen.
 */
export function tasksOf(text: string): { before: string[]; rows: TaskRow[]; after: string[] } {
  const paras: string[] = [];
  for (const raw of printedLines(text)
    .join('\n')
    .split(/\n\s*\n/)) {
    const p = raw.replace(/\s*\n\s*/g, ' ').trim();
    if (p === '') continue;
    // A paragraph a page break cut ("… và các cơ" / "quan báo chí …") is one paragraph.
    if (/^\p{Ll}/u.test(p) && paras.length > 0) paras[paras.length - 1] += ` ${p}`;
    else paras.push(p);
  }
  const rows: TaskRow[] = [];
  const before: string[] = [];
  const after: string[] = [];
  let label = '';
  let lastTaskPara = -1;
  paras.forEach((p, i) => {
    const n = /^(\d+(?:\.\d+)*)\.\s/.exec(p);
    if (n) label = n[1]!;
    const f = FIELD.exec(p);
    if (!f) return;
    if (f[1] === 'Cơ quan chủ trì' || f[1] === 'Cơ quan thực hiện') {
      const textIdx = i - 1;
      lastTaskPara = i;
      rows.push({ stt: label, text: paras[textIdx]!.replace(/^\d+(?:\.\d+)*\.\s*/, ''), lead: f[2]!, support: '', deadline: '' });
    } else {
      const row = rows[rows.length - 1]!;
      if (f[1] === 'Cơ quan phối hợp') row.support = f[2]!;
      else row.deadline = f[2]!;
      lastTaskPara = i;
    }
  });
  const firstTask = paras.findIndex((p) => FIELD.test(p)) - 1;
  const roman = (p: string): boolean => /^[IVX]+\.\s/.test(p);
  const tasksHeading = paras.findIndex((p, i) => roman(p) && i < firstTask && !paras.slice(i + 1, firstTask).some(roman));
  paras.forEach((p, i) => {
    if (i <= tasksHeading) before.push(p);
    else if (i > lastTaskPara && (after.length > 0 || roman(p))) after.push(p);
  });
  return { before, rows, after };
}

/** A .docx of the plan: its text as paragraphs, its tasks as a table STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành. */
export async function writeDocx(text: string, file: string): Promise<TaskRow[]> {
  const { before, rows, after } = tasksOf(text);
  const cell = (t: string): TableCell => new TableCell({ children: [new Paragraph({ children: [new TextRun(t)] })] });
  const header = new TableRow({ children: ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'].map(cell) });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [header, ...rows.map((r) => new TableRow({ children: [r.stt, r.text, r.lead, r.support, r.deadline].map(cell) }))],
  });
  const para = (t: string): Paragraph => new Paragraph({ children: [new TextRun(t)] });
  const doc = new Document({ sections: [{ children: [...before.map(para), table, ...after.map(para)] }] });
  writeFileSync(file, await Packer.toBuffer(doc));
  return rows;
}

/** A seed's text. */
export function seedText(seedsDir: string, name: string): string {
  return readFileSync(join(seedsDir, name), 'utf8');
}
