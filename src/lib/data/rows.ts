/**
 * Row builders: one function per table, taking the same inputs the page that shows the table
 * uses, so that a CSV has exactly the rows of the table it sits beside.
 */
import type { Agency, Figure, Metric, Region, Target, Task } from '../../schemas/index.ts';
import { NATIONAL_REGION } from '../../schemas/index.ts';
import { hasDueDate } from '../../schemas/index.ts';
import { DEADLINE_KIND_NAME } from '../deadline/names.ts';
import { formatDeadline } from '../deadline/parseDeadline.ts';
import { mentionsIn, SECTOR_LABEL } from '../site/agencies.ts';
import { DUTY_LABEL, type AgencyDuty } from '../site/agencyDuties.ts';
import { dueStatusLabel, type DeadlineEntry } from '../site/deadlines.ts';
import { directionLabel, targetMeasures, type MetricPoint } from '../site/metrics.ts';
import { upperFirst } from '../text/vietnamese.ts';
import { scheduleLabel } from '../reporting/nextDue.ts';
import { REPORTING_FREQUENCY_LABEL } from '../site/plans.ts';
import { LEVEL_LABEL } from '../site/plans.ts';
import { groupInfo, measureLabel } from '../site/targets.ts';
import { sectionOf } from '../site/taskTable.ts';
import type { Site, SitePlan } from '../site/types.ts';
import { planContext } from './context.ts';
import type {
  agencyTable,
  agencyTaskTable,
  dutyTable,
  metricPointTable,
  metricTable,
  planTable,
  reportedFigureTable,
  targetTable,
  taskTable,
  timelineTable,
  unitTable,
} from './tables.ts';
import type { Row } from './table.ts';
import { BOUND_WORD, joinIds, joinNames, levelWord } from './words.ts';

/** What every builder needs besides its rows: the site, the build date and the origin for links. */
export interface RowContext {
  site: Site;
  /** The build date (ISO), for "đã qua hạn". */
  today: string;
  /** The site's origin without a trailing slash, e.g. "https://kehoach06.vn"; "" for relative links. */
  origin: string;
}

const NO_DATE = 'Không có hạn ngày';

function deadlineCells(task: Task, today: string) {
  const d = task.deadline;
  return {
    deadlineKind: DEADLINE_KIND_NAME[d.kind],
    deadlineStart: 'start' in d && d.start ? d.start : null,
    deadlineDue: hasDueDate(d) ? d.due : null,
    deadlineRaw: d.raw,
    deadlineLabel: formatDeadline(d),
    status: hasDueDate(d) ? dueStatusLabel(d.due, today) : NO_DATE,
  };
}

type TaskCells = ReturnType<typeof computeTaskCells>;

/** Each task's cells per context, computed once: a task is a row of up to eight tables (plan, province, timelines, agencies, bundle). */
const taskCellCache = new WeakMap<RowContext, WeakMap<Task, TaskCells>>();

function taskCells(plan: SitePlan, task: Task, ctx: RowContext): TaskCells {
  let cache = taskCellCache.get(ctx);
  if (!cache) taskCellCache.set(ctx, (cache = new WeakMap()));
  let cells = cache.get(task);
  if (!cells) cache.set(task, (cells = computeTaskCells(plan, task, ctx)));
  return cells;
}

function computeTaskCells(plan: SitePlan, task: Task, ctx: RowContext) {
  const programme = ctx.site.programmeById.get(plan.meta.programme);
  const group = task.group ?? sectionOf(task, plan.sections)?.group ?? null;
  return {
    ...planContext(plan, ctx.site),
    taskId: task.id,
    section: task.section,
    group: group ? groupInfo(group, programme).name : null,
    text: task.text,
    leadNames: joinNames(mentionsIn(plan, task.lead, ctx.site).map((m) => m.name)),
    supportNames: joinNames(mentionsIn(plan, task.support, ctx.site).map((m) => m.name)),
    leadIds: joinIds(task.lead),
    supportIds: joinIds(task.support),
    assignee: task.assignee,
    ...deadlineCells(task, ctx.today),
    url: `${ctx.origin}/ke-hoach/${plan.id}/#${task.id}`,
  };
}

/** The task table of one or more plans: a row per task, plans in the order given, tasks in document order. */
export function taskRows(plans: readonly SitePlan[], ctx: RowContext): Row<typeof taskTable>[] {
  return plans.flatMap((plan) => plan.tasks.map((task) => taskCells(plan, task, ctx)));
}

