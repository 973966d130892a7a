/**
 * The search records of the site, built from the content (never scraped from the built HTML):
 * one per plan, one per task and one per target, each with the anchor URL it lands on, the words it
 * is found by, the facts a result shows and its filter values.
 */
import type { Agency, Programme, Target, Task } from '../../schemas/index.ts';
import { formatDeadline } from '../deadline/parseDeadline.ts';
import { agencyNameAt } from '../site/agencies.ts';
import { deadlineWindows, finalDue } from '../site/deadlines.ts';
import { targetMeasures } from '../site/metrics.ts';
import { url } from '../site/nav.ts';
import { LEVEL_LABEL, periodLabel, planKicker, planShortName } from '../site/plans.ts';
import { currentProvinceOf, nameWithType, placeLine, provinceInEra, successionChain } from '../site/regions.ts';
import { groupInfo, measureLabel } from '../site/targets.ts';
import { taskLabel } from '../site/taskTable.ts';
import type { Site, SitePlan } from '../site/types.ts';
import type { ResultKind } from './filterKeys.ts';

/** What a result shows besides its text; every field is display-ready Vietnamese. */
export interface RecordFacts {
  /** The line above the text: "Nhiệm vụ III.2.đ", "Chỉ tiêu II.2.a", "Kế hoạch". */
  label: string;
  /** Lead agencies named in the plan's context: "Sở Y tế tỉnh Bắc Kạn; Công an tỉnh Bắc Kạn". */
  lead?: string;
  /** Supporting agencies, named the same way. */
  support?: string;
  /** The task's deadline as the site labels it: "Quý I/2023", "Thường xuyên". */
  deadline?: string;
  /** The utility group's short name: "Công dân số". */
  group?: string;
  /** A target's phase as the document words it: "Trong năm 2022". */
  phase?: string;
  /** A target's figures: "tối thiểu 90% (cấp tỉnh); 80% (cấp huyện)". */
  value?: string;
  /** A plan's issuer, number and date: "Ủy ban nhân dân tỉnh Bắc Ninh · Số 208/KH-UBND · Ban hành ngày 05/6/2026". */
  issuer?: string;
  /** A plan's level: "cấp tỉnh". */
  level?: string;
  /** A plan's period: "2022–2025, tầm nhìn đến năm 2030". */
  period?: string;
  /** An administrative unit's former units: "thị trấn Phủ Thông, xã Lục Bình" (see `unitRecords.ts`). */
  formedFrom?: string;
}

/** Values of the filters that differ between the results of one plan. */
export interface RecordFilters {
  loai: ResultKind[];
  /** Years of the task's dated deadline points, or of the target's phase (none for a plan). */
  nam: string[];
  /** Lead agency ids (tasks only). */
  'co-quan': string[];
  /** Utility group id, when the task or target belongs to one. */
  nhom: string[];
}

/** One task, target or plan as search finds and shows it. */
export interface SearchRecord {
  kind: ResultKind;
  /** The anchor on the plan page ("nv-iii-2-dd", "ct-ii-2-a-2022-1"), or null for the plan itself. */
  anchor: string | null;
  /** Where the result links: "/ke-hoach/tinh-bac-kan-2022/#nv-iii-2-dd". */
  url: string;
  /** The words shown as the result: a task's or target's text verbatim, or the plan's title. */
  text: string;
  /**
   * More words the record is found by, not shown: the general names of its agencies ("Sở Y tế" for
   * "Phòng Y tế huyện Krông Nô"), the deadline's own words; for a plan its number, summary, programme.
   */
  extra: string;
  facts: RecordFacts;
  filters: RecordFilters;
  /** A task's last due date (ISO), for the "đã qua hạn" / "chưa đến hạn" a result shows; null otherwise. Not searchable. */
  due: string | null;
}

/** What every record of one plan shares. */
export interface PlanContext {
  id: string;
  url: string;
  /** The plan's title verbatim. */
  title: string;
  /** Its short name: "Kế hoạch số 208/KH-UBND ngày 05/6/2026", "Kế hoạch của Ủy ban nhân dân tỉnh Bắc Kạn (2022)". */
  name: string;
  /** Where it was issued, and where that lies today: "xã Lục Bình, huyện Bạch Thông, tỉnh Bắc Kạn (nay thuộc tỉnh Thái Nguyên)". */
  place: string;
  /** The province filter: the province it was issued in, then every unit that province became (bac-kan, thai-nguyen). */
  tinh: string[];
  cap: string[];
  'chuong-trinh': string[];
}

/** A plan's context and its records: the plan first, then its tasks, then its targets, in document order. */
export interface PlanRecords {
  plan: PlanContext;
  records: SearchRecord[];
}

/** The records of every plan, plans in the site's order (newest issue first). */
export function buildRecords(site: Site): PlanRecords[] {
  return site.plans.map((plan) => planRecords(plan, site));
}

/** The same, one plan at a time, for a single pass that need not hold every record at once. */
export function* eachPlanRecords(site: Site): Generator<PlanRecords> {
  for (const plan of site.plans) yield planRecords(plan, site);
}

