// `npm run import -- <document> [--id <plan-id>] [--out <folder>] [--content <root>] [--force]`:
// drafts <folder>/<plan-id>/{plan.mdx, tasks.json, targets.json[, agencies.proposed.json]} from a
// plan as .txt/.md, .docx, .pdf (text layer, scanned pages by OCR) or an image (OCR), and prints
// what it found, every doubt, every page it could not read and every piece of text it could not place.
// Exit 2 with one line and nothing written when the file cannot be read as a plan.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { importPlan } from '../lib/importer/importPlan.ts';
import { loadCatalogue } from '../lib/importer/loadCatalogue.ts';
import { corpusTexts } from '../lib/importer/corpusTexts.ts';
import { detectForm } from '../lib/importer/detectForm.ts';
import { buildDiacriticModel } from '../lib/importer/restoreDiacritics.ts';
import { readDocument, type Progress } from '../lib/importer/sources/readDocument.ts';

function fail(message: string): never {
  if (process.stderr.isTTY) process.stderr.write('\n');
  process.stderr.write(`Lỗi: ${message}\n`);
  process.exit(2);
}

const USAGE = 'cách dùng: npm run import -- <văn bản .pdf/.docx/.txt/.md/ảnh> [--id <mã-kế-hoạch>] [--out <thư mục>]';
const OPTIONS = {
  id: { type: 'string' },
  out: { type: 'string', default: 'content/plans' },
  content: { type: 'string', default: 'content' },
  force: { type: 'boolean', default: false },
} as const;
// An unknown option or one without its value gets the usage line, not node's English error.
const parsed = (() => {
  try {
    return parseArgs({ options: OPTIONS, allowPositionals: true });
  } catch {
    return fail(USAGE);
  }
})();
const { id, out, content: contentRoot, force } = parsed.values;
const file = parsed.positionals[0];
if (file === undefined || parsed.positionals.length > 1) fail(USAGE);
if (id !== undefined && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) fail(`mã kế hoạch "${id}" phải gồm chữ thường không dấu, số và dấu gạch nối`);
if (!existsSync(file)) fail(`không tìm thấy tệp ${file}`);
if (!statSync(file).isFile()) fail(`${file} không phải là tệp`);

/** "OCR trang 3/12 — còn khoảng 40 giây" on one terminal line (a line per step when not a terminal). */
function showProgress(p: Progress): void {
  const left = p.msLeft === null ? '' : ` — còn khoảng ${Math.max(1, Math.round(p.msLeft / 1000))} giây`;
  const line = p.done < p.total ? `OCR trang ${p.done + 1}/${p.total}${left}` : `OCR xong ${p.total} trang`;
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${line}${p.done === p.total ? '\n' : ''}`);
  else process.stdout.write(`${line}\n`);
}

const read = (() => {
  try {
    return readDocument(file, showProgress);
  } catch (e) {
    return fail(`không đọc được tệp ${file}: ${(e as Error).message.split('\n')[0]}`);
  }
})();
if (!read.ok) fail(`${file}: ${read.error}`);

const { catalogue, takenIds } = loadCatalogue(contentRoot);
// An OCR copy that lost its marks gets them back from the published plans' wording (the model takes ~2 s to build).
const diacritics = detectForm(read.text).form === 'ocr' ? buildDiacriticModel(corpusTexts(contentRoot)) : undefined;
const draft = importPlan(read.text, catalogue, {
  fileName: basename(file),
  ...(diacritics ? { diacritics } : {}),
  read: { via: read.via, pages: read.pages, unread: read.unread },
  ...(id === undefined ? {} : { id }),
  addedOn: new Date().toISOString().slice(0, 10),
  takenIds,
});
if (!draft.ok) fail(`${file}: ${draft.error}`);

const dir = join(out, draft.planId);
if (existsSync(join(dir, 'plan.mdx')) && !force) {
  fail(`${dir} đã có plan.mdx; dùng --id để đặt mã khác hoặc --force để ghi đè`);
}
mkdirSync(dir, { recursive: true });
for (const [name, content] of Object.entries(draft.files)) writeFileSync(join(dir, name), content);
const how =
  read.via === 'text'
    ? ''
    : `Đọc từ: ${read.via}${read.pages === null ? '' : `, ${read.pages} trang`}${read.ocrPages > 0 ? `, OCR ${read.ocrPages} trang (${(read.ocrMs / read.ocrPages / 1000).toFixed(1)} giây/trang)` : ''}${read.unread.length > 0 ? `; KHÔNG đọc được trang ${read.unread.map((u) => u.page).join(', ')}` : ''}\n`;
process.stdout.write(how + draft.reportText(dir));
