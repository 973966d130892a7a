import type { LoadedContent } from '../content/corpus.ts';
import { parseReportingSchedule } from '../reporting/parseSchedule.ts';
import { scheduleLabel } from '../reporting/nextDue.ts';
import { entryProblem } from './entryProblem.ts';
import type { Problem } from '../validate/problem.ts';

/**
 * Reporting duties whose stored `schedule` differs from what `parseReportingSchedule` reads in their
 * `when`, or that lack one when `when` names a date: the duties page computes "next due" from it, so it
 * must say exactly what the plan says.
 */
export function checkReportingSchedules({ corpus, origins }: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  for (const plan of corpus.plans) {
    const fm = plan.frontmatter;
    fm.reporting.forEach((duty, i) => {
      const read = parseReportingSchedule(duty.when);
      const stored = duty.schedule;
      if (stored === undefined && read === null) return;
      if (JSON.stringify(stored ?? null) === JSON.stringify(read)) return;
      const write = read === null ? 'null' : JSON.stringify(read).replace(/,/g, ', ').replace(/:/g, ': ');
      problems.push(
        entryProblem(
          origins,
          fm,
          ['reporting', i, 'schedule'],
          stored === undefined
            ? `Chế độ báo cáo "${duty.when}" chưa có lịch (schedule); câu này được đọc là: ${scheduleLabel(read)}.`
            : `Lịch báo cáo (schedule) khác với câu "${duty.when ?? ''}": câu được đọc là ${scheduleLabel(read).toLocaleLowerCase('vi')}, tệp ghi ${scheduleLabel(stored).toLocaleLowerCase('vi')}.`,
          `ghi "schedule": ${write}, hoặc sửa "when" cho đúng văn bản.`,
        ),
      );
    });
  }
  return problems;
}
