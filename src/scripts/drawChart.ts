import { BarController, BarElement, CategoryScale, Chart, LinearScale, type Plugin } from 'chart.js';
import { wrapLabel, type BarChartSpec } from '../lib/site/chart.ts';
import { formatNumber } from '../lib/site/targets.ts';
import { BASE_OPTIONS, GRID, INK, markDrawn, openFigure } from './chartFigure.ts';

// Only the parts a bar chart needs: never 'chart.js/auto', which bundles every chart type. No
// tooltip: each bar carries its value label and the table below holds every number.
Chart.register(BarController, BarElement, CategoryScale, LinearScale);

/** Colours with at least 3:1 contrast on white (WCAG 1.4.11); the legend and table name each series in words. */
const PALETTE = ['#1d4f91', '#00703c', '#a23b72', '#8a5300', '#5b3e96', '#0b6a74', '#505a5f'];

/**
 * Writes each bar's value beside it (inside a stacked segment when it fits), so a reader need not
 * hover or look the number up in the table: a dozen lines instead of a labels plugin dependency.
 */
function valueLabels(format: (v: number) => string): Plugin<'bar'> {
  return {
    id: 'valueLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const horizontal = chart.options.indexAxis === 'y';
      const stacked = Boolean(chart.options.scales?.['x']?.stacked);
      let drawn = 0;
      ctx.save();
      ctx.font = `600 12px ${Chart.defaults.font.family ?? 'sans-serif'}`;
      chart.data.datasets.forEach((dataset, i) => {
        const meta = chart.getDatasetMeta(i);
        if (meta.hidden) return;
        meta.data.forEach((bar, j) => {
          const raw = dataset.data[j];
          if (typeof raw !== 'number') return;
          const text = format(raw);
          const { x, y, base } = bar.getProps(['x', 'y', 'base'], true) as { x: number; y: number; base: number };
          const width = ctx.measureText(text).width;
          if (stacked) {
            const room = Math.abs(horizontal ? x - base : y - base);
            if (room < width + 6) return;
            ctx.fillStyle = '#ffffff';
            ctx.textAlign = 'center';
            ctx.textBaseline = 'middle';
            ctx.fillText(text, horizontal ? (x + base) / 2 : x, horizontal ? y : (y + base) / 2);
          } else {
            ctx.fillStyle = INK;
            ctx.textAlign = horizontal ? 'left' : 'center';
            ctx.textBaseline = horizontal ? 'middle' : 'bottom';
            ctx.fillText(text, horizontal ? x + 4 : x, horizontal ? y : y - 3);
          }
          drawn += 1;
        });
      });
      ctx.restore();
      // Lets the browser tests see that labels were written (a canvas has no DOM to read).
      chart.canvas.dataset['valueLabels'] = String(drawn);
    },
  };
}

/** Draws the chart of one figure from its JSON spec, showing the canvas that the no-JS page keeps hidden. */
export function drawChart(figure: HTMLElement): void {
  const open = openFigure<BarChartSpec>(figure);
  if (!open) return;
  const { spec, holder, canvas } = open;
  const valueAxis = {
    beginAtZero: true,
    stacked: spec.stacked,
    ticks: { precision: 0, color: INK, callback: (v: number | string) => `${formatNumber(Number(v))}${spec.unit === '%' ? '%' : ''}` },
    grid: { color: GRID },
  };
  const categoryAxis = {
    stacked: spec.stacked,
    ticks: { color: INK, autoSkip: false },
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
    plugins: [valueLabels((v) => `${formatNumber(v)}${spec.unit === '%' ? '%' : ''}`)],
    options: {
      indexAxis: spec.horizontal ? 'y' : 'x',
      // Room beside (or above) the longest bar for its value label.
      layout: { padding: spec.horizontal ? { right: 48 } : { top: 18 } },
      ...BASE_OPTIONS,
      scales: spec.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
    },
  });
  markDrawn(figure, chart.data.labels?.length ?? 0);
}
