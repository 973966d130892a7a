import type { Figure } from '../../schemas/figure.ts';
import type { Measure, Metric, Target } from '../../schemas/index.ts';
import { figureUnitName, figuresOf, widerUnits } from './figures.ts';
import { targetMeasures } from './metrics.ts';
import { statusAroundDue, targetStatus, targetStatusLabel, type StatusTarget, type StatusView, type TargetStatus } from './targetStatus.ts';
import type { Site, SitePlan } from './types.ts';

/** A wider unit's latest figure of the same metric, shown beside a target as labelled context, never as its status. */
export interface ContextFigure {
  /** "tỉnh Đắk Nông (đến 30/06/2025)", "cả nước". */
  unitName: string;
  figure: Figure;
}

/** One quantitative figure of a target, with its status and the figures behind it. */
export interface MeasureProgress {
  measure: Measure;
  metric: Metric;
  /** The last day of the target's phase, or null when open-ended. */
  due: string | null;
  status: TargetStatus;
  /** The status in words on the build date. */
  label: string;
  /** The labels before and after the due date, for the visitor's-date script; null when there is no due date. */
  around: { before: StatusView; after: StatusView } | null;
  /** Figures of the plan's own unit for this metric, oldest first. */
  own: Figure[];
  /** The latest figure of each wider unit (province of a district plan, the country). */
  context: ContextFigure[];
}

/** The last day of a target's phase: "Giai đoạn 2023 - 2025" is due 2025-12-31; an open phase has none. */
export function targetDue(target: Pick<Target, 'phase'>): string | null {
  return target.phase.to === null ? null : `${target.phase.to}-12-31`;
}

/**
 * The status of every figure of `target` that names a metric, against `today`. Only figures of the
 * plan's own unit decide it; a measure scoped to another level than the plan's ("60 % … cấp xã" in a
 * district plan) has none of its own. Wider units' figures come as context.
 */
export function targetProgress(plan: SitePlan, target: Target, site: Site, today: string): MeasureProgress[] {
  const out: MeasureProgress[] = [];
  const due = targetDue(target);
  for (const measure of targetMeasures(target)) {
    const metric = measure.metric ? site.metricById.get(measure.metric) : undefined;
    if (metric === undefined) continue;
    const ownLevel = measure.scope === undefined || measure.scope === null || measure.scope === plan.meta.level;
    const own = ownLevel ? figuresOf(site, plan.meta.region, metric.id).filter((f) => f.unit === measure.unit) : [];
    const spec: StatusTarget = { value: measure.value, unit: measure.unit, bound: measure.bound, due, direction: metric.direction };
    const status = targetStatus(spec, own, today);
    const context = widerUnits(site, plan.meta.region).flatMap((regionId) => {
      const figures = figuresOf(site, regionId, metric.id);
      const latest = figures[figures.length - 1];
      return latest === undefined ? [] : [{ unitName: figureUnitName(site, regionId), figure: latest }];
    });
    out.push({ measure, metric, due, status, label: targetStatusLabel(status), around: statusAroundDue(spec, own, today), own, context });
  }
  return out;
}

/** Counts of a plan's measured targets by status kind, for the "at a glance" line. */
export function statusCounts(progress: readonly MeasureProgress[]): Record<TargetStatus['kind'], number> {
  const counts: Record<TargetStatus['kind'], number> = { met: 0, 'not-met': 0, 'in-progress': 0, 'no-data': 0 };
  for (const p of progress) counts[p.status.kind] += 1;
  return counts;
}
