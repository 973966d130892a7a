import { Chart, LinearScale, LineElement, PointElement, ScatterController } from 'chart.js';
import type { TimeChartSpec, TimeSeries } from '../lib/site/figureChart.ts';
import { formatNumber } from '../lib/site/targets.ts';
import { BASE_OPTIONS, GRID, INK, markDrawn, openFigure } from './chartFigure.ts';

// Only the parts a dated scatter-with-lines needs: never 'chart.js/auto'. Dates are drawn on a
// linear axis of milliseconds, so no date adapter is bundled. No tooltip: the table below the chart
// holds every value, and the tooltip's bytes would push the chart code over its 60 kB budget.
Chart.register(ScatterController, LineElement, PointElement, LinearScale);

/** Each kind of series differs by line, mark and colour (each ≥ 3:1 on white), so none depends on colour alone. */
const STYLE: Record<TimeSeries['kind'], { color: string; pointStyle: 'circle' | 'rect' | 'triangle'; showLine: boolean; dash: number[] }> = {
  reported: { color: '#1d4f91', pointStyle: 'circle', showLine: true, dash: [] },
  context: { color: '#505a5f', pointStyle: 'rect', showLine: true, dash: [6, 4] },
  target: { color: '#a23b72', pointStyle: 'triangle', showLine: false, dash: [] },
};
const CONTEXT_EXTRA = ['#505a5f', '#8a5300', '#0b6a74'];

interface Point {
  x: number;
  y: number;
  value: string;
  when: string;
  href: string;
}

/** Draws a time chart from its JSON spec; a click on a point opens its source (or the target in its plan). */
export function drawTimeChart(figure: HTMLElement): void {
  const open = openFigure<TimeChartSpec>(figure);
  if (!open) return;
  const { spec, canvas } = open;
  const suffix = spec.unit === '%' ? '%' : '';
  let contextIndex = 0;
  const datasets = spec.series.map((s) => {
    const style = STYLE[s.kind];
    const color = s.kind === 'context' ? (CONTEXT_EXTRA[contextIndex++ % CONTEXT_EXTRA.length] ?? style.color) : style.color;
    return {
      label: s.label,
      data: s.points.map((p): Point => ({ x: Date.parse(`${p.x}T00:00:00Z`), y: p.y, value: p.value, when: p.when, href: p.href })),
      showLine: style.showLine,
      borderColor: color,
      backgroundColor: color,
      borderDash: style.dash,
      pointStyle: style.pointStyle,
      pointRadius: s.kind === 'target' ? 8 : 5,
      pointHoverRadius: s.kind === 'target' ? 10 : 7,
    };
  });
  const narrow = canvas.clientWidth < 480;
  const chart = new Chart<'scatter', Point[]>(canvas, {
    type: 'scatter',
    data: { datasets },
    options: {
      ...BASE_OPTIONS,
      scales: {
        x: {
          type: 'linear',
          grace: '5%',
          // One tick on 1 January of each year (every other year on a phone when the span is long).
          afterBuildTicks: (axis) => {
            const first = new Date(axis.min).getUTCFullYear() + 1;
            const last = new Date(axis.max).getUTCFullYear();
            const step = narrow && last - first > 4 ? 2 : 1;
            const ticks = [];
            for (let y = first; y <= last; y += step) ticks.push({ value: Date.UTC(y, 0, 1) });
            axis.ticks = ticks;
          },
          ticks: { color: INK, callback: (v: number | string) => String(new Date(Number(v)).getUTCFullYear()) },
          grid: { color: GRID },
        },
        y: {
          beginAtZero: true,
          ticks: { color: INK, callback: (v: number | string) => `${formatNumber(Number(v))}${suffix}` },
          grid: { color: GRID },
        },
      },
      onHover: (event, elements) => {
        const target = event.native?.target;
        if (target instanceof HTMLElement) target.style.cursor = elements.length > 0 ? 'pointer' : 'default';
      },
      onClick: (_event, elements) => {
        const hit = elements[0];
        const point = hit === undefined ? undefined : datasets[hit.datasetIndex]?.data[hit.index];
        if (point) window.location.href = point.href;
      },
    },
  });
  markDrawn(
    figure,
    chart.data.datasets.reduce((n, d) => n + d.data.length, 0),
  );
}
