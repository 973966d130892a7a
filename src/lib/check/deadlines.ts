import type { Deadline, DeadlineKind, DeadlineStage } from '../../schemas/deadline.ts';
import type { Task } from '../../schemas/task.ts';
import type { LoadedContent } from '../content/corpus.ts';
import type { PathSegment } from '../validate/fieldPath.ts';
import { DEADLINE_KIND_NAME, LEVEL_NAME } from '../deadline/names.ts';
import { parseDeadline, sameDeadline } from '../deadline/parseDeadline.ts';
import { entryProblem } from './entryProblem.ts';
import type { Problem } from '../validate/problem.ts';

/** Each kind of deadline as an editor would say it; in "được đọc là …" a date reads as "một ngày". */
const KIND_NAMES: Readonly<Record<DeadlineKind, string>> = { ...DEADLINE_KIND_NAME, date: 'một ngày' };

/**
 * Task deadlines that contradict themselves or their words: `due` before `start`, stages out of
 * order, and a stored reading that differs from `parseDeadline(raw)` without `override.reason`.
 * The last message says what the parser read and what the file says, so the editor can tell which is right.
 */
export function checkDeadlines({ corpus, origins }: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  for (const plan of corpus.plans) {
    for (const task of plan.tasks) {
      const d = task.deadline;
      const at = (path: PathSegment[], message: string, hint: string): void => {
        problems.push(entryProblem(origins, task, ['deadline', ...path], message, hint));
      };
      const start = 'start' in d ? d.start : undefined;
      const due = 'due' in d ? d.due : undefined;
      if (start !== undefined && due !== undefined && due < start) {
        at(
          ['due'],
          `Hạn hoàn thành ${due} trước ngày bắt đầu ${start}.`,
          'sửa start hoặc due (start là ngày bắt đầu, due là hạn hoàn thành; due không được trước start).',
        );
      }
      if (d.kind === 'staged') {
        d.stages.forEach((stage, i) => {
          const previous = d.stages[i - 1];
          if (previous !== undefined && stage.date < previous.date) {
            at(
              ['stages', i, 'date'],
              `Mốc ${stage.date} (${stage.raw}) trước mốc liền trước ${previous.date}.`,
              'ghi các mốc theo thứ tự thời gian như trong văn bản, và kiểm tra lại ngày của từng mốc.',
            );
          }
        });
      }
      if (d.override === undefined) problems.push(...mismatch(task, origins));
    }
  }
  return problems;
}

/** The problem when `task.deadline` is not what `parseDeadline(raw)` reads, if it is not. */
function mismatch(task: Task, origins: LoadedContent['origins']): Problem[] {
  const stored = task.deadline;
  let parsed: Deadline;
  try {
    parsed = parseDeadline(stored.raw);
  } catch (e) {
    return [
      entryProblem(
        origins,
        task,
        ['deadline', 'raw'],
        `Bộ đọc thời hạn gặp lỗi khi đọc "${stored.raw}" (${e instanceof Error ? e.message : String(e)}).`,
        'báo cho nhóm kỹ thuật; trong lúc chờ, thêm "override": { "reason": "…" } vào deadline để ghi nhận cách đọc của bạn.',
      ),
    ];
  }
  if (sameDeadline(parsed, stored)) return [];

  const parsedStart = 'start' in parsed ? parsed.start : undefined;
  const storedStart = 'start' in stored ? stored.start : undefined;
  const parsedDue = 'due' in parsed ? parsed.due : undefined;
  const storedDue = 'due' in stored ? stored.due : undefined;
  const parsedStages = parsed.kind === 'staged' ? stagesText(parsed.stages) : undefined;
  const storedStages = stored.kind === 'staged' ? stagesText(stored.stages) : undefined;
  const differs = {
    kind: parsed.kind !== stored.kind,
    start: parsedStart !== storedStart,
    due: parsedDue !== storedDue,
    stages: parsedStages !== storedStages,
  };

  const read = [KIND_NAMES[parsed.kind]];
  if (parsedStart !== undefined && (differs.kind || differs.start)) read.push(`bắt đầu ${parsedStart}`);
  if (parsedDue !== undefined) read.push(`hạn ${parsedDue}`);
  if (parsedStages !== undefined && (differs.kind || differs.stages)) read.push(`các mốc ${parsedStages}`);

  const written: string[] = [];
  if (differs.kind) written.push(`loại "${stored.kind}" (${KIND_NAMES[stored.kind]})`);
  if (differs.start) written.push(storedStart === undefined ? 'không ghi ngày bắt đầu' : `bắt đầu ${storedStart}`);
  if (differs.due) written.push(storedDue === undefined ? 'không ghi hạn' : `hạn ${storedDue}`);
  if (differs.stages && !differs.kind) written.push(`các mốc ${storedStages ?? '(không có)'}`);
  if (written.length === 0) written.push('lời văn của các mốc (stages[].raw) khác với văn bản');

  const changed = (['kind', 'start', 'due', 'stages'] as const).filter((k) => differs[k]);
  const field: PathSegment[] = changed.length === 1 && changed[0] !== 'kind' ? ['deadline', changed[0]!] : ['deadline'];
  return [
    entryProblem(
      origins,
      task,
      field,
      `Thời hạn "${stored.raw}" được đọc là ${read.join(', ')}, nhưng tệp ghi ${written.join(', ')}.`,
      'sửa lại cho khớp, hoặc thêm "override": { "reason": "…" } vào deadline nếu cố ý đọc khác.',
    ),
  ];
}

function stagesText(stages: readonly DeadlineStage[]): string {
  return stages.map((s) => `${s.level === null ? 'không rõ cấp' : LEVEL_NAME[s.level]} ${s.date}`).join('; ');
}
