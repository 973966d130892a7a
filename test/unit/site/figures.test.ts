/**
 * Reported figures over the real content: statuses of the seed plans' targets, context from wider
 * units only, former units' figures kept apart, and the charts' series.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/content/loadContent.ts';
import { buildSite, siteContentFromCorpus } from '../../../src/lib/site/site.ts';
import { figuresOf, figureValueLabel } from '../../../src/lib/site/figures.ts';
import { targetProgress } from '../../../src/lib/site/targetProgress.ts';
import { metricTimeCharts, planFigureCharts, planOtherFigures } from '../../../src/lib/site/figureChart.ts';
import { asOfEnd, asOfStart, formatAsOf } from '../../../src/lib/figures/asOf.ts';
import { quoteNumbers } from '../../../src/lib/number/quoteNumbers.ts';

const site = buildSite(siteContentFromCorpus(loadContent('content').corpus));
const plan = (id: string) => site.planById.get(id)!;
const TODAY = '2026-12-06';

describe('reported figures on the seed content', () => {
  it("keeps a former province's figures its own: none of Thái Nguyên (cũ) or Bắc Kạn reaches the new Thái Nguyên", () => {
    expect(figuresOf(site, 'thai-nguyen')).toEqual([]);
    expect(
      figuresOf(site, 'thai-nguyen-cu')
        .map((f) => f.metric)
        .sort(),
    ).toEqual(['dvc-thiet-yeu-de-an-06', 'tai-khoan-vneid', 'the-can-cuoc-da-cap']);
    expect(figuresOf(site, 'bac-ninh-cu', 'ho-so-truc-tuyen').map((f) => f.value)).toEqual([92.85]);
    expect(figuresOf(site, 'bac-ninh', 'ho-so-truc-tuyen').map((f) => f.value)).toEqual([75.6, 87]);
  });

  it('gives Krông Nô\'s 100 % fully-online target "Chưa có số liệu", with Đắk Nông and the country as context', () => {
    const target = plan('huyen-krong-no-2022').targets.find((t) => t.id === 'ct-i-2-a-2023-2')!;
    const [p] = targetProgress(plan('huyen-krong-no-2022'), target, site, TODAY);
    expect(p?.label).toBe('Chưa có số liệu');
    expect(p?.context.map((c) => [c.unitName, figureValueLabel(c.figure)])).toEqual([
      ['tỉnh Đắk Nông', '62,87%'],
      ['cả nước', 'trên 84%'],
    ]);
  });

  it('computes no status from a wider unit: every measured target of the seed plans reads "Chưa có số liệu"', () => {
    const labels = new Set(site.plans.flatMap((p) => p.targets.flatMap((t) => targetProgress(p, t, site, TODAY).map((m) => m.label))));
    expect([...labels]).toEqual(['Chưa có số liệu']);
  });

  it('draws the national VNeID series first, then each unit on its own chart', () => {
    const charts = metricTimeCharts(site.metricById.get('tai-khoan-vneid')!, site);
    expect(charts.map((c) => c.regionId)).toEqual(['ca-nuoc', 'bac-ninh-cu', 'dak-nong', 'thai-nguyen-cu']);
    expect(charts[0]?.spec.series[0]?.points.map((p) => [p.x, p.y])).toEqual([
      ['2022-11-07', 1400000],
      ['2024-01-10', 49700000],
      ['2025-04-22', 62000000],
      ['2025-09-24', 65000000],
    ]);
  });

  it("charts a district plan against its province's figures as context, never the country's", () => {
    const charts = planFigureCharts(plan('huyen-krong-no-2022'), site);
    expect(charts.map((c) => [c.metric.id, c.spec.series.map((s) => `${s.kind}: ${s.label}`)])).toEqual([
      ['dvc-truc-tuyen-toan-trinh', ['context: Tham khảo, tỉnh Đắk Nông', 'target: Mục tiêu của kế hoạch này']],
      ['tai-khoan-vneid', ['context: Tham khảo, tỉnh Đắk Nông', 'target: Mục tiêu của kế hoạch này']],
    ]);
  });

  it("lists the unit's figures of metrics no target measures (Bắc Kạn's share of residents with an e-ID account)", () => {
    expect(planOtherFigures(plan('tinh-bac-kan-2022'), site).map((u) => [u.regionId, u.figures.map((f) => f.metric)])).toEqual([
      ['bac-kan', ['tai-khoan-dinh-danh-ty-le-dan-so', 'can-cuoc-tre-em']],
    ]);
  });
});

describe('as-of dates', () => {
  it.each([
    ['2024-11-06', '2024-11-06', '2024-11-06', '06/11/2024'],
    ['2024-04', '2024-04-01', '2024-04-30', 'tháng 4/2024'],
    ['2024-Q3', '2024-07-01', '2024-09-30', 'quý III/2024'],
    ['2024', '2024-01-01', '2024-12-31', 'năm 2024'],
  ])('reads %s', (asOf, start, end, words) => {
    expect([asOfStart(asOf), asOfEnd(asOf), formatAsOf(asOf)]).toEqual([start, end, words]);
  });
});

describe('quoteNumbers', () => {
  const values = (q: string, lang: 'vi' | 'en') => quoteNumbers(q, lang).map((n) => n.value);
  it('reads both sides of a ratio and a "triệu" multiplier in Vietnamese', () => {
    expect(values('đã kích hoạt 313.890/324.898 tài khoản (đạt tỷ lệ 96,61%)', 'vi')).toEqual([96.61, 313890, 324898]);
    expect(values('kích hoạt trên 49,7 triệu tài khoản', 'vi')).toEqual([49.7, 49700000]);
  });
  it('reads English notation in an English edition', () => {
    expect(values('activated more than 728,400 accounts; over 1.4 million; 92.85%', 'en')).toEqual([728400, 1400000, 1.4, 92.85]);
  });
});
