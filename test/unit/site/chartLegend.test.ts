import { describe, expect, it } from 'vitest';
import { barChartLegend, timeChartLegend } from '../../../src/lib/site/chartLegend.ts';

const bars = (labels: string[]) => ({
  labels: ['a'],
  datasets: labels.map((label) => ({ label, data: [1] })),
  unit: 'chỉ tiêu',
  stacked: true,
  horizontal: false,
});

describe('chart legends', () => {
  it('names each bar series with the palette colour in order, wrapping after seven', () => {
    const legend = barChartLegend(bars(['2022', '2023', '3', '4', '5', '6', '7', '8']));
    expect(legend.slice(0, 2)).toEqual([
      { label: '2022', swatch: 'swatch-0' },
      { label: '2023', swatch: 'swatch-1' },
    ]);
    expect(legend[7]).toEqual({ label: '8', swatch: 'swatch-0' });
  });

  it('gives a chart of one series no legend', () => {
    expect(barChartLegend(bars(['2022']))).toEqual([]);
  });

  it('marks reported figures and targets by kind, and gives context series the next context colour each', () => {
    const series = (label: string, kind: 'reported' | 'context' | 'target') => ({ label, kind, points: [] });
    expect(
      timeChartLegend({
        unit: '%',
        series: [series('Tỉnh', 'reported'), series('Cả nước', 'context'), series('Vùng', 'context'), series('Mục tiêu', 'target')],
      }),
    ).toEqual([
      { label: 'Tỉnh', swatch: 'swatch-reported' },
      { label: 'Cả nước', swatch: 'swatch-context-0' },
      { label: 'Vùng', swatch: 'swatch-context-1' },
      { label: 'Mục tiêu', swatch: 'swatch-target' },
    ]);
  });
});
