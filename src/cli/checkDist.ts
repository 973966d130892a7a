/**
 * Checks an already built site (links, anchors, HTML, sitemap) and exits 1 with every problem.
 * `npm run build` runs the same check inside the build (src/build/integration.ts); this is for a
 * dist/ built elsewhere. Usage: node src/cli/checkDist.ts [dist-dir]
 */
import { checkDist, formatDistSummary } from '../build/checkDist.ts';

const dist = process.argv[2] ?? 'dist';
try {
  const report = await checkDist(dist);
  console.log(formatDistSummary(report));
  if (report.problems.length > 0) {
    console.error(`\n${report.problems.length} vấn đề:\n${report.problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log('checkDist: mọi liên kết, neo (#), HTML và sitemap đều ổn.');
  }
} catch (error) {
  console.error(`checkDist: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
