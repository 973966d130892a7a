import type { Level, PlanFrontmatter } from '../../schemas/index.ts';
import { LEVEL_NAME } from '../deadline/names.ts';
import { formatViDate } from '../deadline/parseDeadline.ts';
import { deadlineEntries, isPassed, passedCount, undatedTasks, type DeadlineEntry } from './deadlines.ts';
import type { SitePlan } from './types.ts';

/** "cấp tỉnh", "cấp huyện", "cấp xã". */
export const LEVEL_LABEL: Readonly<Record<Level, string>> = LEVEL_NAME;

/** The levels in the order pages list them. */
export const LEVELS: readonly Level[] = ['province', 'district', 'commune'];

/** True when a copy gives only the month of issue ("2022-04"), leaving the day blank. */
export function isMonthOnly(issuedOn: string | null): issuedOn is string {
  return issuedOn !== null && issuedOn.length === 7;
}

/**
 * The date of issue with the precision the document gives: "05/6/2026"; "tháng 4/2022" when only
 * the month is known; "không ghi ngày" when the copy has no date.
 */
export function issuedOnLabel(issuedOn: string | null): string {
  if (issuedOn === null) return 'không ghi ngày';
  if (isMonthOnly(issuedOn)) {
    const [y, m] = issuedOn.split('-');
    return `tháng ${Number(m)}/${y}`;
  }
  return formatViDate(issuedOn);
}

/** The date of issue inside a sentence: "ngày 05/6/2026", "tháng 4/2022", "không ghi ngày". */
export function issuedPhrase(issuedOn: string | null): string {
  return issuedOn === null || isMonthOnly(issuedOn) ? issuedOnLabel(issuedOn) : `ngày ${issuedOnLabel(issuedOn)}`;
}

/** "2022–2025, tầm nhìn đến năm 2030". */
export function periodLabel(period: PlanFrontmatter['period']): string {
  const span = period.from === period.to ? `${period.from}` : `${period.from}–${period.to}`;
  return period.vision === null ? span : `${span}, tầm nhìn đến năm ${period.vision}`;
}

/** How a copy was obtained, in plain Vietnamese. */
export const SOURCE_KIND_LABEL: Record<PlanFrontmatter['source']['kind'], string> = {
  text: 'Văn bản điện tử',
  'pdf-text': 'Văn bản trích từ tệp PDF',
  ocr: 'Bản quét nhận dạng ký tự (OCR)',
};

/** How often a reporting duty recurs, in plain Vietnamese. */
export const REPORTING_FREQUENCY_LABEL: Record<NonNullable<PlanFrontmatter['reporting'][number]['frequency']>, string> = {
  monthly: 'Hằng tháng',
  quarterly: 'Hằng quý',
  'half-yearly': '6 tháng một lần',
  yearly: 'Hằng năm',
  once: 'Một lần',
  'on-request': 'Khi có yêu cầu',
};

/** The "at a glance" figures of a plan on a given day. */
export interface PlanGlance {
  tasks: number;
  targets: number;
  /** Targets that carry a number. */
  quantitativeTargets: number;
  /** The soonest dated point on or after `today`, if any. */
  next: DeadlineEntry | null;
  /** Dated points before `today`. */
  passed: number;
  /** All dated points (a staged deadline counts once per stage). */
  dated: number;
  /** Tasks without a date: continuous, event-bound or unspecified. */
  undated: number;
}

/** The "at a glance" figures of a plan, with deadline statuses computed against `today` (ISO). */
export function planGlance(plan: SitePlan, today: string): PlanGlance {
  const entries = deadlineEntries([plan]);
  return {
    tasks: plan.tasks.length,
    targets: plan.targets.length,
    quantitativeTargets: plan.targets.filter((t) => t.value !== undefined).length,
    next: entries.find((e) => !isPassed(e.due, today)) ?? null,
    passed: passedCount(entries, today),
    dated: entries.length,
    undated: undatedTasks([plan]).length,
  };
}

/** Plans of each level that has any, in `LEVELS` order, each list in the order given. */
export function plansByLevel(plans: readonly SitePlan[]): { level: Level; plans: SitePlan[] }[] {
  return LEVELS.map((level) => ({ level, plans: plans.filter((p) => p.meta.level === level) })).filter((g) => g.plans.length > 0);
}

/** Plans whose published text had its Vietnamese diacritics restored from an OCR copy. */
export function restoredPlans(plans: readonly SitePlan[]): SitePlan[] {
  return plans.filter((p) => p.meta.source.restored);
}

/** Plans most recently added to the site first (by `addedOn`, then newest issue). */
export function recentlyAdded(plans: readonly SitePlan[], n: number): SitePlan[] {
  return [...plans].sort((a, b) => b.meta.addedOn.localeCompare(a.meta.addedOn)).slice(0, n);
}

/** Totals across plans for the home page. */
export function totals(plans: readonly SitePlan[]): { plans: number; tasks: number; targets: number } {
  return {
    plans: plans.length,
    tasks: plans.reduce((n, p) => n + p.tasks.length, 0),
    targets: plans.reduce((n, p) => n + p.targets.length, 0),
  };
}

/** A short reference to a plan for lists: "Kế hoạch số 208/KH-UBND ngày 05/6/2026", or the issuer and year. */
export function planShortName(plan: SitePlan): string {
  const { number, issuedOn, issuer, period } = plan.meta;
  const date = issuedOn === null ? '' : ` ${issuedPhrase(issuedOn)}`;
  if (number !== null) return `Kế hoạch số ${number}${date}`;
  return `Kế hoạch của ${issuer}${date || ` (${period.from})`}`;
}

/** A plan named for lists that mix issuers: "Kế hoạch số 208/KH-UBND ngày 05/6/2026 của Ủy ban nhân dân tỉnh Bắc Ninh". */
export function planFullName(plan: SitePlan): string {
  return plan.meta.number === null ? planShortName(plan) : `${planShortName(plan)} của ${plan.meta.issuer}`;
}

/** A plan's short name in a breadcrumb trail: "Kế hoạch số 208/KH-UBND", or "Kế hoạch 2022" when it has no number. */
export function planCrumb(plan: SitePlan): string {
  const year = plan.meta.issuedOn?.slice(0, 4) ?? String(plan.meta.period.from);
  return plan.meta.number === null ? `Kế hoạch ${year}` : `Kế hoạch số ${plan.meta.number}`;
}

/** The line above a plan's title: issuer, number and date of issue. */
export function planKicker(plan: SitePlan): string {
  const { issuer, number, issuedOn } = plan.meta;
  const date = issuedOn === null ? 'Không ghi ngày ban hành' : `Ban hành ${issuedPhrase(issuedOn)}`;
  return [issuer, number === null ? null : `Số ${number}`, date].filter(Boolean).join(' · ');
}
