import type { Level, Measure, Metric, Target } from '../../schemas/index.ts';
import type { BarChartSpec } from './chart.ts';
import { LEVEL_LABEL } from './plans.ts';
import { currentProvinceOf, nameWithType } from './regions.ts';
import { phaseYears } from './targets.ts';
import { oncePerSite } from './site.ts';
import type { Site, SitePlan } from './types.ts';

/** One figure of one metric in one plan's target. */
export interface MetricPoint {
  plan: SitePlan;
  target: Target;
  /** The figure (the target's own, or one of `also`). */
  measure: Measure;
  /** The level the figure applies to: its scope, else the plan's level. */
  level: Level;
  /** The phase's years: "2023–2025". */
  phase: string;
  /** The first year of the phase, for ordering. */
  phaseFrom: number;
  /** The issuing unit in running text: "tỉnh Bắc Kạn", "huyện Krông Nô". */
  issuer: string;
  /** Name of the current province the plan belongs to. */
  province: string;
}

/**
 * Which way a metric improves, in words for a sentence: "càng cao càng tốt" (higher is better)
 * or "càng thấp càng tốt" (lower is better).
 */
export function directionLabel(direction: Metric['direction']): string {
  return direction === 'higher-is-better' ? 'càng cao càng tốt' : 'càng thấp càng tốt';
}

/** Every figure of a target, the top-level one first. */
export function targetMeasures(target: Target): Measure[] {
  const first: Measure[] =
    target.value === undefined || target.unit === undefined
      ? []
      : [
          {
            value: target.value,
            unit: target.unit,
            ...(target.scope === undefined ? {} : { scope: target.scope }),
            ...(target.metric === undefined ? {} : { metric: target.metric }),
            ...(target.bound === undefined ? {} : { bound: target.bound }),
          },
        ];
  return [...first, ...(target.also ?? [])];
}

/** Every figure of `metricId` across plans: by phase, then province, then level (province → commune). */
export function metricPoints(metricId: string, plans: readonly SitePlan[], site: Site): MetricPoint[] {
  const levelRank: Record<Level, number> = { province: 0, district: 1, commune: 2 };
  const points: MetricPoint[] = [];
  for (const plan of plans) {
    const province = currentProvinceOf(plan.meta.region, site.regionById).name;
    const region = site.regionById.get(plan.meta.region);
    const issuer = region ? nameWithType(region) : plan.meta.region;
    for (const target of plan.targets) {
      for (const measure of targetMeasures(target)) {
        if (measure.metric !== metricId) continue;
        points.push({
          plan,
          target,
          measure,
          level: measure.scope ?? plan.meta.level,
          phase: phaseYears(target.phase),
          phaseFrom: target.phase.from,
          issuer,
          province,
        });
      }
    }
  }
  return points.sort(
    (a, b) =>
      a.phaseFrom - b.phaseFrom || a.province.localeCompare(b.province, 'vi') || levelRank[a.level] - levelRank[b.level] || a.plan.id.localeCompare(b.plan.id),
  );
}

/** How many distinct plans the figures come from. */
export function pointPlanCount(points: readonly MetricPoint[]): number {
  return new Set(points.map((p) => p.plan.id)).size;
}

/** The ids of metrics that at least one of the plans sets a figure for, in the order of `metrics`. */
export function metricsUsed(plans: readonly SitePlan[], metrics: readonly Metric[]): Metric[] {
  const used = new Set(plans.flatMap((p) => p.targets.flatMap((t) => targetMeasures(t).map((m) => m.metric))));
  return metrics.filter((m) => used.has(m.id));
}

/** The label of a point in a comparison: "tỉnh Bắc Kạn · cấp huyện · 2023–2025". */
export function pointLabel(point: MetricPoint): string {
  return [point.issuer, LEVEL_LABEL[point.level], point.phase].join(' · ');
}

/**
 * The comparison chart of one metric: one bar per figure in the metric's own unit (figures in
 * another unit stay in the table only). Horizontal, so long labels read on phones.
 */
export function metricChart(metric: Metric, points: readonly MetricPoint[]): BarChartSpec {
  const comparable = points.filter((p) => p.measure.unit === metric.unit);
  return {
    labels: comparable.map(pointLabel),
    datasets: [{ label: metric.name, data: comparable.map((p) => p.measure.value) }],
    unit: metric.unit,
    stacked: false,
    horizontal: true,
  };
}

/**
 * Every metric's figures across the whole site, computed once per build: the KPI index and each KPI
 * page read it instead of scanning every plan again.
 */
export const siteMetricPoints = oncePerSite(
  (site: Site): Map<string, MetricPoint[]> => new Map([...site.metricById.keys()].map((id) => [id, metricPoints(id, site.plans, site)])),
);

/** The KPI index: every metric with how many figures and plans set it, most used first, then by name. */
export function metricSummaries(site: Site): { metric: Metric; points: number; plans: number }[] {
  return [...site.metricById.values()]
    .map((metric) => {
      const points = siteMetricPoints(site).get(metric.id) ?? [];
      return { metric, points: points.length, plans: pointPlanCount(points) };
    })
    .sort((a, b) => b.points - a.points || a.metric.name.localeCompare(b.metric.name, 'vi'));
}

/**
 * The metrics some of `plans` set a figure for (in the site's metric order), each with its
 * figures in those plans and their comparison chart: the "Chỉ tiêu so sánh được" part of a province page.
 */
export function metricComparisons(plans: readonly SitePlan[], site: Site): { metric: Metric; points: MetricPoint[]; chart: BarChartSpec }[] {
  return metricsUsed(plans, [...site.metricById.values()]).map((metric) => {
    const points = metricPoints(metric.id, plans, site);
    return { metric, points, chart: metricChart(metric, points) };
  });
}
