/**
 * `npm run regions [-- --check]`: regenerates content/regions/*.json from ../shared/reference/
 * (regions.json and units/). With --check it only compares and exits 1 when the committed files
 * differ from the reference.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatRegionFile, regionsFromReference, type References } from '../lib/regions/regionsFromReference.ts';

const root = join(import.meta.dirname, '../..');
const reference = join(root, '../shared/reference');
const read = <T>(file: string): T => JSON.parse(readFileSync(join(reference, file), 'utf8')) as T;
const refs: References = {
  regions: read('regions.json'),
  units2025: read('units/units-2025.json'),
  former2024: read('units/former-2024.json'),
};
const check = process.argv.includes('--check');
const dir = join(root, 'content/regions');
const files = regionsFromReference(refs);
let differs = 0;
for (const [name, records] of Object.entries(files)) {
  const path = join(dir, `${name}.json`);
  const text = formatRegionFile(records);
  if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
  differs++;
  if (check) console.error(`content/regions/${name}.json khác với dữ liệu tham chiếu (chạy npm run regions để tạo lại).`);
  else writeFileSync(path, text);
}
// A file the generator no longer writes would still be read as regions.
for (const name of readdirSync(dir).filter((n) => n.endsWith('.json') && !(n.slice(0, -5) in files))) {
  differs++;
  if (check) console.error(`content/regions/${name} không do dữ liệu tham chiếu tạo ra (chạy npm run regions để xóa).`);
  else rmSync(join(dir, name));
}
if (check && differs > 0) process.exit(1);
console.log(check ? 'content/regions khớp với dữ liệu tham chiếu.' : `Đã tạo lại ${differs} tệp trong content/regions.`);
