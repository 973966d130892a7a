/**
 * `npm run regions [-- --check]`: regenerates content/regions/*.json from ../shared/reference/regions.json.
 * With --check it only compares and exits 1 when the committed files differ from the reference.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { regionsFromReference, type RegionReference } from '../lib/regions/regionsFromReference.ts';

const root = join(import.meta.dirname, '../..');
const reference = JSON.parse(readFileSync(join(root, '../shared/reference/regions.json'), 'utf8')) as RegionReference;
const check = process.argv.includes('--check');
let differs = 0;
for (const [name, records] of Object.entries(regionsFromReference(reference))) {
  const path = join(root, 'content/regions', `${name}.json`);
  const text = JSON.stringify(records, null, 2);
  const current = readFileSync(path, 'utf8');
  if (current === text) continue;
  differs++;
  if (check) console.error(`content/regions/${name}.json khác với dữ liệu tham chiếu (chạy npm run regions để tạo lại).`);
  else writeFileSync(path, text);
}
if (check && differs > 0) process.exit(1);
console.log(check ? 'content/regions khớp với dữ liệu tham chiếu.' : `Đã tạo lại ${differs} tệp trong content/regions.`);