/** A timeline's points (as `deadlineEntries` returns them, the list the page renders): a row per point. */
export function timelineRows(entries: readonly DeadlineEntry[], ctx: RowContext): Row<typeof timelineTable>[] {
  return entries.map((e) => ({
    pointDate: e.due,
    pointLabel: e.label,
    pointLevel: levelWord(e.stageLevel),
    ...taskCells(e.plan, e.task, ctx),
  }));
}

/**
 * An agency's tasks among its duties (as `agencyDutyList` or `provinceDutyList` return them, the
 * order its pages list them): a row per task it leads or supports.
 */
export function agencyTaskRows(agency: Agency, duties: readonly AgencyDuty[], ctx: RowContext): Row<typeof agencyTaskTable>[] {
  return duties.flatMap((duty) => {
    if (duty.kind !== 'lead' && duty.kind !== 'support') return [];
    const mention = mentionsIn(duty.plan, [agency.id], ctx.site)[0]!;
    return [{ agencyId: agency.id, agencyName: mention.name, role: DUTY_LABEL[duty.kind], ...taskCells(duty.plan, duty.task, ctx) }];
  });
}

/** A target's phase read as a deadline: a year, a span of years, or open-ended. */
function phaseCells(target: Target, today: string) {
  const { from, to, raw } = target.phase;
  const due = to === null ? null : `${to}-12-31`;
  return {
    phaseRaw: raw,
    phaseFrom: from,
    phaseTo: to,
    deadlineKind: to === null ? DEADLINE_KIND_NAME.ongoing : from === to ? DEADLINE_KIND_NAME.year : DEADLINE_KIND_NAME.range,
    deadlineStart: `${from}-01-01`,
    deadlineDue: due,
    deadlineRaw: raw,
    deadlineLabel: to === null ? `Từ năm ${from}` : from === to ? `Năm ${from}` : `${from}–${to}`,
    status: due ? dueStatusLabel(due, today) : NO_DATE,
  };
}

/** The targets of one or more plans: a row per target (its figures in one cell), as the plan page lists them. */
export function targetRows(plans: readonly SitePlan[], ctx: RowContext): Row<typeof targetTable>[] {
  return plans.flatMap((plan) => {
    const programme = ctx.site.programmeById.get(plan.meta.programme);
    return plan.targets.map((t) => {
      const measures = targetMeasures(t);
      const first = measures[0];
      return {
        ...planContext(plan, ctx.site),
        targetId: t.id,
        section: t.section,
        group: groupInfo(t.group, programme).name,
        text: t.text,
        figures: measures.length ? joinNames(measures.map(measureLabel)) : null,
        value: first?.value ?? null,
        unit: first?.unit ?? null,
        bound: first ? BOUND_WORD[first.bound ?? 'exactly'] : null,
        scope: levelWord(first?.scope),
        metricIds: measures.some((m) => m.metric) ? joinIds([...new Set(measures.flatMap((m) => (m.metric ? [m.metric] : [])))]) : null,
        ...phaseCells(t, ctx.today),
        url: `${ctx.origin}/ke-hoach/${plan.id}/#${t.id}`,
      };
    });
  });
}

/** A metric's figures (as `metricPoints` returns them, the metric page's table): a row per figure. */
export function metricPointRows(metric: Metric, points: readonly MetricPoint[], ctx: RowContext): Row<typeof metricPointTable>[] {
  return points.map((p) => {
    const { deadlineKind, deadlineStart, deadlineDue, deadlineRaw, deadlineLabel, status, phaseRaw, phaseFrom, phaseTo } = phaseCells(p.target, ctx.today);
    return {
      metricId: metric.id,
      metricName: metric.name,
      ...planContext(p.plan, ctx.site),
      targetId: p.target.id,
      level: LEVEL_LABEL[p.level],
      phaseRaw,
      phaseFrom,
      phaseTo,
      figure: measureLabel({ value: p.measure.value, unit: p.measure.unit, bound: p.measure.bound }),
      value: p.measure.value,
      unit: p.measure.unit,
      bound: BOUND_WORD[p.measure.bound ?? 'exactly'],
      text: p.target.text,
      deadlineKind,
      deadlineStart,
      deadlineDue,
      deadlineRaw,
      deadlineLabel,
      status,
      url: `${ctx.origin}/ke-hoach/${p.plan.id}/#${p.target.id}`,
    };
  });
}

