// `npm run import -- <document.txt> [--id <plan-id>] [--out <folder>] [--content <root>] [--force]`: drafts
// <folder>/<plan-id>/{plan.mdx, tasks.json, targets.json[, agencies.proposed.json]} from a plan's
// text and prints what it found, every doubt and every piece of text it could not place.
// Exit 2 with one line and nothing written when the file cannot be read as a plan.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { importPlan } from '../lib/importer/importPlan.ts';
import { loadCatalogue } from '../lib/importer/loadCatalogue.ts';
import { decodeSource } from '../lib/importer/readSource.ts';

function fail(message: string): never {
  process.stderr.write(`Lỗi: ${message}\n`);
  process.exit(2);
}

const USAGE = 'cách dùng: npm run import -- <văn bản.txt> [--id <mã-kế-hoạch>] [--out <thư mục>]';
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
let bytes: Buffer;
try {
  bytes = readFileSync(file);
} catch (e) {
  fail(`không đọc được tệp ${file}: ${(e as Error).message}`);
}
const decoded = decodeSource(bytes);
if (!decoded.ok) fail(`${file}: ${decoded.error}`);

const { catalogue, takenIds } = loadCatalogue(contentRoot);
const draft = importPlan(decoded.text, catalogue, {
  fileName: basename(file),
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
process.stdout.write(draft.reportText(dir));
