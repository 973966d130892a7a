import { describe, expect, it } from 'vitest';
import {
  asOfLabel,
  deadlineEntries,
  deadlineWindows,
  dueStatusLabel,
  groupByMonth,
  isPassed,
  nextDue,
  passedCount,
  quarterKey,
  quarterLabel,
  todayInVietnam,
  undatedTasks,
} from '../../../src/lib/site/deadlines.ts';
import { bacKan, fixtureSite } from './fixture.ts';

const site = fixtureSite();

describe('deadline entries', () => {
  it('gives one point per dated task and one per stage of a staged deadline, earliest first', () => {
    const entries = deadlineEntries([bacKan]);
    expect(entries.map((e) => [e.task.id, e.due])).toEqual([
      ['nv-iii-1-a', '2022-03-31'],
      ['nv-iii-2-e', '2022-06-01'],
      ['nv-iii-2-e', '2022-12-01'],
      ['nv-iii-2-dd', '2023-03-31'],
    ]);
    expect(entries[1]!.label).toBe('Cấp tỉnh từ ngày 01/6/2022');
    expect(entries[1]!.stageLevel).toBe('province');
    expect(entries[3]!.label).toBe('Quý I/2023');
  });

  it('leaves continuous work off the timeline', () => {
    expect(undatedTasks([bacKan]).map((r) => r.task.id)).toEqual(['nv-iii-2-g']);
  });

  it('groups points by month in order, labelled "Tháng 3/2022"', () => {
    const months = groupByMonth(deadlineEntries(site.plans));
    expect(months.map((m) => [m.label, m.entries.length])).toEqual([
      ['Tháng 3/2022', 1],
      ['Tháng 6/2022', 1],
      ['Tháng 12/2022', 1],
      ['Tháng 3/2023', 1],
      ['Tháng 6/2026', 1],
      ['Tháng 1/2027', 1],
    ]);
  });
});

describe('status relative to a date', () => {
  it('treats a deadline as passed only after its day', () => {
    expect(isPassed('2023-03-31', '2023-03-31')).toBe(false);
    expect(isPassed('2023-03-31', '2023-04-01')).toBe(true);
    expect(dueStatusLabel('2023-03-31', '2026-11-22')).toBe('Đã qua hạn');
    expect(dueStatusLabel('2027-01-31', '2026-11-22')).toBe('Chưa đến hạn');
  });

  it('never calls a passed deadline "quá hạn"', () => {
    expect(dueStatusLabel('2020-01-01', '2026-11-22').toLowerCase()).not.toContain('quá hạn');
  });

  it('counts the points due before a day; one due that day has not passed', () => {
    const entries = deadlineEntries([bacKan]);
    expect(passedCount(entries, '2022-07-01')).toBe(2);
    expect(passedCount(entries, '2022-06-01')).toBe(1);
    expect(passedCount([], '2022-06-01')).toBe(0);
  });

  it('picks what falls due next', () => {
    const entries = deadlineEntries(site.plans);
    expect(nextDue(entries, '2026-06-25', 5).map((e) => e.due)).toEqual(['2026-06-25', '2027-01-31']);
  });

  it('says which date it used: "Tính đến ngày 22/11/2026"', () => {
    expect(asOfLabel('2026-11-22')).toBe('Tính đến ngày 22/11/2026');
  });

  it('takes today in Vietnam time, or a pinned date', () => {
    expect(todayInVietnam(new Date('2026-11-21T18:30:00Z'))).toBe('2026-11-22');
    expect(todayInVietnam(new Date('2026-11-21T10:00:00Z'))).toBe('2026-11-21');
    expect(todayInVietnam(new Date('2026-11-21T10:00:00Z'), '2024-01-02')).toBe('2024-01-02');
    expect(todayInVietnam(new Date('2026-11-21T10:00:00Z'), 'hôm qua')).toBe('2026-11-21');
  });
});

describe('deadline windows for the task filter', () => {
  it('reads "2023-02-14" as quarter 2023-Q1, "Quý I/2023"', () => {
    expect(quarterKey('2023-02-14')).toBe('2023-Q1');
    expect(quarterLabel('2023-Q4')).toBe('Quý IV/2023');
  });

  it('gives every year and quarter a staged task touches', () => {
    const staged = bacKan.tasks.find((t) => t.id === 'nv-iii-2-e')!;
    expect(deadlineWindows(bacKan, staged)).toEqual({ years: ['2022'], quarters: ['2022-Q2', '2022-Q4'] });
  });
});
