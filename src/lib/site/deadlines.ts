import type { Level, Task } from '../../schemas/index.ts';
import { hasDueDate } from '../../schemas/index.ts';
import { formatDeadline } from '../deadline/parseDeadline.ts';
import { quarterRoman } from '../deadline/quarterNumeral.ts';
import { isPassed } from './dueStatus.ts';
import type { SitePlan, TaskRef } from './types.ts';

export { asOfLabel, dueStatusLabel, isPassed } from './dueStatus.ts';

/**
 * One dated point on a timeline: a task's due date, or one stage of a staged deadline
 * ("cấp huyện từ ngày 01/12/2022" is its own point).
 */
export interface DeadlineEntry extends TaskRef {
  /** The ISO date the point falls on. */
  due: string;
  /** Short Vietnamese label of the deadline ("Tháng 3/2022", "Quý I/2023"), or the stage's own words. */
  label: string;
  /** The level a stage applies to, for staged deadlines that name one. */
  stageLevel: Level | null;
}

/** Every dated point of a task: one for a deadline with a due date, one per stage for a staged one, none otherwise. */
export function taskDeadlineEntries(plan: SitePlan, task: Task): DeadlineEntry[] {
  const d = task.deadline;
  if (d.kind === 'staged') {
    return d.stages.map((stage) => ({ plan, task, due: stage.date, label: stage.raw, stageLevel: stage.level }));
  }
  if (hasDueDate(d)) return [{ plan, task, due: d.due, label: formatDeadline(d), stageLevel: null }];
  return [];
}

/** Every dated point of the given plans, earliest first (ties keep document order). */
export function deadlineEntries(plans: readonly SitePlan[]): DeadlineEntry[] {
  return plans.flatMap((plan) => plan.tasks.flatMap((task) => taskDeadlineEntries(plan, task))).sort((a, b) => a.due.localeCompare(b.due));
}

/** Tasks with no date to place on a timeline: continuous work, tasks waiting on an event, and unspecified ones. */
export function undatedTasks(plans: readonly SitePlan[]): TaskRef[] {
  return plans.flatMap((plan) => plan.tasks.filter((task) => !hasDueDate(task.deadline)).map((task) => ({ plan, task })));
}

/** How many points are due before `today`: the "đã qua hạn" count. */
export function passedCount(entries: readonly DeadlineEntry[], today: string): number {
  return entries.filter((e) => isPassed(e.due, today)).length;
}

/** "2022-03" → "Tháng 3/2022". */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  return `Tháng ${Number(m)}/${y}`;
}

/** The quarter key of an ISO date: "2023-02-14" → "2023-Q1". */
export function quarterKey(iso: string): string {
  const [y, m] = iso.split('-');
  return `${y}-Q${Math.ceil(Number(m) / 3)}`;
}

/** "2023-Q1" → "Quý I/2023". */
export function quarterLabel(key: string): string {
  const [y, q] = key.split('-Q');
  return `Quý ${quarterRoman(Number(q))}/${y}`;
}

/** A month of a timeline and the points that fall in it. */
export interface MonthGroup {
  /** "2022-03". */
  month: string;
  /** "Tháng 3/2022". */
  label: string;
  entries: DeadlineEntry[];
}

/** Points grouped by the month they fall in, months in order. Expects `entries` sorted by date. */
export function groupByMonth(entries: readonly DeadlineEntry[]): MonthGroup[] {
  const groups: MonthGroup[] = [];
  for (const entry of entries) {
    const month = entry.due.slice(0, 7);
    const last = groups[groups.length - 1];
    if (last && last.month === month) last.entries.push(entry);
    else groups.push({ month, label: monthLabel(month), entries: [entry] });
  }
  return groups;
}

/** The first `n` points due on or after `today`, soonest first. Expects `entries` sorted by date. */
export function nextDue(entries: readonly DeadlineEntry[], today: string, n: number): DeadlineEntry[] {
  return entries.filter((e) => !isPassed(e.due, today)).slice(0, n);
}

/**
 * The deadline windows a task falls in, for the task table's filter: the years and quarters
 * of every dated point ("2022", "2022-Q1"). Continuous and event-bound tasks have none.
 */
export function deadlineWindows(plan: SitePlan, task: Task): { years: string[]; quarters: string[] } {
  const dues = taskDeadlineEntries(plan, task).map((e) => e.due);
  return {
    years: [...new Set(dues.map((d) => d.slice(0, 4)))],
    quarters: [...new Set(dues.map(quarterKey))],
  };
}

/** The latest due date of a task (the last stage for a staged deadline), or null when it has none. */
export function finalDue(task: Task): string | null {
  return hasDueDate(task.deadline) ? task.deadline.due : null;
}

/**
 * Today's date in Vietnam (UTC+7) as ISO, or `override` when it is a valid `YYYY-MM-DD`
 * (for reproducible builds): a build at 23:00 UTC already counts as the next day in Hà Nội.
 */
export function todayInVietnam(now: Date, override?: string): string {
  if (override !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(override)) return override;
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
