/**
 * Recomputes "Lần tới: …" of reporting duties against the visitor's own date (the build wrote it
 * against the build date).
 */
import { nextReportDue, nextReportLabel } from '../lib/reporting/nextDue.ts';
import type { ReportingSchedule } from '../schemas/plan.ts';
import { localToday } from './localDate.ts';

const today = localToday();
for (const el of document.querySelectorAll<HTMLElement>('[data-report-schedule]')) {
  const schedule = JSON.parse(el.dataset['reportSchedule'] ?? 'null') as ReportingSchedule | null;
  const until = el.dataset['reportUntil'] || null;
  el.textContent = nextReportLabel(nextReportDue(schedule, today, until));
}
