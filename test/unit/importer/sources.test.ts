import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/lib/importer/importPlan.ts';
import { readDocx } from '../../../src/lib/importer/sources/docx.ts';
import { readDocument } from '../../../src/lib/importer/sources/readDocument.ts';
import { catalogue } from './catalogue.ts';
import { FONT, printPdf, rasterise, scannedPdf, writeDocx } from './fixtures.ts';

const project = resolve(import.meta.dirname, '../../..');
const seeds = resolve(project, '../shared/seeds');
const seed004 = join(seeds, '004_1a2deab4554aa198.txt');
const haveTools = ['/usr/bin/pdftotext', '/usr/bin/pdftoppm', '/usr/bin/tesseract', FONT].every(existsSync);
const node = join(project, 'node_modules/.bin/node');
const runImport = (args: string[]) => spawnSync(node, [join(project, 'src/cli/import.ts'), ...args], { cwd: project, encoding: 'utf8', timeout: 240_000 });
const opts = { fileName: 'x', addedOn: '2026-01-01' };

/** A PDF of `pages` pages with one short line each, written with pdfkit `options` (e.g. a password). */
async function plainPdf(file: string, pages: number, options: PDFKit.PDFDocumentOptions = {}): Promise<void> {
  const doc = new PDFDocument({ size: 'A4', ...options });
  const done = new Promise<void>((res) => doc.pipe(createWriteStream(file)).on('finish', () => res()));
  doc.font(FONT);
  for (let i = 0; i < pages; i++) {
    if (i > 0) doc.addPage();
    doc.text(`Trang ${i + 1}`);
  }
  doc.end();
  await done;
}

describe('Word files', () => {
  it("reads paragraphs in order and a table as pipe rows, a cell's paragraphs joined by <br>", () => {
    const xml = `<?xml version="1.0"?><w:document xmlns:w="x"><w:body>
      <w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>
      <w:tbl><w:tr><w:tc><w:p><w:r><w:t>STT</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Nhiệm vụ</w:t></w:r></w:p></w:tc></w:tr>
      <w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t xml:space="preserve">A &amp; B </w:t></w:r><w:r><w:t>| C</w:t></w:r></w:p><w:p><w:r><w:t>dòng 2</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
      <w:p><w:r><w:t>Hết.</w:t></w:r></w:p></w:body></w:document>`;
    const r = readDocx(zipSync({ 'word/document.xml': strToU8(xml) }));
    expect(r).toEqual({ ok: true, tables: 1, text: 'KẾ HOẠCH\n\n| STT | Nhiệm vụ |\n| --- | --- |\n| 1 | A & B \\| C<br>dòng 2 |\n\nHết.\n' });
  });
  it('refuses a .docx that is not a zip, and a zip that is not a Word file, in one Vietnamese line', () => {
    const notZip = readDocx(new TextEncoder().encode('Kế hoạch'));
    expect(notZip.ok).toBe(false);
    if (!notZip.ok) expect(notZip.error).toMatch(/không phải tệp zip/);
    const other = readDocx(zipSync({ 'a.txt': strToU8('x') }));
    expect(other.ok).toBe(false);
  });
});

describe('plans and documents that are not plans', () => {
  it('drafts a copy that stops after its preamble, with its metadata and a doubt that no task was found', () => {
    const text =
      'UBND TỈNH QUẢNG NAM\n\nSố: 12/KH-UBND\n\nQuảng Nam, ngày 02 tháng 3 năm 2023\n\nKẾ HOẠCH\n\nTriển khai Đề án 06 năm 2023 trên địa bàn tỉnh Quảng Nam\n\nThực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ.\n';
    const d = importPlan(text, catalogue, opts);
    if (!d.ok) throw new Error(d.error);
    expect(d.planId).toBe('tinh-quang-nam-2023');
    expect(d.report.tasks).toBe(0);
    expect(d.report.doubts.some((x) => x.subject === 'tasks' && x.blocking)).toBe(true);
    expect(d.files['plan.mdx']).toContain('number: "12/KH-UBND"');
  });
  it('refuses a directive, a decision with no plan and a table of contents, saying why', () => {
    const directive = importPlan(
      'THỦ TƯỚNG CHÍNH PHỦ\n\nCHỈ THỊ\n\nVề tiếp tục đẩy mạnh triển khai Đề án 06\n\n1. Các bộ, ngành thực hiện kế hoạch.\n\n2. Các địa phương.\n',
      catalogue,
      opts,
    );
    expect(directive.ok ? null : directive.error).toMatch(/chỉ thị/);
    const decision = importPlan(
      'UBND TỈNH\n\nQUYẾT ĐỊNH\n\nVề việc thành lập Tổ Công tác\n\nĐiều 1. Thành lập Tổ Công tác triển khai kế hoạch.\n\nĐiều 2. Giao nhiệm vụ.\n',
      catalogue,
      opts,
    );
    expect(decision.ok ? null : decision.error).toMatch(/quyết định/);
    const toc = importPlan(
      ['MỤC LỤC', ...['I. MỤC ĐÍCH', 'II. NHIỆM VỤ', '1. Kế hoạch', '2. Dịch vụ công', 'III. TỔ CHỨC'].map((h, i) => `${h} ........ ${i + 2}`)].join('\n\n'),
      catalogue,
      opts,
    );
    expect(toc.ok ? null : toc.error).toMatch(/mục lục/);
  });
});

