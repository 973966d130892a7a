import { NATIONAL_REGION, type Figure } from '../../schemas/figure.ts';
import type { Metric } from '../../schemas/index.ts';
import { asOfEnd } from '../figures/asOf.ts';
import { formatViDate } from '../deadline/formatDeadline.ts';
import { figureUnitName, figureValueLabel, figureWhen, figuresOf, widerUnits } from './figures.ts';
import { targetMeasures } from './metrics.ts';
import { url } from './nav.ts';
import { planShortName } from './plans.ts';
import { targetDue } from './targetProgress.ts';
import { measureLabel } from './targets.ts';
import type { Site, SitePlan } from './types.ts';

/** One point of a time chart: a reported figure at its as-of date, or a target at its due date. */
export interface TimePoint {
  /** The day the point sits at (ISO). */
  x: string;
  /** The number drawn. */
  y: number;
  /** The value in words: "62,87%", "trên 300.000 tài khoản". */
  value: string;
  /** When, in words: "tháng 4/2024", "hạn 31/12/2025". */
  when: string;
  /** Where the point leads: the figure's source, or the target in its plan. */
  href: string;
  /** The link's words: the publisher, or the plan's short name. */
  linkText: string;
}

/** A series of a time chart. Reported figures are joined by a line; targets are separate marks. */
export interface TimeSeries {
  /** The legend's words, short enough for a phone: "Số liệu báo cáo: tỉnh Đắk Nông", "Mục tiêu, kế hoạch 2022". */
  label: string;
  /** "reported" for the unit's own figures, "context" for a wider unit's, "target" for targets. */
  kind: 'reported' | 'context' | 'target';
  points: TimePoint[];
}

/** A chart of figures and targets over time; the page renders its table and the script draws the same numbers. */
export interface TimeChartSpec {
  /** The metric's unit: "%", "tài khoản". */
  unit: string;
  series: TimeSeries[];
}

/** A reported figure as a chart point, linking to its source. */
export function figurePoint(figure: Figure): TimePoint {
  return {
    x: asOfEnd(figure.asOf),
    y: figure.value,
    value: figureValueLabel(figure),
    when: figureWhen(figure),
    href: figure.source.url,
    linkText: figure.source.publisher,
  };
}

/** Every target figure of `metric` in a plan whose level is the plan's own, as points at the target's due date. */
function targetPoints(plan: SitePlan, metric: Metric): TimePoint[] {
  const points: TimePoint[] = [];
  for (const target of plan.targets) {
    const due = targetDue(target);
    if (due === null) continue;
    for (const m of targetMeasures(target)) {
      if (m.metric !== metric.id || m.unit !== metric.unit || (m.scope !== undefined && m.scope !== null && m.scope !== plan.meta.level)) continue;
      points.push({
        x: due,
        y: m.value,
        value: measureLabel(m),
        when: `hạn ${formatViDate(due)}`,
        href: url.planItem(plan.id, target.id),
        linkText: planShortName(plan),
      });
    }
  }
  return points;
}

/**
 * The charts of a metric's page, one per unit that has reported figures (the country first): that
 * unit's figures over time, and the targets its own plans set for the metric at their due dates.
 * Units are never mixed on one axis: 65 million national accounts would flatten a province's 300,000.
 */
export function metricTimeCharts(metric: Metric, site: Site): Array<{ regionId: string; unitName: string; spec: TimeChartSpec }> {
  const regionIds = [...new Set(site.figures.filter((f) => f.metric === metric.id).map((f) => f.region))];
  regionIds.sort((a, b) => (a === 'ca-nuoc' ? -1 : b === 'ca-nuoc' ? 1 : figureUnitName(site, a).localeCompare(figureUnitName(site, b), 'vi')));
  return regionIds.map((regionId) => {
    const unitName = figureUnitName(site, regionId);
    const series: TimeSeries[] = [
      {
        label: `Số liệu báo cáo: ${unitName}`,
        kind: 'reported',
        points: figuresOf(site, regionId, metric.id)
          .filter((f) => f.unit === metric.unit)
          .map(figurePoint),
      },
    ];
    for (const plan of site.plans.filter((p) => p.meta.region === regionId)) {
      const points = targetPoints(plan, metric);
      if (points.length > 0) series.push({ label: `Mục tiêu, kế hoạch ${plan.meta.issuedOn?.slice(0, 4) ?? plan.meta.period.from}`, kind: 'target', points });
    }
    return { regionId, unitName, spec: { unit: metric.unit, series } };
  });
}

