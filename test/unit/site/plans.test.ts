import { describe, expect, it } from 'vitest';
import {
  isMonthOnly,
  issuedOnLabel,
  issuedPhrase,
  periodLabel,
  planCrumb,
  planFullName,
  planGlance,
  planKicker,
  plansByLevel,
  planShortName,
  recentlyAdded,
  restoredPlans,
  totals,
} from '../../../src/lib/site/plans.ts';
import { planBreadcrumbs } from '../../../src/lib/site/pageMeta.ts';
import { bacKan, bacNinh, fixtureSite, lucBinh } from './fixture.ts';

const site = fixtureSite();

describe('plan facts', () => {
  it('keeps the precision of the date of issue', () => {
    expect(issuedOnLabel('2026-06-05')).toBe('05/6/2026');
    expect(issuedOnLabel('2022-04')).toBe('tháng 4/2022');
    expect(issuedOnLabel(null)).toBe('không ghi ngày');
    expect(issuedPhrase('2026-06-05')).toBe('ngày 05/6/2026');
    expect(issuedPhrase('2022-04')).toBe('tháng 4/2022');
  });

  it('writes the period with its vision year', () => {
    expect(periodLabel({ from: 2022, to: 2025, vision: 2030 })).toBe('2022–2025, tầm nhìn đến năm 2030');
    expect(periodLabel({ from: 2022, to: 2022, vision: null })).toBe('2022');
  });

  it('names a plan by number and date, or by issuer', () => {
    expect(planShortName(bacNinh)).toBe('Kế hoạch số 208/KH-UBND ngày 05/6/2026');
    expect(planShortName(lucBinh)).toBe('Kế hoạch của Ủy ban nhân dân xã Lục Bình tháng 4/2022');
    expect(planShortName(bacKan)).toBe('Kế hoạch của Ủy ban nhân dân tỉnh Bắc Kạn (2022)');
  });

  it('names a plan for mixed lists, breadcrumbs and the line above its title', () => {
    expect(planFullName(bacNinh)).toBe('Kế hoạch số 208/KH-UBND ngày 05/6/2026 của Ủy ban nhân dân tỉnh Bắc Ninh');
    expect(planFullName(bacKan)).toBe('Kế hoạch của Ủy ban nhân dân tỉnh Bắc Kạn (2022)');
    expect(planCrumb(bacNinh)).toBe('Kế hoạch số 208/KH-UBND');
    expect(planCrumb(lucBinh)).toBe('Kế hoạch 2022');
    expect(planKicker(bacNinh)).toBe('Ủy ban nhân dân tỉnh Bắc Ninh · Số 208/KH-UBND · Ban hành ngày 05/6/2026');
    expect(planKicker(bacKan)).toBe('Ủy ban nhân dân tỉnh Bắc Kạn · Không ghi ngày ban hành');
  });

  it('builds breadcrumbs through the current province and the former one', () => {
    expect(planBreadcrumbs(lucBinh, site).map((c) => c.label)).toEqual(['Trang chủ', 'Tỉnh, thành phố', 'Tỉnh Thái Nguyên', 'Tỉnh Bắc Kạn (cũ)']);
    expect(planBreadcrumbs(bacNinh, site).map((c) => c.href)).toEqual(['/', '/tinh/', '/tinh/bac-ninh/']);
  });
});

describe('at a glance', () => {
  it('counts tasks, targets, passed points and the next deadline on a given day', () => {
    const g = planGlance(bacKan, '2022-07-01');
    expect(g).toMatchObject({ tasks: 4, targets: 3, quantitativeTargets: 2, passed: 2, dated: 4, undated: 1 });
    expect(g.next?.due).toBe('2022-12-01');
    expect(planGlance(bacKan, '2026-11-22').next).toBeNull();
  });

  it('totals the site and orders plans by the day they were added', () => {
    expect(totals(site.plans)).toEqual({ plans: 3, tasks: 6, targets: 4 });
    expect(recentlyAdded(site.plans, 2).map((p) => p.id)).toEqual(['xa-luc-binh-2022', 'tinh-bac-kan-2022']);
  });
});

describe('plans by level and by source', () => {
  const ocr = { ...bacKan, meta: { ...bacKan.meta, source: { file: 'x.txt', kind: 'ocr' as const, restored: false } } };
  const restored = { ...lucBinh, meta: { ...lucBinh.meta, source: { file: 'x.txt', kind: 'ocr' as const, restored: true } } };

  it('reads "2022-04" as a copy that gives only the month of issue', () => {
    expect(isMonthOnly('2022-04')).toBe(true);
    expect(isMonthOnly('2026-06-05')).toBe(false);
    expect(isMonthOnly(null)).toBe(false);
  });

  it('groups plans by level in page order, leaving out levels without plans', () => {
    expect(plansByLevel(site.plans).map((g) => [g.level, g.plans.map((p) => p.id)])).toEqual([
      ['province', ['tinh-bac-ninh-2026', 'tinh-bac-kan-2022']],
      ['commune', ['xa-luc-binh-2022']],
    ]);
    expect(plansByLevel([])).toEqual([]);
  });

  it('picks the plans whose text was restored from an OCR copy', () => {
    expect(restoredPlans(site.plans)).toEqual([]);
    expect(restoredPlans([bacKan, restored, ocr]).map((p) => p.id)).toEqual(['xa-luc-binh-2022']);
  });
});
