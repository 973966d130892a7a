/**
 * A deadline's status on a given day, with no other imports: the pages compute it at build time
 * and the browser recomputes it against the visitor's date with this same module.
 * A passed deadline is "Đã qua hạn", never "quá hạn": the site does not know whether the work was done.
 */
import { formatViDate } from '../deadline/formatDeadline.ts';

/** True when the due date is before `today` (both ISO). Due today is not yet passed. */
export function isPassed(due: string, today: string): boolean {
  return due < today;
}

/** The statuses a filter offers, by URL value, with the words pages show. */
export const DUE_STATUS_LABEL = {
  'da-qua-han': 'Đã qua hạn',
  'chua-den-han': 'Chưa đến hạn',
} as const;

/** A status's URL value. */
export type DueStatusKey = keyof typeof DUE_STATUS_LABEL;

/** The status of a due date on `today`: "da-qua-han" or "chua-den-han". */
export function dueStatusKey(due: string, today: string): DueStatusKey {
  return isPassed(due, today) ? 'da-qua-han' : 'chua-den-han';
}

/** The words a page shows for a due date's status on `today`: "Đã qua hạn" or "Chưa đến hạn". */
export function dueStatusLabel(due: string, today: string): string {
  return DUE_STATUS_LABEL[dueStatusKey(due, today)];
}

/** "Tính đến ngày 22/11/2026": the sentence that says which date statuses were computed against. */
export function asOfLabel(today: string): string {
  return `Tính đến ngày ${formatViDate(today)}`;
}
