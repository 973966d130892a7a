/**
 * The HTML legends of the charts: each series named in words beside a swatch whose class
 * (global.css `.swatch-*`) matches the colour and mark the chart scripts draw it with.
 */
import type { BarChartSpec } from './chart.ts';
import type { TimeChartSpec } from './figureChart.ts';

/** One legend entry: the series' words and its swatch class. */
export interface LegendItem {
  label: string;
  swatch: string;
}

/** Bars take the palette in order (drawChart.ts's seven colours); a single series needs no legend. */
export function barChartLegend(spec: BarChartSpec): LegendItem[] {
  return spec.datasets.length === 1 ? [] : spec.datasets.map((d, i) => ({ label: d.label, swatch: `swatch-${i % 7}` }));
}

/**
 * Reported figures and targets have a swatch of their own kind; context series take the next colour
 * of their own palette of three, as drawTimeChart.ts colours them.
 */
export function timeChartLegend(spec: TimeChartSpec): LegendItem[] {
  let contextIndex = 0;
  return spec.series.map((s) => ({ label: s.label, swatch: s.kind === 'context' ? `swatch-context-${contextIndex++ % 3}` : `swatch-${s.kind}` }));
}
