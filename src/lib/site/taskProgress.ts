/**
 * A task's progress as the site can state it. Progress is shown only where a published source names
 * the task (its status, the quoted evidence and its date); no source read so far does: Công điện
 * 133/CĐ-TTg of 14/12/2024 counts 38 Đề án 06 tasks behind schedule without listing them, and the
 * C06 tallies (348 done, 39 not done of 690) name none either. So every task reads "Chưa có báo cáo",
 * which says nothing about whether the work was done; a passed deadline stays "Đã qua hạn".
 */
export const NO_PROGRESS_REPORT = 'Chưa có báo cáo';

/** The words for a task's progress: "Chưa có báo cáo" until a source names the task. */
export function taskProgressLabel(): string {
  return NO_PROGRESS_REPORT;
}