/** The reporting duties of one or more plans: a row per duty, as the plan page's table. */
export function dutyRows(plans: readonly SitePlan[], ctx: RowContext): Row<typeof dutyTable>[] {
  return plans.flatMap((plan) =>
    plan.meta.reporting.map((d, i) => ({
      ...planContext(plan, ctx.site),
      dutyNumber: i + 1,
      text: d.text,
      fromNames: joinNames(mentionsIn(plan, d.from, ctx.site).map((m) => m.name)),
      toNames: joinNames(mentionsIn(plan, d.to, ctx.site, d.toLevel).map((m) => m.name)),
      fromIds: joinIds(d.from),
      toIds: joinIds(d.to),
      // As the plan page prints it: the schedule read from the sentence when there is one.
      frequency: d.schedule ? scheduleLabel(d.schedule) : d.frequency ? REPORTING_FREQUENCY_LABEL[d.frequency] : null,
      when: d.when,
      url: `${ctx.origin}/ke-hoach/${plan.id}/#bao-cao`,
    })),
  );
}

/** Plans: a row per plan, in the order given. */
export function planRows(plans: readonly SitePlan[], ctx: RowContext): Row<typeof planTable>[] {
  return plans.map((plan) => {
    const m = plan.meta;
    return {
      ...planContext(plan, ctx.site),
      number: m.number,
      issuedOn: m.issuedOn,
      issuer: m.issuer,
      level: LEVEL_LABEL[m.level],
      programme: ctx.site.programmeById.get(m.programme)?.name ?? m.programme,
      periodFrom: m.period.from,
      periodTo: m.period.to,
      summary: m.summary,
      taskCount: plan.tasks.length,
      targetCount: plan.targets.length,
      source: m.source.file,
      addedOn: m.addedOn,
      url: `${ctx.origin}/ke-hoach/${plan.id}/`,
    };
  });
}

/** Administrative units: a row per unit and era. */
export function unitRows(regions: Iterable<Region>): Row<typeof unitTable>[] {
  return [...regions].map((r) => ({
    unitId: r.id,
    name: r.name,
    fullName: r.fullName,
    level: LEVEL_LABEL[r.level],
    type: r.type,
    code: r.code,
    parentId: r.parent,
    validFrom: r.validFrom,
    validTo: r.validTo,
    successorIds: r.successors.length ? joinIds(r.successors) : null,
    fate: r.fate,
  }));
}

/** How a reported figure bounds its number, in a reader's words (never the schema's codes). */
const FIGURE_BOUND_WORD: Readonly<Record<NonNullable<Figure['bound']>, string>> = { exactly: 'đúng bằng', above: 'trên', below: 'dưới', about: 'khoảng' };

/** Reported figures: a row per figure, in the site's order (oldest as-of first). */
export function reportedFigureRows(figures: readonly Figure[], site: Site): Row<typeof reportedFigureTable>[] {
  return figures.map((f) => ({
    figureId: f.id,
    regionId: f.region,
    regionName: f.region === NATIONAL_REGION ? 'Cả nước' : (site.regionById.get(f.region)?.fullName ?? f.region),
    metricId: f.metric,
    metricName: site.metricById.get(f.metric)?.name ?? f.metric,
    value: f.value,
    unit: f.unit,
    bound: f.bound ? FIGURE_BOUND_WORD[f.bound] : null,
    denominatorValue: f.denominator?.value ?? null,
    denominatorLabel: f.denominator?.label ?? null,
    asOf: f.asOf,
    asOfText: f.asOfText ?? null,
    reporterKind: f.reporter.kind === 'self' ? 'Chính đơn vị' : 'Bên khác',
    reporterName: f.reporter.name,
    sourceTitle: f.source.title,
    sourceUrl: f.source.url,
    publisher: f.source.publisher,
    publishedOn: f.source.publishedOn,
    quote: f.source.quote,
    note: f.note ?? null,
  }));
}

/** Agencies: a row per kind of agency. */
export function agencyRows(agencies: Iterable<Agency>): Row<typeof agencyTable>[] {
  return [...agencies].map((a) => ({
    agencyId: a.id,
    name: a.name,
    provinceName: a.names.province ?? null,
    districtName: a.names.district ?? null,
    communeName: a.names.commune ?? null,
    sector: SECTOR_LABEL[a.sector],
    collective: a.collective ? 'Có' : 'Không',
    aliases: a.aliases.length ? joinNames(a.aliases) : null,
  }));
}

/** Metrics: a row per comparable KPI. */
export function metricRows(metrics: Iterable<Metric>): Row<typeof metricTable>[] {
  return [...metrics].map((m) => ({
    metricId: m.id,
    name: m.name,
    description: m.description,
    unit: m.unit,
    direction: upperFirst(directionLabel(m.direction)),
  }));
}
