// `npm run check [content root]`: validates all content at once and lists every problem in Vietnamese
// (file, field, what is wrong, how to fix it); exits 1 when there is any, so nothing invalid is published.
import { checkContent } from '../lib/check/checkContent.ts';
import { formatProblems, formatSummary } from '../lib/check/formatProblems.ts';

const root = process.argv[2] ?? './content';
const { content, problems } = checkContent(root);
if (problems.length > 0) {
  process.stdout.write(formatProblems(problems));
  process.exitCode = 1;
} else {
  process.stdout.write(formatSummary(content.corpus));
}
