/**
 * Agencies are named at the level the plan (or its sentence) speaks of: a commune's plan names the
 * commune's officers, and a commune officer who reports to "cơ quan tài chính huyện" reports to the
 * district's body, not to "Sở Tài chính".
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/content/loadContent.ts';
import { isNamedAtLevel, mentionsIn, regionAtLevel } from '../../../src/lib/site/agencies.ts';
import { buildSite, siteContentFromCorpus } from '../../../src/lib/site/site.ts';
import { fixtureSite, lucBinh } from './fixture.ts';

describe('mentionsIn at another level', () => {
  const site = fixtureSite();
  it("names a commune plan's agencies at the commune by default", () => {
    expect(mentionsIn(lucBinh, ['so-y-te'], site).map((m) => m.name)).toEqual(['Trạm Y tế xã Lục Bình']);
  });
  it('names them at the district the commune belonged to when the sentence speaks of the district', () => {
    expect(mentionsIn(lucBinh, ['so-y-te', 'cong-an'], site, 'district').map((m) => m.name)).toEqual([
      'Phòng Y tế huyện Bạch Thông',
      'Công an huyện Bạch Thông',
    ]);
  });
  it("finds the unit of a level among the region's parents, or none below it", () => {
    expect(regionAtLevel('xa-luc-binh-01990', 'province', site.regionById)?.id).toBe('bac-kan');
    expect(regionAtLevel('bac-kan', 'commune', site.regionById)).toBeNull();
  });
});

describe('isNamedAtLevel', () => {
  const site = fixtureSite();
  it('accepts a body named at the level and refuses one that has no name there', () => {
    expect(isNamedAtLevel(site.agencyById.get('so-y-te')!, 'commune')).toBe(true);
    expect(isNamedAtLevel(site.agencyById.get('ngan-hang')!, 'commune')).toBe(false);
  });
  it('accepts a national body (no name at any level) everywhere', () => {
    expect(isNamedAtLevel({ id: 'bo', name: 'Bộ Công an', names: {}, aliases: [], collective: false, sector: 'trung-uong' }, 'commune')).toBe(true);
  });
});

describe('every agency a plan in content/ names has a name at the level it is named at', () => {
  const site = buildSite(siteContentFromCorpus(loadContent('content').corpus));
  const unnamed: string[] = [];
  for (const plan of site.plans) {
    const level = plan.meta.level;
    const at = (id: string, l: typeof level, where: string): void => {
      const agency = site.agencyById.get(id);
      if (agency && !isNamedAtLevel(agency, l)) unnamed.push(`${plan.id} ${where}: ${id} (${l})`);
    };
    for (const t of plan.tasks) for (const id of [...t.lead, ...t.support]) at(id, level, t.id);
    for (const r of plan.meta.responsibilities) for (const id of r.agencies) at(id, level, r.heading);
    for (const d of plan.meta.reporting) {
      for (const id of d.from) at(id, level, 'báo cáo (from)');
      for (const id of d.to) at(id, d.toLevel ?? level, 'báo cáo (to)');
    }
  }
  it('has none without a name at that level', () => {
    expect(unnamed).toEqual([]);
  });
});
