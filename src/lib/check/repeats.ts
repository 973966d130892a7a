import type { Task } from '../../schemas/task.ts';
import type { LoadedContent, Origin } from '../content/corpus.ts';
import { fieldPath } from '../validate/fieldPath.ts';
import type { Problem } from '../validate/problem.ts';
import { entryProblem } from './entryProblem.ts';

/**
 * What a copy-paste writes twice without a duplicate id: a task whose words repeat an earlier task
 * of the same plan under another id (a copied task with its id edited), a section heading listed
 * twice, and an agency named twice among a task's lead and support. Unique ids alone let these
 * through, and the page would show the task, the heading or the agency twice.
 */
export function checkRepeats({ corpus, origins }: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  for (const plan of corpus.plans) {
    const firstTask = new Map<string, Task>();
    for (const task of plan.tasks) {
      const key = `${task.section}\u0000${task.text}`;
      const earlier = firstTask.get(key);
      if (earlier === undefined) firstTask.set(key, task);
      // The same id twice is reported by checkUniqueIds already; one fix settles both.
      else if (earlier.id !== task.id) {
        problems.push(
          entryProblem(
            origins,
            task,
            ['text'],
            `Nhiệm vụ "${task.id}" lặp lại nhiệm vụ ở ${where(origins.get(earlier))}: cùng mục ${task.section} và cùng nội dung.`,
            'xóa bản chép thừa, hoặc sửa nội dung cho đúng văn bản.',
          ),
        );
      }
    }
    const firstSection = new Map<string, object>();
    for (const section of plan.sections) {
      const earlier = firstSection.get(section.section);
      if (earlier === undefined) firstSection.set(section.section, section);
      else {
        problems.push(
          entryProblem(
            origins,
            section,
            ['section'],
            `Đề mục "${section.section}" được ghi hai lần: ${where(origins.get(earlier))} cũng là đề mục này.`,
            'mỗi đề mục chỉ ghi một lần trong "sections"; xóa bản chép thừa.',
          ),
        );
      }
    }
    for (const task of plan.tasks) {
      const seen = new Set<string>();
      for (const role of ['lead', 'support'] as const) {
        task[role].forEach((agency, index) => {
          if (!seen.has(agency)) {
            seen.add(agency);
            return;
          }
          problems.push(
            entryProblem(
              origins,
              task,
              [role, index],
              `Cơ quan "${agency}" được ghi hai lần trong nhiệm vụ này.`,
              'mỗi cơ quan ghi một lần: chủ trì thì ở "lead", phối hợp thì ở "support"; xóa lần ghi thừa.',
            ),
          );
        });
      }
    }
  }
  return problems;
}

/** The earlier entry's field in the same file: "tasks[0]". */
function where(origin: Origin | undefined): string {
  return origin === undefined ? 'một mục khác' : fieldPath(origin.path);
}
