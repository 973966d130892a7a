import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadContent } from '../content/loadContent.ts';
import type { LoadedContent } from '../content/corpus.ts';
import { addLines } from './addLines.ts';
import { sortProblems, type Problem } from '../validate/problem.ts';
import { runRules } from './runRules.ts';

/** What `npm run check` found in a content root. */
export interface CheckResult {
  content: LoadedContent;
  /** Every problem, with lines where found, sorted by file then field. Empty when the content can be published. */
  problems: Problem[];
}

/**
 * Loads a content root (default `./content`) and applies every schema and rule to it, collecting
 * all problems rather than stopping at the first. The one function behind `npm run check`.
 */
export function checkContent(root: string): CheckResult {
  const content = loadContent(root);
  const base = dirname(resolve(root));
  const readText = (file: string): string | null => {
    try {
      return readFileSync(join(base, file), 'utf8');
    } catch {
      return null;
    }
  };
  return { content, problems: sortProblems(addLines(runRules(content), readText)) };
}