describe.skipIf(!haveTools || !existsSync(seed004))('PDF, scans and Word files made from seed 004', () => {
  const dir = mkdtempSync(join(tmpdir(), 'import-sources-'));
  const pdf = join(dir, '004.pdf');
  beforeAll(async () => {
    await printPdf(readFileSync(seed004, 'utf8'), pdf, { header: 'UBND tỉnh Quảng Nam - Kế hoạch triển khai Đề án 06 năm 2023' });
  }, 60_000);

  it('reads the text layer of a PDF: all 26 tasks, page numbers and running headers set apart', () => {
    const r = readDocument(pdf);
    if (!r.ok) throw new Error(r.error);
    expect(r.via).toBe('pdf-text');
    expect(r.unread).toEqual([]);
    const d = importPlan(r.text, catalogue, opts);
    if (!d.ok) throw new Error(d.error);
    expect(d.planId).toBe('tinh-quang-nam-2023');
    expect(d.report.tasks).toBe(26);
    const tasks = JSON.parse(d.files['tasks.json']!) as { tasks: { text: string }[] };
    expect(tasks.tasks.filter((t) => /Kế hoạch triển khai Đề án 06 năm 2023$|^\d+$/.test(t.text))).toEqual([]);
    expect(d.report.unplaced.filter((u) => /^\d{1,2}$/.test(u.text)).length).toBeGreaterThan(5);
  });

  it('reads a .docx whose tasks are in a table STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành', async () => {
    const file = join(dir, '004.docx');
    await writeDocx(readFileSync(seed004, 'utf8'), file);
    const r = readDocument(file);
    if (!r.ok) throw new Error(r.error);
    const d = importPlan(r.text, catalogue, opts);
    if (!d.ok) throw new Error(d.error);
    const { tasks } = JSON.parse(d.files['tasks.json']!) as { tasks: { lead: string[]; support: string[]; deadline: { kind: string } }[] };
    expect(tasks).toHaveLength(26);
    expect(tasks[0]).toMatchObject({ lead: ['cong-an'], support: ['van-phong-ubnd', 'cac-so-ban-nganh'], deadline: { kind: 'quarter' } });
  });

  it('reads a scanned page by OCR with the Vietnamese model, keeping the diacritics', async () => {
    const scan = join(dir, 'scan.pdf');
    await scannedPdf(rasterise(pdf, dir, 1, 1, 200), scan);
    const r = readDocument(scan);
    if (!r.ok) throw new Error(r.error);
    expect(r).toMatchObject({ via: 'ocr', pages: 1, ocrPages: 1, unread: [] });
    expect(r.text).toContain('KẾ HOẠCH');
    expect(r.text).toMatch(/định danh và xác thực điện tử/);
  }, 240_000);

  it('refuses a PDF with a password, a corrupt PDF, a 500-page PDF and an image with no text, writing nothing', async () => {
    const locked = join(dir, 'locked.pdf');
    await plainPdf(locked, 1, { userPassword: 'mat-khau' });
    const corrupt = join(dir, 'corrupt.pdf');
    writeFileSync(corrupt, '%PDF-1.7\n1 0 obj <<>> garbage');
    const long = join(dir, 'long.pdf');
    await plainPdf(long, 500);
    const blankPdf = join(dir, 'blank.pdf');
    await new Promise<void>((res) => {
      const doc = new PDFDocument({ size: 'A6' });
      doc.pipe(createWriteStream(blankPdf)).on('finish', () => res());
      doc.end();
    });
    const blank = rasterise(blankPdf, mkdtempSync(join(dir, 'blank-')), 1, 1, 72)[0]!;
    const notZip = join(dir, 'fake.docx');
    writeFileSync(notZip, 'Kế hoạch');
    for (const [file, message] of [
      [locked, /mật khẩu/],
      [corrupt, /PDF hỏng/],
      [long, /500 trang/],
      [blank, /không có chữ/],
      [notZip, /không phải tệp zip/],
    ] as const) {
      const out = join(dir, `out-${readdirSync(dir).length}`);
      const r = runImport([file, '--out', out]);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
      expect(existsSync(out)).toBe(false);
    }
  }, 240_000);
});
