/**
 * Writes a temporary content folder with thousands of synthetic plans (see
 * bench/lib/synthetic.ts) next to copies of the real catalogues, for benchmarks:
 *
 *   node bench/generateSyntheticPlans.ts --out /tmp/plans-3000 [--plans 3000] [--seed 6]
 *
 * The plans go to <out>/content/plans/; the real content/ folder is never written to.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { loadContent } from '../src/lib/content/loadContent.ts';
import { generateSyntheticPlans } from './lib/synthetic.ts';

/** Writes `plans` synthetic plans under `<outDir>/content` and returns that content root. */
export function writeSyntheticContent(outDir: string, plans: number, seed = 6, sourceRoot = 'content'): string {
  const root = resolve(outDir, 'content');
  const real = resolve(sourceRoot);
  const inside = relative(real, root);
  if (inside === '' || !inside.startsWith('..')) throw new Error(`Không ghi dữ liệu tổng hợp vào ${real}: chọn một thư mục tạm khác.`);
  const { corpus, problems } = loadContent(sourceRoot);
  if (problems.length > 0) throw new Error(`Nội dung gốc có ${problems.length} lỗi; chạy "npm run check".`);
  const generated = generateSyntheticPlans(corpus, { plans, seed });

  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'plans'), { recursive: true });
  for (const folder of ['programmes', 'regions', 'agencies', 'metrics']) cpSync(join(real, folder), join(root, folder), { recursive: true });
  writeFileSync(join(root, 'regions', 'zz-synthetic.json'), JSON.stringify(generated.regions, null, 1));
  for (const plan of generated.plans) {
    const dir = join(root, 'plans', plan.id);
    mkdirSync(dir, { recursive: true });
    const yaml = stringify(plan.frontmatter, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
    writeFileSync(join(dir, 'plan.mdx'), `---\n${yaml}---\n\n${plan.body}\n`);
    writeFileSync(join(dir, 'tasks.json'), JSON.stringify(plan.tasks));
    writeFileSync(join(dir, 'targets.json'), JSON.stringify(plan.targets));
  }
  return root;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      plans: { type: 'string', default: '3000' },
      seed: { type: 'string', default: '6' },
    },
  });
  if (!values.out) {
    console.error('Cách dùng: node bench/generateSyntheticPlans.ts --out <thư mục tạm> [--plans 3000] [--seed 6]');
    process.exit(2);
  }
  try {
    const root = writeSyntheticContent(values.out, Number(values.plans), Number(values.seed));
    console.log(`Đã ghi ${values.plans} kế hoạch tổng hợp vào ${root}`);
  } catch (error) {
    console.error(`generateSyntheticPlans: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
