import { describe, expect, it } from 'vitest';
import {
  ancestry,
  currentProvinceOf,
  formerUnitLine,
  placeLine,
  plansOfProvincialUnit,
  provincialUnitSummaries,
  provincialUnits,
  unitCountRows,
  unitDisplayName,
  unitsWithPlans,
} from '../../../src/lib/site/regions.ts';
import { buildSite } from '../../../src/lib/site/site.ts';
import { agencies, bacKan, bacNinh, fixtureSite, lucBinh, metrics, programme, regions } from './fixture.ts';

const site = fixtureSite();

describe('region ancestry and succession', () => {
  it('walks Lục Bình up to its province in its own era', () => {
    expect(ancestry('xa-luc-binh-01990', site.regionById).map((r) => r.id)).toEqual(['xa-luc-binh-01990', 'huyen-bach-thong-063', 'bac-kan']);
  });

  it("places Lục Bình in today's Thái Nguyên through Bắc Kạn", () => {
    expect(currentProvinceOf('xa-luc-binh-01990', site.regionById).id).toBe('thai-nguyen');
    expect(currentProvinceOf('huyen-krong-no-664', site.regionById).id).toBe('lam-dong');
  });

  it('keeps a current province as it is (Bắc Ninh formed in 2025 is not Bắc Ninh cũ)', () => {
    expect(currentProvinceOf('bac-ninh', site.regionById).id).toBe('bac-ninh');
    expect(currentProvinceOf('bac-ninh-cu', site.regionById).id).toBe('bac-ninh');
  });

  it('writes the place of an issuer innermost first, with lowercase types', () => {
    expect(placeLine('xa-luc-binh-01990', site.regionById)).toBe('xã Lục Bình, huyện Bạch Thông, tỉnh Bắc Kạn');
  });

  it('says where a former province went and when', () => {
    const bacKan = site.regionById.get('bac-kan')!;
    expect(formerUnitLine(bacKan, site.regionById)).toBe('Tỉnh Bắc Kạn — từ 01/7/2025 thuộc tỉnh Thái Nguyên');
    expect(formerUnitLine(site.regionById.get('thai-nguyen')!, site.regionById)).toBeNull();
  });

  it('marks former units "(cũ)"', () => {
    expect(unitDisplayName(site.regionById.get('bac-ninh-cu')!)).toBe('Tỉnh Bắc Ninh (cũ)');
    expect(unitDisplayName(site.regionById.get('bac-ninh')!)).toBe('Tỉnh Bắc Ninh');
  });
});

describe('provincial units and their plans', () => {
  it('groups former provinces under their successor, in code order', () => {
    const { current, former } = provincialUnits(site.regionById);
    expect(current.map((g) => g.province.id)).toEqual(['ha-noi', 'thai-nguyen', 'bac-ninh', 'lam-dong']);
    expect(current.find((g) => g.province.id === 'thai-nguyen')!.predecessors.map((r) => r.id)).toEqual(['bac-kan', 'thai-nguyen-cu']);
    expect(former.map((r) => r.id)).toEqual(['bac-kan', 'thai-nguyen-cu', 'bac-ninh-cu', 'dak-nong']);
  });

  it('gathers on Thái Nguyên the plans of Bắc Kạn, including the Lục Bình commune plan', () => {
    expect(
      plansOfProvincialUnit('thai-nguyen', site)
        .map((p) => p.id)
        .sort(),
    ).toEqual(['tinh-bac-kan-2022', 'xa-luc-binh-2022']);
  });

  it('lists on a former province the plans issued in its area', () => {
    expect(
      plansOfProvincialUnit('bac-kan', site)
        .map((p) => p.id)
        .sort(),
    ).toEqual(['tinh-bac-kan-2022', 'xa-luc-binh-2022']);
    expect(plansOfProvincialUnit('bac-ninh-cu', site)).toEqual([]);
    expect(plansOfProvincialUnit('bac-ninh', site).map((p) => p.id)).toEqual(['tinh-bac-ninh-2026']);
  });

  it('counts plans per level of issuer', () => {
    const tn = provincialUnitSummaries(site).current.find((u) => u.region.id === 'thai-nguyen')!;
    expect(tn.counts).toEqual({ province: 1, district: 0, commune: 1, total: 2 });
  });

  it('gathers a district plan on the province its former province became (Krông Nô → Đắk Nông → Lâm Đồng)', () => {
    const krongNo = { ...lucBinh, id: 'huyen-krong-no-2022', meta: { ...lucBinh.meta, level: 'district' as const, region: 'huyen-krong-no-664' } };
    const withDistrict = buildSite({ plans: [bacKan, lucBinh, bacNinh, krongNo], regions, agencies, metrics, programmes: [programme] });
    expect(plansOfProvincialUnit('lam-dong', withDistrict).map((p) => p.id)).toEqual(['huyen-krong-no-2022']);
    expect(plansOfProvincialUnit('dak-nong', withDistrict).map((p) => p.id)).toEqual(['huyen-krong-no-2022']);
    expect(plansOfProvincialUnit('lam-dong', site)).toEqual([]);
  });

  it('rejects an unknown unit', () => {
    expect(() => plansOfProvincialUnit('khong-co', site)).toThrow(/khong-co/);
  });
});

describe('provinces index rows', () => {
  const summaries = provincialUnitSummaries(site);
  const rows = unitCountRows(summaries);

  it('counts the current units that have at least one plan', () => {
    expect(unitsWithPlans(summaries.current)).toBe(2);
  });

  it('lists under a current unit the former units folded into it, by short name, each with its own plan count', () => {
    const tn = rows.current.find((r) => r.region.id === 'thai-nguyen')!;
    expect(tn.name).toBe('Tỉnh Thái Nguyên');
    expect(tn.related.map((r) => [r.region.id, r.name, r.total])).toEqual([
      ['bac-kan', 'Bắc Kạn', 2],
      ['thai-nguyen-cu', 'Thái Nguyên', 0],
    ]);
    expect(tn.counts.total).toBe(2);
    expect(rows.current.find((r) => r.region.id === 'ha-noi')!.related).toEqual([]);
  });

  it('names a former unit "(cũ)" and points it at the unit it is part of today, without a count', () => {
    const bk = rows.former.find((r) => r.region.id === 'bac-kan')!;
    expect(bk.name).toBe('Tỉnh Bắc Kạn (cũ)');
    expect(bk.related.map((r) => [r.region.id, r.name, r.total])).toEqual([['thai-nguyen', 'Tỉnh Thái Nguyên', null]]);
    expect(bk.counts).toEqual({ province: 1, district: 0, commune: 1, total: 2 });
  });
});
