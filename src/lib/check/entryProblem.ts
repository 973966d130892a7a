import type { Origin } from '../content/corpus.ts';
import { fieldPath, type PathSegment } from '../validate/fieldPath.ts';
import type { Problem } from '../validate/problem.ts';

/**
 * A problem about a field of a corpus entry (a task, a target, a region, a plan's frontmatter…),
 * placed with the entry's origin: `entryProblem(origins, task, ['lead', 0], …)` gives
 * field "tasks[3].lead[0]" in that plan's tasks.json, labelled with the task's id.
 */
export function entryProblem(origins: ReadonlyMap<object, Origin>, entry: object, path: readonly PathSegment[], message: string, hint: string): Problem {
  const origin = origins.get(entry);
  if (origin === undefined) throw new Error('entryProblem: the entry was not read by loadContent');
  const { id, section } = entry as { id?: unknown; section?: unknown };
  const label = origin.path.length === 0 ? undefined : typeof id === 'string' ? id : typeof section === 'string' ? section : undefined;
  return {
    file: origin.file,
    field: fieldPath([...origin.path, ...path]),
    ...(label === undefined ? {} : { entry: label }),
    message,
    hint,
  };
}
