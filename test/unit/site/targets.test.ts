import { describe, expect, it } from 'vitest';
import { formatNumber, measureLabel, phaseYears, targetCountChart, targetsByGroup } from '../../../src/lib/site/targets.ts';
import { metricChart, metricComparisons, metricPoints, metricsUsed, pointPlanCount, targetMeasures } from '../../../src/lib/site/metrics.ts';
import { chartHeightRem, chartTableRows, hasFigures, wrapLabel } from '../../../src/lib/site/chart.ts';
import { bacKan, fixtureSite, programme } from './fixture.ts';

const site = fixtureSite();

describe('targets by group and phase', () => {
  it('orders groups as the programme does and keeps phases as written', () => {
    const groups = targetsByGroup(bacKan, programme);
    expect(groups.map((g) => [g.group.number, g.phases.map((p) => [p.raw, p.targets.length])])).toEqual([
      [
        1,
        [
          ['Trong năm 2022', 1],
          ['Giai đoạn 2023 - 2025', 1],
        ],
      ],
      [3, [['Năm 2022', 1]]],
    ]);
  });

  it('labels phases by years', () => {
    expect(phaseYears({ from: 2023, to: 2025 })).toBe('2023–2025');
    expect(phaseYears({ from: 2022, to: 2022 })).toBe('2022');
    expect(phaseYears({ from: 2023, to: null })).toBe('Từ 2023');
  });

  it('counts targets per group, stacked by phase, for the plan chart', () => {
    const chart = targetCountChart(bacKan, programme);
    expect(chart.labels).toEqual(['Thủ tục hành chính', 'Công dân số']);
    expect(chart.datasets).toEqual([
      { label: '2022', data: [1, 1] },
      { label: '2023–2025', data: [1, null] },
    ]);
    expect(chartTableRows(chart)).toEqual([
      { label: 'Thủ tục hành chính', values: [1, 1] },
      { label: 'Công dân số', values: [1, null] },
    ]);
    expect(hasFigures(chart)).toBe(true);
    expect(chartHeightRem(chart)).toBeGreaterThanOrEqual(9);
  });

  it('writes figures in Vietnamese notation with bound and scope', () => {
    expect(formatNumber(300000)).toBe('300.000');
    expect(formatNumber(1.5)).toBe('1,5');
    expect(measureLabel({ value: 90, unit: '%', bound: 'atLeast', scope: 'province' })).toBe('tối thiểu 90% (cấp tỉnh)');
    expect(measureLabel({ value: 300000, unit: 'tài khoản' })).toBe('300.000 tài khoản');
  });
});

describe('KPI series', () => {
  it('splits a target into its figures, the top-level one first', () => {
    const t = bacKan.targets[1]!;
    expect(targetMeasures(t).map((m) => [m.value, m.scope])).toEqual([
      [90, 'province'],
      [80, 'district'],
      [60, 'commune'],
    ]);
    expect(targetMeasures(bacKan.targets[2]!)).toEqual([]);
  });

  it('compares one metric across plans, levels and phases', () => {
    const points = metricPoints('ho-so-truc-tuyen', site.plans, site);
    expect(points.map((p) => [p.plan.id, p.level, p.phase, p.measure.value])).toEqual([
      ['tinh-bac-kan-2022', 'province', '2023–2025', 90],
      ['tinh-bac-kan-2022', 'district', '2023–2025', 80],
      ['tinh-bac-kan-2022', 'commune', '2023–2025', 60],
      ['xa-luc-binh-2022', 'commune', 'Từ 2023', 60],
    ]);
    const chart = metricChart(site.metricById.get('ho-so-truc-tuyen')!, points);
    expect(chart.labels[1]).toBe('tỉnh Bắc Kạn · cấp huyện · 2023–2025');
    expect(chart.labels[3]).toBe('xã Lục Bình · cấp xã · Từ 2023');
    expect(chart.datasets[0]!.data).toEqual([90, 80, 60, 60]);
  });

  it("counts the distinct plans a metric's figures come from", () => {
    expect(pointPlanCount(metricPoints('ho-so-truc-tuyen', site.plans, site))).toBe(2);
    expect(pointPlanCount([])).toBe(0);
  });

  it("gives a province page each metric its plans set, with those plans' figures and chart", () => {
    const [comparison, ...rest] = metricComparisons([bacKan], site);
    expect(rest).toEqual([]);
    expect(comparison!.metric.id).toBe('ho-so-truc-tuyen');
    expect(comparison!.points.map((p) => p.measure.value)).toEqual([90, 80, 60]);
    expect(comparison!.chart.datasets[0]!.data).toEqual([90, 80, 60]);
    expect(metricComparisons([], site)).toEqual([]);
  });

  it('lists only metrics some plan sets', () => {
    expect(metricsUsed([bacKan], [...site.metricById.values()]).map((m) => m.id)).toEqual(['ho-so-truc-tuyen']);
    expect(metricsUsed([], [...site.metricById.values()])).toEqual([]);
  });
});

describe('chart labels', () => {
  it('wraps a long label at spaces for narrow charts', () => {
    expect(wrapLabel('Hệ sinh thái dữ liệu dân cư', 16)).toEqual(['Hệ sinh thái dữ', 'liệu dân cư']);
    expect(wrapLabel('2022', 16)).toEqual(['2022']);
  });
});
