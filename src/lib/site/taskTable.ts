import type { Task, TaskSection } from '../../schemas/index.ts';
import { formatDeadline } from '../deadline/parseDeadline.ts';
import { mentionsIn, type AgencyMention } from './agencies.ts';
import { deadlineWindows, finalDue, quarterLabel } from './deadlines.ts';
import { groupInfo } from './targets.ts';
import type { Site, SitePlan } from './types.ts';

/**
 * How a page names a task: its section as printed, with the bullet's position when the item
 * holds several tasks ("III.5.a, ý 2").
 */
export function taskLabel(task: Task): string {
  const bullet = /-y(\d+)$/.exec(task.id);
  return bullet ? `${task.section}, ý ${bullet[1]}` : task.section;
}

/** The first words of a text, cut at a word boundary, with "…" when cut: for link labels in timelines. */
export function excerpt(text: string, maxChars: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= maxChars) return t;
  const cut = t.slice(0, maxChars + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxChars * 0.6 ? cut.slice(0, space) : cut.slice(0, maxChars)).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** One row of a plan's task table, everything a template prints or a filter reads. */
export interface TaskRow {
  task: Task;
  label: string;
  lead: AgencyMention[];
  support: AgencyMention[];
  /** Short deadline label ("Tháng 3/2022"). */
  deadline: string;
  /** The last due date (ISO), or null for undated tasks; the sort key. */
  due: string | null;
  /** Deadline windows for the filter: "2022 2022-Q1". */
  windows: string;
  /** Utility group id, or "" when the task's section has none. */
  group: string;
}

/** A heading of the tasks section and the rows under it (rows before any heading have `section: null`). */
export interface TaskRowGroup {
  section: TaskSection | null;
  rows: TaskRow[];
}

/** The heading a task sits under: the longest heading number its section starts with. */
export function sectionOf(task: Task, sections: readonly TaskSection[]): TaskSection | null {
  let best: TaskSection | null = null;
  for (const s of sections) {
    const under = task.section === s.section || task.section.startsWith(`${s.section}.`);
    if (under && (best === null || s.section.length > best.section.length)) best = s;
  }
  return best;
}

/** The plan's task table rows grouped under their headings, in document order. */
export function taskRowGroups(plan: SitePlan, site: Site): TaskRowGroup[] {
  const groups: TaskRowGroup[] = [];
  for (const task of plan.tasks) {
    const section = sectionOf(task, plan.sections);
    const windows = deadlineWindows(plan, task);
    const row: TaskRow = {
      task,
      label: taskLabel(task),
      lead: mentionsIn(plan, task.lead, site),
      support: mentionsIn(plan, task.support, site),
      deadline: formatDeadline(task.deadline),
      due: finalDue(task),
      windows: [...windows.years, ...windows.quarters].join(' '),
      group: task.group ?? section?.group ?? '',
    };
    const last = groups[groups.length - 1];
    if (last && last.section === section) last.rows.push(row);
    else groups.push({ section, rows: [row] });
  }
  return groups;
}

/** An option of a filter select. */
export interface FilterOption {
  value: string;
  label: string;
}

/** The choices of the task table's filters, from the tasks themselves (no empty choices). */
export interface TaskFilterOptions {
  /** Lead agencies, named in the plan's context, alphabetically. */
  agencies: FilterOption[];
  /** Years, each with its quarters: "Năm 2022" then "Quý I/2022"… */
  windows: { year: FilterOption; quarters: FilterOption[] }[];
  /** Utility groups the tasks belong to, in the programme's order. */
  groups: FilterOption[];
}

/** Filter choices for a plan's task table. */
export function taskFilterOptions(plan: SitePlan, groups: readonly TaskRowGroup[], site: Site): TaskFilterOptions {
  const rows = groups.flatMap((g) => g.rows);
  const agencies = new Map<string, string>();
  for (const row of rows) for (const m of row.lead) agencies.set(m.id, m.name);
  const windows = new Set(rows.flatMap((r) => r.windows.split(' ').filter(Boolean)));
  const years = [...windows].filter((w) => !w.includes('-Q')).sort();
  const programme = site.programmeById.get(plan.meta.programme);
  const groupIds = new Set(rows.map((r) => r.group).filter(Boolean));
  const programmeOrder = programme?.groups.map((g) => g.id) ?? [];
  return {
    agencies: [...agencies.entries()].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'vi')),
    windows: years.map((y) => ({
      year: { value: y, label: `Năm ${y}` },
      quarters: [...windows]
        .filter((w) => w.startsWith(`${y}-Q`))
        .sort()
        .map((q) => ({ value: q, label: quarterLabel(q) })),
    })),
    groups: [...groupIds]
      .sort((a, b) => programmeOrder.indexOf(a) - programmeOrder.indexOf(b))
      .map((id) => ({ value: id, label: groupInfo(id, programme).name })),
  };
}
