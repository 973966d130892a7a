/**
 * What both chart drawers share: Chart.js's defaults for this site, the axis colours, and opening a
 * `figure[data-chart]` (its JSON spec, its canvas shown, its HTML legend shown).
 */
import { Chart } from 'chart.js';

/** The text colour of the page, for labels and ticks. */
export const INK = '#0b0c0c';
/** Gridlines: light enough to stay behind the data. */
export const GRID = '#dedede';

// The page's own system font stack, so Vietnamese labels match the text around the chart.
Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily;
Chart.defaults.font.size = 13;
Chart.defaults.color = INK;

/**
 * Options every chart here takes: the box's height from CSS, drawn at once (no animation), numbers
 * written the Vietnamese way, and no canvas legend (the figure's legend is HTML).
 */
export const BASE_OPTIONS = {
  maintainAspectRatio: false,
  animation: false,
  locale: 'vi-VN',
  plugins: { legend: { display: false } },
} as const;

/** A figure ready to draw: its spec as the build wrote it, the canvas and the box that sizes it. */
export interface OpenFigure<Spec> {
  spec: Spec;
  holder: HTMLElement;
  canvas: HTMLCanvasElement;
}

/**
 * Reads the figure's chart spec and shows the canvas that the no-JS page keeps hidden; null when
 * the figure lacks a spec or a canvas. The legend is HTML rendered at build time (text a screen
 * reader and a printout keep), shown with the canvas.
 */
export function openFigure<Spec>(figure: HTMLElement): OpenFigure<Spec> | null {
  const json = figure.querySelector('script[data-chart-spec]')?.textContent;
  const holder = figure.querySelector<HTMLElement>('.chart-canvas');
  const canvas = holder?.querySelector('canvas');
  if (!json || !holder || !canvas) return null;
  holder.hidden = false;
  figure.querySelector('[data-chart-legend]')?.removeAttribute('hidden');
  return { spec: JSON.parse(json) as Spec, holder, canvas };
}

/**
 * Marks the figure as drawn with a count of what was drawn (bars or points), so a reader of the DOM
 * (the browser tests) can wait for it.
 */
export function markDrawn(figure: HTMLElement, count: number): void {
  figure.dataset['chartDrawn'] = String(count);
}
