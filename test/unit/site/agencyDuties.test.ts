import { describe, expect, it } from 'vitest';
import {
  agenciesBySector,
  agencyOverview,
  agencySliceCrumbs,
  agencySlicePages,
  agencySliceTitle,
  countsSentence,
  dutiesByAgency,
  dutyRow,
  groupByPlan,
  planDuties,
  planYear,
} from '../../../src/lib/site/agencyDuties.ts';
import { buildSite } from '../../../src/lib/site/site.ts';
import type { SitePlan } from '../../../src/lib/site/types.ts';
import { agencies, bacKan, bacNinh, fixtureSite, lucBinh, metrics, programme, regions } from './fixture.ts';

/** Bắc Kạn with a "phân công trách nhiệm" paragraph for Sở Y tế and a reporting duty from Sở Y tế to Công an. */
const bacKanWithDuties: SitePlan = {
  ...bacKan,
  meta: {
    ...bacKan.meta,
    responsibilities: [{ agencies: ['so-y-te', 'so-y-te'], heading: '11. Sở Y tế', text: 'Chủ trì triển khai kết nối dữ liệu y tế.' }],
    reporting: [
      { text: 'Sở Y tế báo cáo Công an tỉnh hằng tháng.', from: ['so-y-te'], to: ['cong-an', 'so-y-te'], frequency: 'monthly', when: 'trước ngày 15' },
    ],
  },
};
const site = buildSite({ plans: [bacKanWithDuties, lucBinh, bacNinh], regions, agencies, metrics, programmes: [programme] });
const agency = (id: string) => site.agencyById.get(id)!;

describe('planDuties', () => {
  it('lists tasks, responsibilities and reporting, each agency once per item and role', () => {
    const duties = planDuties(bacKanWithDuties)
      .filter((d) => d.agencyId === 'so-y-te')
      .map((d) => d.duty.kind);
    // III.2.đ lead, III.2.g lead (its support repeats the lead and is not counted twice), the paragraph, the report it sends.
    expect(duties).toEqual(['lead', 'lead', 'responsibility', 'reports']);
  });

  it('counts an agency that only receives reports', () => {
    expect(planDuties(bacKanWithDuties).filter((d) => d.agencyId === 'cong-an' && d.duty.kind === 'receives')).toHaveLength(1);
  });
});

describe('dutiesByAgency', () => {
  const byAgency = dutiesByAgency(site.plans, site.regionById);

  it('groups by current province: Bắc Kạn and Lục Bình under Thái Nguyên, Bắc Ninh 2026 under Bắc Ninh', () => {
    const congAn = byAgency.get('cong-an')!;
    expect([...congAn.provinces.keys()].sort()).toEqual(['bac-ninh', 'thai-nguyen']);
    expect(congAn.provinces.get('thai-nguyen')!.planIds).toEqual(new Set(['tinh-bac-kan-2022', 'xa-luc-binh-2022']));
  });

  it('groups by plan year within a province', () => {
    const thaiNguyen = byAgency.get('cong-an')!.provinces.get('thai-nguyen')!;
    expect([...thaiNguyen.years.keys()]).toEqual([2022]);
    expect(byAgency.get('cong-an')!.provinces.get('bac-ninh')!.years.get(2026)).toHaveLength(1);
  });

  it('keeps the counts of the whole and of each province in step with the lists', () => {
    const soYTe = byAgency.get('so-y-te')!;
    expect(soYTe.counts).toEqual({ lead: 2, support: 0, responsibility: 1, reports: 1, receives: 0 });
    const listed = [...soYTe.provinces.values()].flatMap((p) => [...p.years.values()].flat());
    expect(listed).toHaveLength(4);
  });
});

describe('planYear', () => {
  it('is the year of issue, or the period start when the date is unknown', () => {
    expect(planYear(bacNinh)).toBe(2026);
    expect(planYear(bacKan)).toBe(2022);
  });
});

describe('countsSentence', () => {
  it('names the kinds that occur', () => {
    expect(countsSentence({ lead: 2, support: 0, responsibility: 1, reports: 1, receives: 0 })).toBe(
      '2 nhiệm vụ chủ trì, 1 đoạn phân công trách nhiệm, 1 nghĩa vụ báo cáo',
    );
    expect(countsSentence({ lead: 0, support: 0, responsibility: 0, reports: 0, receives: 0 })).toBe('Không có nhiệm vụ nào');
  });
});

