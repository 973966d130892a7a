import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { wrapLabel, type BarChartSpec } from '../lib/site/chart.ts';
import { formatNumber } from '../lib/site/targets.ts';

// Only the parts a bar chart needs: never 'chart.js/auto', which bundles every chart type.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
// The page's own system font stack, so Vietnamese labels match the text around the chart.
Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily;
Chart.defaults.font.size = 13;
Chart.defaults.color = '#0b0c0c';

/** Colours with at least 3:1 contrast on white (WCAG 1.4.11); the legend and table name each series in words. */
const PALETTE = ['#1d4f91', '#00703c', '#a23b72', '#8a5300', '#5b3e96', '#0b6a74', '#505a5f'];

/** Draws the chart of one figure from its JSON spec, showing the canvas that the no-JS page keeps hidden. */
export function drawChart(figure: HTMLElement): void {
  const json = figure.querySelector('script[data-chart-spec]')?.textContent;
  const holder = figure.querySelector<HTMLElement>('.chart-canvas');
  const canvas = holder?.querySelector('canvas');
  if (!json || !holder || !canvas) return;
  const spec = JSON.parse(json) as BarChartSpec;
  holder.hidden = false;
  const unit = spec.unit === '%' ? '%' : ` ${spec.unit}`;
  const valueAxis = {
    beginAtZero: true,
    stacked: spec.stacked,
    ticks: { precision: 0, color: '#0b0c0c', callback: (v: number | string) => `${formatNumber(Number(v))}${spec.unit === '%' ? '%' : ''}` },
    grid: { color: '#dedede' },
  };
  const categoryAxis = {
    stacked: spec.stacked,
    ticks: { color: '#0b0c0c', autoSkip: false },
    grid: { display: false },
  };
  // On a narrow screen a horizontal chart's category labels wrap instead of being clipped,
  // and the drawing area grows so that wrapped labels do not overlap.
  const labels: (string | string[])[] = spec.horizontal ? spec.labels.map((l) => wrapLabel(l, canvas.clientWidth < 560 ? 16 : 40)) : spec.labels;
  if (spec.horizontal) {
    const lines = labels.reduce((n, l) => n + (Array.isArray(l) ? l.length : 1), 0);
    const needed = lines * 16 + labels.length * 12 + 50 + (spec.datasets.length > 1 ? 30 * Math.ceil(spec.datasets.length / 3) : 0);
    if (needed > holder.clientHeight) holder.style.height = `${needed}px`;
  }
  const chart = new Chart<'bar', (number | null)[], string | string[]>(canvas, {
    type: 'bar',
    data: {
      labels,
      datasets: spec.datasets.map((d, i) => ({
        label: d.label,
        data: d.data,
        backgroundColor: PALETTE[i % PALETTE.length] ?? '#1d4f91',
        borderColor: '#ffffff',
        borderWidth: spec.stacked ? 1 : 0,
      })),
    },
    options: {
      indexAxis: spec.horizontal ? 'y' : 'x',
      maintainAspectRatio: false,
      animation: false,
      locale: 'vi-VN',
      scales: spec.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      plugins: {
        legend: { display: spec.datasets.length > 1, labels: { color: '#0b0c0c' } },
        tooltip: {
          callbacks: {
            label: (ctx) => `${ctx.dataset.label ?? ''}: ${formatNumber(Number(ctx.raw))}${unit}`,
          },
        },
      },
    },
  });
  // Marks the figure as drawn, so a reader of the DOM (the browser tests) can wait for it.
  figure.dataset['chartDrawn'] = String(chart.data.labels?.length ?? 0);
}
