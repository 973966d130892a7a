import type { LoadedContent } from '../content/corpus.ts';
import { checkDeadlines } from './deadlines.ts';
import { checkFigures } from './figures.ts';
import { checkPlanSanity } from './planSanity.ts';
import type { Problem } from '../validate/problem.ts';
import { checkReferences } from './references.ts';
import { checkRepeats } from './repeats.ts';
import { checkReportingSchedules } from './reportingSchedules.ts';
import { checkTargetNumbers } from './targetNumbers.ts';
import { checkUniqueIds } from './uniqueIds.ts';

/** The rules `npm run check` applies to loaded content, beyond the schemas the loader already applied. */
export const RULES: ReadonlyArray<(content: LoadedContent) => Problem[]> = [
  checkReferences,
  checkUniqueIds,
  checkRepeats,
  checkDeadlines,
  checkTargetNumbers,
  checkPlanSanity,
  checkFigures,
  checkReportingSchedules,
];

/** Every problem in loaded content: what the loader could not read or validate, then what each rule finds. Unsorted. */
export function runRules(content: LoadedContent): Problem[] {
  return [...content.problems, ...RULES.flatMap((rule) => rule(content))];
}