describe('dutyRow', () => {
  it('labels each kind and links to its place on the plan page', () => {
    const rows = planDuties(bacKanWithDuties)
      .filter((d) => d.agencyId === 'so-y-te')
      .map((d) => dutyRow(d.duty));
    expect(rows.map((r) => [r.label, r.href])).toEqual([
      ['Chủ trì', '/ke-hoach/tinh-bac-kan-2022/#nv-iii-2-dd'],
      ['Chủ trì', '/ke-hoach/tinh-bac-kan-2022/#nv-iii-2-g'],
      ['Phân công trách nhiệm', '/ke-hoach/tinh-bac-kan-2022/#trach-nhiem'],
      ['Báo cáo', '/ke-hoach/tinh-bac-kan-2022/#bao-cao'],
    ]);
    expect(rows[0]!.detail).toBe('Thời hạn: Quý I/2023');
    expect(rows[2]!.title).toBe('11. Sở Y tế — Chủ trì triển khai kết nối dữ liệu y tế.');
    expect(rows[3]!.detail).toBe('Định kỳ: Hằng tháng, trước ngày 15');
  });
});

describe('agencyOverview', () => {
  it('links each province with its counts, in GSO code order', () => {
    const o = agencyOverview(agency('cong-an'), site);
    expect(o.provinces.map((p) => [p.href, p.total])).toEqual([
      ['/co-quan/cong-an/thai-nguyen/', 6],
      ['/co-quan/cong-an/bac-ninh/', 1],
    ]);
    expect(o.total).toBe(7);
    expect(o.plans).toBe(3);
  });

  it('is empty for an agency no plan names', () => {
    expect(agencyOverview(agency('ngan-hang'), site)).toEqual({
      counts: { lead: 0, support: 0, responsibility: 0, reports: 0, receives: 0 },
      total: 0,
      plans: 0,
      provinces: [],
    });
  });
});

describe('agencySlicePages', () => {
  it('makes one page per province when each fits on a page', () => {
    const pages = agencySlicePages(agency('cong-an'), site, 100);
    expect(pages.map((p) => p.segments.join('/'))).toEqual(['bac-ninh', 'thai-nguyen']);
    const thaiNguyen = pages[1]!;
    expect(groupByPlan(thaiNguyen.duties, agency('cong-an'), site).map((g) => [g.plan.id, g.agencyName, g.rows.length])).toEqual([
      ['xa-luc-binh-2022', 'Công an xã Lục Bình', 1],
      ['tinh-bac-kan-2022', 'Công an tỉnh Bắc Kạn', 5],
    ]);
  });

  it('splits a province bigger than a page by year, and pages a year bigger than a page', () => {
    const pages = agencySlicePages(agency('cong-an'), site, 2);
    expect(pages.map((p) => p.segments.join('/'))).toEqual([
      'bac-ninh',
      'thai-nguyen',
      'thai-nguyen/2022',
      'thai-nguyen/2022/trang-2',
      'thai-nguyen/2022/trang-3',
    ]);
    const overview = pages[1]!;
    expect(overview.duties).toEqual([]);
    expect(overview.years!.map((y) => [y.href, y.total])).toEqual([['/co-quan/cong-an/thai-nguyen/2022/', 6]]);
    const second = pages[3]!;
    expect(second.duties).toHaveLength(2);
    expect(second.pager).toMatchObject({
      current: 2,
      total: 3,
      prev: '/co-quan/cong-an/thai-nguyen/2022/',
      next: '/co-quan/cong-an/thai-nguyen/2022/trang-3/',
    });
    // Every duty is listed exactly once across the year's pages.
    expect(new Set(pages.slice(2, 5).flatMap((p) => p.duties)).size).toBe(6);
  });
});

it('fixtureSite has no responsibilities, so its agencies count tasks only', () => {
  const plain = fixtureSite();
  expect(agencyOverview(plain.agencyById.get('so-y-te')!, plain).counts).toEqual({ lead: 2, support: 0, responsibility: 0, reports: 0, receives: 0 });
});

describe('agencySliceTitle and agencySliceCrumbs', () => {
  it('name the agency, province, year and page, and lead back through the overview', () => {
    const pages = agencySlicePages(agency('cong-an'), site, 2);
    const second = pages.find((p) => p.segments.join('/') === 'thai-nguyen/2022/trang-2')!;
    expect(agencySliceTitle(second)).toBe('Công an — Tỉnh Thái Nguyên, kế hoạch năm 2022 (trang 2)');
    expect(agencySliceCrumbs(second).map((c) => c.href)).toEqual(['/', '/co-quan/', '/co-quan/cong-an/', '/co-quan/cong-an/thai-nguyen/']);
    expect(agencySliceCrumbs(pages[0]!).map((c) => c.href)).toEqual(['/', '/co-quan/', '/co-quan/cong-an/']);
  });
});

describe('agenciesBySector', () => {
  it('counts every agency of the index with its tasks, other duties and plans, by sector', () => {
    const police = agenciesBySector(site).find((s) => s.sector === 'cong-an')!;
    expect(police.label).toBe('Công an, quân sự');
    expect(police.agencies.map((r) => [r.id, r.lead, r.support, r.other, r.plans])).toEqual([['cong-an', 5, 1, 1, 3]]);
  });
});
