/**
 * The site's aggregations over the real seed content (content/), for the facts the issue names:
 * Thái Nguyên gathers Bắc Kạn's plans with the Lục Bình commune plan, Lâm Đồng gathers Krông Nô's,
 * Bắc Ninh its own 2026 plan.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/content/loadContent.ts';
import { buildSite, siteContentFromCorpus } from '../../../src/lib/site/site.ts';
import { plansOfProvincialUnit, provincialUnitSummaries, formerUnitLine } from '../../../src/lib/site/regions.ts';

const site = buildSite(siteContentFromCorpus(loadContent('content').corpus));
const ids = (unit: string) => plansOfProvincialUnit(unit, site).map((p) => p.id).sort();

describe('seed plans on province pages', () => {
  it('has 34 current and 52 former provincial units', () => {
    const { current, former } = provincialUnitSummaries(site);
    expect(current).toHaveLength(34);
    expect(former).toHaveLength(52);
  });

  it('gathers Bắc Kạn\'s plans, Lục Bình\'s included, on Thái Nguyên', () => {
    expect(ids('thai-nguyen')).toEqual(['tinh-bac-kan-2022', 'xa-luc-binh-2022']);
    expect(ids('bac-kan')).toEqual(['tinh-bac-kan-2022', 'xa-luc-binh-2022']);
  });

  it('gathers Krông Nô\'s plan on Lâm Đồng and keeps Bắc Ninh\'s 2026 plan on the new Bắc Ninh', () => {
    expect(ids('lam-dong')).toEqual(['huyen-krong-no-2022']);
    expect(ids('dak-nong')).toEqual(['huyen-krong-no-2022']);
    expect(ids('bac-ninh')).toEqual(['tinh-bac-ninh-2026']);
    expect(ids('bac-ninh-cu')).toEqual([]);
  });

  it('says Bắc Kạn became part of Thái Nguyên on 01/7/2025', () => {
    expect(formerUnitLine(site.regionById.get('bac-kan')!, site.regionById)).toBe('Tỉnh Bắc Kạn — từ 01/7/2025 thuộc tỉnh Thái Nguyên');
  });
});
