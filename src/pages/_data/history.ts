/** The plans' git history, read once per build (one `git log`, one `git cat-file --batch`). */
import { readPlansHistory, type PlansHistory } from '../../lib/data/history.ts';

let cached: PlansHistory | undefined;

/** The history of every plan, or why this build has none (a shallow clone in CI). */
export function getHistory(): PlansHistory {
  cached ??= readPlansHistory(process.cwd());
  return cached;
}
