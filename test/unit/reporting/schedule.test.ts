import { describe, expect, it } from 'vitest';
import { parseReportingSchedule } from '../../../src/lib/reporting/parseSchedule.ts';
import { nextReportDue, nextReportLabel, scheduleLabel } from '../../../src/lib/reporting/nextDue.ts';

describe('parseReportingSchedule', () => {
  it.each([
    ['Trước ngày 15 hằng tháng', { kind: 'monthly', day: 15 }], // Bắc Kạn
    ['Định kỳ ngày 13 hằng tháng', { kind: 'monthly', day: 13 }], // Krông Nô
    ['Trước ngày mùng 9 hằng tháng', { kind: 'monthly', day: 9 }], // Lục Bình
    ['trước ngày 10 hàng tháng', { kind: 'monthly', day: 10 }], // Bắc Ninh 2026
    ['trước ngày 10/6', { kind: 'yearly', day: 10, month: 6 }], // Bắc Ninh: sơ kết 6 tháng
    ['trước ngày 10/12', { kind: 'yearly', day: 10, month: 12 }], // Bắc Ninh: tổng kết hàng năm
    ['trước ngày 25/4/2022', { kind: 'once', date: '2022-04-25' }],
    ['Hằng tháng', { kind: 'monthly', day: null }],
    ['Định kỳ hàng tháng', { kind: 'monthly', day: null }],
  ])('reads "%s"', (when, schedule) => {
    expect(parseReportingSchedule(when)).toEqual(schedule);
  });

  it.each(['theo yêu cầu', 'nếu có khó khăn, vướng mắc', 'theo quy định', 'trước ngày 31/2/2022'])('reads no schedule in "%s"', (when) => {
    expect(parseReportingSchedule(when)).toBeNull();
  });

  it('reads no schedule when there are no words', () => {
    expect(parseReportingSchedule(null)).toBeNull();
  });
});

describe('nextReportDue', () => {
  const monthly15 = { kind: 'monthly', day: 15 } as const;
  it("is this month's day when it has not gone by, else next month's", () => {
    expect(nextReportDue(monthly15, '2026-12-06', null)).toEqual({ kind: 'next', date: '2026-12-15' });
    expect(nextReportDue(monthly15, '2026-12-15', null)).toEqual({ kind: 'next', date: '2026-12-15' });
    expect(nextReportDue(monthly15, '2026-12-16', null)).toEqual({ kind: 'next', date: '2027-01-15' });
  });

  it('falls on the last day of a short month', () => {
    expect(nextReportDue({ kind: 'monthly', day: 31 }, '2027-02-02', null)).toEqual({ kind: 'next', date: '2027-02-28' });
  });

  it("is next year's date for a yearly report whose day has gone by", () => {
    expect(nextReportDue({ kind: 'yearly', day: 10, month: 6 }, '2026-12-06', '2030-12-31')).toEqual({ kind: 'next', date: '2027-06-10' });
    expect(nextReportDue({ kind: 'yearly', day: 10, month: 12 }, '2026-12-06', '2030-12-31')).toEqual({ kind: 'next', date: '2026-12-10' });
  });

  it('stops at the end of the plan period', () => {
    expect(nextReportDue(monthly15, '2026-12-06', '2025-12-31')).toEqual({ kind: 'ended', until: '2025-12-31' });
  });

  it('reads a one-off duty whose date has gone by as passed, never late', () => {
    const next = nextReportDue({ kind: 'once', date: '2022-04-25' }, '2026-12-06', '2025-12-31');
    expect(next).toEqual({ kind: 'passed', date: '2022-04-25' });
    expect(nextReportLabel(next)).toBe('Đã qua hạn (25/4/2022)');
  });

  it('has no date for a monthly duty that names no day, or no schedule', () => {
    expect(nextReportDue({ kind: 'monthly', day: null }, '2026-12-06', null)).toEqual({ kind: 'no-date' });
    expect(nextReportLabel(nextReportDue(null, '2026-12-06', null))).toBe('Văn bản không nêu ngày');
  });

  it('says the schedule in words', () => {
    expect(scheduleLabel({ kind: 'monthly', day: 13 })).toBe('Hằng tháng, hạn ngày 13');
    expect(scheduleLabel({ kind: 'yearly', day: 10, month: 6 })).toBe('Hằng năm, hạn ngày 10/6');
  });
});
