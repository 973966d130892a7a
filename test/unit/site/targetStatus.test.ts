import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/schemas/figure.ts';
import { statusAroundDue, targetStatus, targetStatusLabel, type StatusTarget } from '../../../src/lib/site/targetStatus.ts';

function figure(value: number, asOf: string, extra: Partial<Figure> = {}): Figure {
  return {
    id: `f-${asOf}`,
    region: 'dak-nong',
    metric: 'dvc-truc-tuyen-toan-trinh',
    value,
    unit: '%',
    asOf,
    reporter: { kind: 'self', name: 'UBND tỉnh' },
    source: { title: null, url: 'https://example.vn/a', publisher: 'Báo', publishedOn: null, quote: `${value}%`, language: 'vi' },
    ...extra,
  };
}
const hundredBy2025: StatusTarget = { value: 100, unit: '%', due: '2025-12-31', direction: 'higher-is-better' };
const label = (t: StatusTarget, figures: Figure[], today: string): string => targetStatusLabel(targetStatus(t, figures, today));

describe('targetStatus', () => {
  it('reads "Chưa có số liệu" when no figure exists', () => {
    expect(label(hundredBy2025, [], '2026-12-06')).toBe('Chưa có số liệu');
  });

  it('reads "Đang thực hiện — đạt 62 % mục tiêu" before the due date, rounding down', () => {
    expect(label(hundredBy2025, [figure(62.87, '2024-04')], '2024-12-01')).toBe('Đang thực hiện — đạt 62 % mục tiêu');
  });

  it('reads "Chưa đạt" once the due date has passed and the latest figure is below the target', () => {
    expect(label(hundredBy2025, [figure(62.87, '2024-04')], '2026-01-01')).toBe('Chưa đạt');
  });

  it('is still "Đang thực hiện" on the due date itself', () => {
    expect(label(hundredBy2025, [figure(62.87, '2024-04')], '2025-12-31')).toBe('Đang thực hiện — đạt 62 % mục tiêu');
  });

  it('reads "Đạt" when the latest figure meets the target, before or after the due date', () => {
    expect(label(hundredBy2025, [figure(62.87, '2024-04'), figure(100, '2025-06-30')], '2025-07-01')).toBe('Đạt');
    expect(label(hundredBy2025, [figure(100, '2025-06-30')], '2027-01-01')).toBe('Đạt');
  });

  it('uses the latest figure, not the best one', () => {
    expect(label(hundredBy2025, [figure(100, '2024-01'), figure(90, '2025-06')], '2026-01-01')).toBe('Chưa đạt');
  });

  it('ignores figures that hold only after the visitor date and figures in another unit', () => {
    expect(label(hundredBy2025, [figure(62, '2024-04')], '2024-04-15')).toBe('Chưa có số liệu');
    expect(label({ ...hundredBy2025, unit: 'tài khoản' }, [figure(62, '2024-04')], '2026-01-01')).toBe('Chưa có số liệu');
  });

  it('needs more than the figure for a target worded "trên 300.000", unless the figure itself is "trên"', () => {
    const above: StatusTarget = { value: 300000, unit: 'tài khoản', bound: 'above', due: '2025-12-31', direction: 'higher-is-better' };
    const f = (extra: Partial<Figure>) => [figure(300000, '2024-11-06', { unit: 'tài khoản', ...extra })];
    expect(label(above, f({}), '2024-12-01')).toBe('Đang thực hiện — đạt 99 % mục tiêu');
    expect(label(above, f({ bound: 'above' }), '2024-12-01')).toBe('Đạt');
  });

  it('never lets a figure bounded from above ("dưới 10%") meet a higher-is-better target', () => {
    expect(label({ ...hundredBy2025, value: 5 }, [figure(10, '2024', { bound: 'below' })], '2026-01-01')).toBe('Chưa đạt');
  });

  it('compares the other way for a lower-is-better metric', () => {
    const atMost: StatusTarget = { value: 10, unit: '%', due: '2025-12-31', direction: 'lower-is-better' };
    expect(label(atMost, [figure(8, '2024')], '2026-01-01')).toBe('Đạt');
    expect(label(atMost, [figure(20, '2024')], '2025-01-01')).toBe('Đang thực hiện — đạt 50 % mục tiêu');
  });

  it('gives the labels on either side of the due date for the visitor-date script', () => {
    expect(statusAroundDue(hundredBy2025, [figure(62.87, '2024-04')], '2025-03-01')).toEqual({
      before: { kind: 'in-progress', label: 'Đang thực hiện — đạt 62 % mục tiêu' },
      after: { kind: 'not-met', label: 'Chưa đạt' },
    });
    expect(statusAroundDue({ ...hundredBy2025, due: null }, [], '2025-03-01')).toBeNull();
  });
});
