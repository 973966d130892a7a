/**
 * A bar chart as data: the page renders it as an HTML table at build time and the browser script
 * draws the same numbers on a canvas, so the two can never disagree.
 */
export interface BarChartSpec {
  /** Row labels: the bars' categories (x axis, or y axis when horizontal). */
  labels: string[];
  /** One series per dataset; `data[i]` belongs to `labels[i]`; null when there is no figure. */
  datasets: { label: string; data: (number | null)[] }[];
  /** What the numbers count, shown on the value axis and in the table caption: "chỉ tiêu", "%". */
  unit: string;
  /** Stack the datasets in one bar per label. */
  stacked: boolean;
  /** Draw bars horizontally (for long labels on phones). */
  horizontal: boolean;
}

/** The numbers of a chart as the cells of its table: one row per label, one column per dataset. */
export function chartTableRows(spec: BarChartSpec): { label: string; values: (number | null)[] }[] {
  return spec.labels.map((label, i) => ({ label, values: spec.datasets.map((d) => d.data[i] ?? null) }));
}

/** True when the chart has at least one figure worth drawing. */
export function hasFigures(spec: BarChartSpec): boolean {
  return spec.datasets.some((d) => d.data.some((v) => v !== null && v !== 0));
}

/** Height of a chart's drawing area in rem: enough room per bar that labels stay legible on a phone. */
export function chartHeightRem(spec: BarChartSpec): number {
  const perLabel = spec.horizontal ? (spec.stacked ? 2.8 : 1.8 + 0.9 * spec.datasets.length) : 0;
  const legend = spec.datasets.length > 1 ? 3 : 0;
  return spec.horizontal ? Math.max(9, Math.round(spec.labels.length * perLabel + 4 + legend)) : 18;
}

/**
 * A long axis label broken into lines of at most `maxChars` characters at spaces (Chart.js draws
 * an array as several lines), so labels on a phone-width chart are not clipped.
 */
export function wrapLabel(label: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
