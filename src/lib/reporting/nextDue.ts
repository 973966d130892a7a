import type { ReportingSchedule } from '../../schemas/plan.ts';
import { formatViDate } from '../deadline/formatDeadline.ts';

/** When a reporting duty is next due on a given day. */
export type NextReport = { kind: 'next'; date: string } | { kind: 'passed'; date: string } | { kind: 'ended'; until: string } | { kind: 'no-date' };

/**
 * The next day on or after `today` that `schedule` falls due, within the plan's period (`until`,
 * the period's last day, or null when open-ended). A one-off duty whose date has gone by is "passed";
 * a recurring one whose next date falls after the period is "ended"; "Hằng tháng" without a day, or
 * no schedule at all, has no date. A monthly day past the month's end (31 in April) falls on its last day.
 */
export function nextReportDue(schedule: ReportingSchedule | null | undefined, today: string, until: string | null): NextReport {
  if (schedule === null || schedule === undefined) return { kind: 'no-date' };
  if (schedule.kind === 'once') return schedule.date < today ? { kind: 'passed', date: schedule.date } : { kind: 'next', date: schedule.date };
  const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  let next: string;
  if (schedule.kind === 'monthly') {
    if (schedule.day === null) return until !== null && until < today ? { kind: 'ended', until } : { kind: 'no-date' };
    const thisMonth = dayIn(y, m, schedule.day);
    next = thisMonth >= today ? thisMonth : dayIn(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, schedule.day);
  } else {
    const thisYear = dayIn(y, schedule.month, schedule.day);
    next = thisYear >= today ? thisYear : dayIn(y + 1, schedule.month, schedule.day);
  }
  return until !== null && next > until ? { kind: 'ended', until } : { kind: 'next', date: next };
}

/** The next due date in words: "Lần tới: 15/12/2026", "Đã qua hạn (25/04/2022)", "Hết giai đoạn kế hoạch (31/12/2025)", "Văn bản không nêu ngày". */
export function nextReportLabel(next: NextReport): string {
  switch (next.kind) {
    case 'next':
      return `Lần tới: ${formatViDate(next.date)}`;
    case 'passed':
      return `Đã qua hạn (${formatViDate(next.date)})`;
    case 'ended':
      return `Hết giai đoạn kế hoạch (${formatViDate(next.until)})`;
    case 'no-date':
      return 'Văn bản không nêu ngày';
  }
}

/** How the schedule reads in words: "Hằng tháng, hạn ngày 15", "Hằng năm, hạn ngày 10/6", "Một lần, hạn ngày 25/04/2022". */
export function scheduleLabel(schedule: ReportingSchedule | null | undefined): string {
  if (schedule === null || schedule === undefined) return 'Không định kỳ';
  if (schedule.kind === 'once') return `Một lần, hạn ngày ${formatViDate(schedule.date)}`;
  if (schedule.kind === 'yearly') return `Hằng năm, hạn ngày ${schedule.day}/${schedule.month}`;
  return schedule.day === null ? 'Hằng tháng (không nêu ngày)' : `Hằng tháng, hạn ngày ${schedule.day}`;
}

function dayIn(year: number, month: number, day: number): string {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}