/** The context and records of one plan. */
export function planRecords(plan: SitePlan, site: Site): PlanRecords {
  const context = planContext(plan, site);
  const programme = site.programmeById.get(plan.meta.programme);
  return {
    plan: context,
    records: [
      planRecord(plan, context, programme),
      ...plan.tasks.map((task) => taskRecord(task, plan, site, programme)),
      ...plan.targets.map((target) => targetRecord(target, plan, programme)),
    ],
  };
}

function planContext(plan: SitePlan, site: Site): PlanContext {
  const regions = site.regionById;
  const inEra = provinceInEra(plan.meta.region, regions);
  const current = currentProvinceOf(plan.meta.region, regions);
  const place = placeLine(plan.meta.region, regions);
  return {
    id: plan.id,
    url: url.plan(plan.id),
    title: plan.meta.title,
    name: planShortName(plan),
    place: current.id === inEra.id ? place : `${place} (nay thuộc ${nameWithType(current)})`,
    tinh: successionChain(inEra.id, regions).map((r) => r.id),
    cap: [plan.meta.level],
    'chuong-trinh': [plan.meta.programme],
  };
}

function planRecord(plan: SitePlan, context: PlanContext, programme: Programme | undefined): SearchRecord {
  const m = plan.meta;
  return {
    kind: 'ke-hoach',
    anchor: null,
    url: context.url,
    text: m.title,
    extra: joinWords([m.summary, programme?.name, m.signer?.name]),
    facts: {
      label: 'Kế hoạch',
      issuer: planKicker(plan),
      level: LEVEL_LABEL[m.level],
      period: periodLabel(m.period),
    },
    // A plan has no deadline of its own: the year filter is for tasks and targets.
    filters: { loai: ['ke-hoach'], nam: [], 'co-quan': [], nhom: [] },
    due: null,
  };
}

function taskRecord(task: Task, plan: SitePlan, site: Site, programme: Programme | undefined): SearchRecord {
  const lead = agencyNames(task.lead, plan, site);
  const support = agencyNames(
    task.support.filter((id) => !task.lead.includes(id)),
    plan,
    site,
  );
  const group = task.group ? groupInfo(task.group, programme).shortName : undefined;
  return {
    kind: 'nhiem-vu',
    anchor: task.id,
    url: url.planItem(plan.id, task.id),
    text: task.text,
    extra: joinWords([lead.general, support.general, task.deadline.raw, task.note]),
    facts: {
      label: `Nhiệm vụ ${taskLabel(task)}`,
      ...(lead.shown ? { lead: lead.shown } : {}),
      ...(support.shown ? { support: support.shown } : {}),
      deadline: formatDeadline(task.deadline),
      ...(group ? { group } : {}),
    },
    filters: {
      loai: ['nhiem-vu'],
      nam: deadlineWindows(plan, task).years,
      'co-quan': [...new Set(task.lead)],
      nhom: task.group ? [task.group] : [],
    },
    due: finalDue(task),
  };
}

function targetRecord(target: Target, plan: SitePlan, programme: Programme | undefined): SearchRecord {
  const value = targetMeasures(target).map(measureLabel).join('; ');
  const group = groupInfo(target.group, programme);
  return {
    kind: 'chi-tieu',
    anchor: target.id,
    url: url.planItem(plan.id, target.id),
    text: target.text,
    extra: group.name,
    facts: {
      label: `Chỉ tiêu ${target.section}`,
      phase: target.phase.raw,
      group: group.shortName,
      ...(value ? { value } : {}),
    },
    filters: {
      loai: ['chi-tieu'],
      nam: yearsBetween(target.phase.from, target.phase.to ?? Math.max(target.phase.from, plan.meta.period.to)),
      'co-quan': [],
      nhom: [target.group],
    },
    due: null,
  };
}

/**
 * Agencies of a task as shown ("Sở Y tế tỉnh Bắc Kạn; Công an tỉnh Bắc Kạn") and, for search only,
 * the general names of those whose name at this level differs ("Phòng Y tế huyện Krông Nô" is
 * found by "Sở Y tế" too, since it is the same kind of agency).
 */
function agencyNames(ids: readonly string[], plan: SitePlan, site: Site): { shown: string; general: string } {
  const region = site.regionById.get(plan.meta.region);
  const shown: string[] = [];
  const general: string[] = [];
  for (const id of ids) {
    const agency: Agency | undefined = site.agencyById.get(id);
    if (!agency) {
      shown.push(id);
      continue;
    }
    const name = region ? agencyNameAt(agency, plan.meta.level, region) : agency.name;
    shown.push(name);
    if (!name.startsWith(agency.name)) general.push(agency.name);
  }
  return { shown: shown.join('; '), general: general.join('; ') };
}

/** The years from `from` to `to` inclusive, as strings. */
export function yearsBetween(from: number, to: number): string[] {
  const years: string[] = [];
  for (let y = from; y <= to; y += 1) years.push(String(y));
  return years;
}

function joinWords(parts: readonly (string | null | undefined | false)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim().length > 0).join('\n');
}
