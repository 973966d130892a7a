/**
 * Writes a temporary content folder with thousands of synthetic plans (the generator of
 * bench/corpus.ts) next to copies of the real catalogues, for benchmarks and for trying the site at scale:
 *
 *   node bench/generateSyntheticPlans.ts --out /tmp/plans-3000 [--plans 3000] [--seed 8]
 *
 * The plans go to <out>/content/plans/; the real content/ folder is never written to.
 */
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    plans: { type: 'string', default: '3000' },
    seed: { type: 'string', default: '8' },
  },
});
if (!values.out) {
  console.error('Cách dùng: node bench/generateSyntheticPlans.ts --out <thư mục tạm> [--plans 3000] [--seed 8]');
  process.exit(2);
}
try {
  const corpus = writeCorpus(values.out, Number(values.plans), Number(values.seed));
  console.log(
    `Đã ghi ${corpus.plans} kế hoạch tổng hợp (${corpus.tasks} nhiệm vụ, ${corpus.targets} chỉ tiêu, ${corpus.units} đơn vị ban hành) vào ${corpus.root}`,
  );
} catch (error) {
  console.error(`generateSyntheticPlans: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
