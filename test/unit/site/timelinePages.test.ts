import { describe, expect, it } from 'vitest';
import { deadlineEntries } from '../../../src/lib/site/deadlines.ts';
import {
  emptyYearSentence,
  provinceTimeline,
  provinceTimelineYears,
  responsibleLine,
  timelineByYear,
  timelineOverview,
  timelinePages,
  timelineYears,
} from '../../../src/lib/site/timelinePages.ts';
import { fixtureSite } from './fixture.ts';

const site = fixtureSite();
const entries = deadlineEntries(site.plans);

describe('timelineByYear', () => {
  it('groups points by year, then by current province', () => {
    const byYear = timelineByYear(entries, site.regionById);
    expect([...byYear.keys()].sort()).toEqual([2022, 2023, 2026, 2027]);
    expect(byYear.get(2022)!.entries.map((e) => e.due)).toEqual(['2022-03-31', '2022-06-01', '2022-12-01']);
    expect([...byYear.get(2022)!.provinces.keys()]).toEqual(['thai-nguyen']);
    expect(byYear.get(2026)!.provinces.get('bac-ninh')!.entries).toHaveLength(1);
    expect(byYear.get(2027)!.provinces.get('thai-nguyen')!.entries[0]!.plan.id).toBe('xa-luc-binh-2022');
  });
});

describe('timelineYears', () => {
  it('covers every year from the first to the last deadline or plan period, gaps included', () => {
    expect(timelineYears(entries, site.plans)).toEqual([2022, 2023, 2024, 2025, 2026, 2027]);
  });
});

describe('timelineOverview', () => {
  it('counts each year, passed points against the given date, and empty years as 0', () => {
    const rows = timelineOverview(site, '2023-01-01');
    expect(rows.map((r) => [r.href, r.count, r.passed])).toEqual([
      ['/moc-thoi-gian/2022/', 3, 3],
      ['/moc-thoi-gian/2023/', 1, 0],
      ['/moc-thoi-gian/2024/', 0, 0],
      ['/moc-thoi-gian/2025/', 0, 0],
      ['/moc-thoi-gian/2026/', 1, 0],
      ['/moc-thoi-gian/2027/', 1, 0],
    ]);
  });
});

describe('timelinePages', () => {
  it('makes one page per year when every year fits on a page, empty years included', () => {
    const pages = timelinePages(site, '2023-01-01', 10);
    expect(pages.map((p) => p.segments.join('/'))).toEqual(['2022', '2023', '2024', '2025', '2026', '2027']);
    expect(pages[0]!.months.map((m) => [m.label, m.entries.length])).toEqual([
      ['Tháng 3/2022', 1],
      ['Tháng 6/2022', 1],
      ['Tháng 12/2022', 1],
    ]);
    expect(pages[2]!).toMatchObject({ total: 0, months: [], provinces: null });
  });

  it('splits a year bigger than a page by province and pages each province', () => {
    const pages = timelinePages(site, '2023-01-01', 2);
    const of2022 = pages.filter((p) => p.year === 2022);
    expect(of2022.map((p) => p.segments.join('/'))).toEqual(['2022', '2022/thai-nguyen', '2022/thai-nguyen/trang-2']);
    expect(of2022[0]!.provinces).toEqual([{ label: 'Tỉnh Thái Nguyên', href: '/moc-thoi-gian/2022/thai-nguyen/', count: 3, passed: 3 }]);
    expect(of2022[1]!.months.flatMap((m) => m.entries)).toHaveLength(2);
    expect(of2022[2]!.months.flatMap((m) => m.entries.map((e) => e.due))).toEqual(['2022-12-01']);
    expect(of2022[2]!.pager).toMatchObject({ current: 2, total: 2, prev: '/moc-thoi-gian/2022/thai-nguyen/', next: null });
  });
});

describe('provinceTimelineYears', () => {
  it("counts a province's points by year and links each year to the page that lists them", () => {
    const bacKan = site.regionById.get('bac-kan')!;
    const rows = provinceTimelineYears(site, bacKan, entries, '2023-01-01', 2);
    expect(rows.map((r) => [r.label, r.href, r.count, r.passed])).toEqual([
      // 2022 has more points than a page, so it is split by today's province (Bắc Kạn is now part of Thái Nguyên).
      ['Năm 2022', '/moc-thoi-gian/2022/thai-nguyen/', 3, 3],
      ['Năm 2023', '/moc-thoi-gian/2023/', 1, 0],
      ['Năm 2026', '/moc-thoi-gian/2026/', 1, 0],
      ['Năm 2027', '/moc-thoi-gian/2027/', 1, 0],
    ]);
  });
});

describe('provinceTimeline', () => {
  it('lists the points by month while they fit on a page, else by year', () => {
    const bacKan = site.regionById.get('bac-kan')!;
    expect(provinceTimeline(site, bacKan, entries, '2023-01-01', 10)).toMatchObject({ byYear: null });
    expect(provinceTimeline(site, bacKan, entries, '2023-01-01', 10).months.length).toBeGreaterThan(0);
    expect(provinceTimeline(site, bacKan, entries, '2023-01-01', 2)).toMatchObject({ months: [], byYear: [{ label: 'Năm 2022' }, {}, {}, {}] });
  });
});

describe('responsibleLine', () => {
  it('names the lead agencies as the plan names them', () => {
    const twoLeads = { ...entries[0]!, task: { ...entries[0]!.task, lead: ['cong-an', 'so-y-te'] } };
    expect(responsibleLine(twoLeads, site)).toBe('Chủ trì: Công an tỉnh Bắc Kạn; Sở Y tế tỉnh Bắc Kạn');
    expect(responsibleLine({ ...entries[0]!, task: { ...entries[0]!.task, lead: [] } }, site)).toBe('Không ghi cơ quan chủ trì');
  });
});

it('says so when a year has no deadline', () => {
  expect(emptyYearSentence(2024)).toBe('Không kế hoạch nào có mốc thời hạn trong năm 2024.');
});
