import type { ReportingDuty } from '../../schemas/index.ts';
import { nextReportDue, type NextReport } from '../reporting/nextDue.ts';
import type { Site, SitePlan } from './types.ts';

/** One sentence of a plan's reporting clauses and the duties read from it, in document order. */
export interface DutySentence {
  /** The sentence verbatim. */
  text: string;
  /** Every duty the sentence sets ("sơ kết 6 tháng (trước ngày 10/6) và tổng kết hàng năm (trước ngày 10/12)" sets two). */
  duties: ReportingDuty[];
}

/**
 * A plan's reporting duties grouped by the sentence they come from: a duty whose text repeats the
 * previous one's, or is a part of it (the "để tổng hợp, báo cáo …" chain onwards), joins that sentence,
 * so one sentence is one row of the plan page's "Chế độ báo cáo" table.
 */
export function dutiesBySentence(reporting: readonly ReportingDuty[]): DutySentence[] {
  const out: DutySentence[] = [];
  for (const duty of reporting) {
    const last = out[out.length - 1];
    if (last !== undefined && last.text.includes(duty.text)) last.duties.push(duty);
    else out.push({ text: duty.text, duties: [duty] });
  }
  return out;
}

/**
 * The last day a plan's duties can fall due: the end of its period, or the day its issuing unit
 * ceased to exist when that is earlier (a district abolished on 30/6/2025 reports no more).
 */
export function dutiesUntil(plan: SitePlan, site: Site): string | null {
  const periodEnd = plan.meta.period.to === null ? null : `${plan.meta.period.to}-12-31`;
  const unitEnd = site.regionById.get(plan.meta.region)?.validTo ?? null;
  if (periodEnd === null) return unitEnd;
  if (unitEnd === null) return periodEnd;
  return unitEnd < periodEnd ? unitEnd : periodEnd;
}

/** A duty of a plan with its next due date on a given day, for the page that lists duties across plans. */
export interface DutyRow {
  plan: SitePlan;
  duty: ReportingDuty;
  /** The sentence the duty comes from (shared by the duties of one sentence). */
  sentence: string;
  until: string | null;
  next: NextReport;
}

/** Every duty of every plan with its next due date on `today`; duties with a next date first, soonest first, then by plan. */
export function dutyRows(site: Site, today: string): DutyRow[] {
  const rows = site.plans.flatMap((plan) => {
    const until = dutiesUntil(plan, site);
    return dutiesBySentence(plan.meta.reporting).flatMap((s) =>
      s.duties.map((duty) => ({ plan, duty, sentence: s.text, until, next: nextReportDue(duty.schedule, today, until) })),
    );
  });
  const key = (r: DutyRow): string => (r.next.kind === 'next' ? `0${r.next.date}` : '1');
  return rows.sort((a, b) => key(a).localeCompare(key(b)));
}