/**
 * The chart of one metric on a plan's page: the plan's own unit's figures, its parent units' figures
 * as labelled context (never the country's: its scale would flatten the plan's), and the plan's
 * targets at their due dates. Null when there is no figure to draw.
 */
export function planMetricChart(plan: SitePlan, metric: Metric, site: Site, parentIds: readonly string[]): TimeChartSpec | null {
  const series: TimeSeries[] = [];
  const own = figuresOf(site, plan.meta.region, metric.id).filter((f) => f.unit === metric.unit);
  if (own.length > 0) series.push({ label: `Số liệu báo cáo: ${figureUnitName(site, plan.meta.region)}`, kind: 'reported', points: own.map(figurePoint) });
  for (const id of parentIds) {
    const figures = figuresOf(site, id, metric.id).filter((f) => f.unit === metric.unit);
    if (figures.length > 0) series.push({ label: `Tham khảo, ${figureUnitName(site, id)}`, kind: 'context', points: figures.map(figurePoint) });
  }
  if (series.length === 0) return null;
  const targets = targetPoints(plan, metric);
  if (targets.length > 0) series.push({ label: 'Mục tiêu của kế hoạch này', kind: 'target', points: targets });
  return { unit: metric.unit, series };
}

/** The chart's numbers as table rows, by date: one row per point. */
export function timeChartRows(spec: TimeChartSpec): Array<TimePoint & { series: string; kind: TimeSeries['kind'] }> {
  return spec.series.flatMap((s) => s.points.map((p) => ({ ...p, series: s.label, kind: s.kind }))).sort((a, b) => a.x.localeCompare(b.x));
}

/** The charts of a plan's page: one per metric its targets measure that has figures of the plan's unit or of its parent units. */
export function planFigureCharts(plan: SitePlan, site: Site): Array<{ metric: Metric; spec: TimeChartSpec }> {
  const parents = widerUnits(site, plan.meta.region).filter((id) => id !== NATIONAL_REGION);
  const metricIds = [...new Set(plan.targets.flatMap((t) => targetMeasures(t).map((m) => m.metric ?? null)).filter((id): id is string => id !== null))];
  return metricIds.flatMap((id) => {
    const metric = site.metricById.get(id);
    const spec = metric === undefined ? null : planMetricChart(plan, metric, site, parents);
    return metric === undefined || spec === null ? [] : [{ metric, spec }];
  });
}

/**
 * Figures of the plan's unit and of its parent units for metrics none of the plan's targets
 * measures (Bắc Kạn's share of residents with an e-ID account beside a target counted in accounts),
 * grouped by unit: shown on the plan's page as what else is known, never as a status.
 */
export function planOtherFigures(plan: SitePlan, site: Site): Array<{ regionId: string; unitName: string; figures: Figure[] }> {
  const measured = new Set(plan.targets.flatMap((t) => targetMeasures(t).map((m) => m.metric ?? '')));
  const units = [plan.meta.region, ...widerUnits(site, plan.meta.region).filter((id) => id !== NATIONAL_REGION)];
  return units.flatMap((regionId) => {
    const figures = figuresOf(site, regionId).filter((f) => !measured.has(f.metric));
    return figures.length === 0 ? [] : [{ regionId, unitName: figureUnitName(site, regionId), figures }];
  });
}
