import { describe, expect, it } from 'vitest';
import type { Region, Task } from '../../../src/schemas/index.ts';
import { buildSite } from '../../../src/lib/site/site.ts';
import type { SitePlan } from '../../../src/lib/site/types.ts';
import { assignsCommunes, communesByLetter, firstLetter, formerUnitPage, plansForCommune, unitIndex, unitsWithPages } from '../../../src/lib/site/units.ts';
import { agencies, bacKan, metrics, programme } from './fixture.ts';

/**
 * A small map of the 2025 reform: former tỉnh Bắc Kạn (huyện Bạch Thông: xã Lục Bình, thị trấn Phủ Thông,
 * phường Chia Đôi split in two) became part of the new tỉnh Thái Nguyên, whose xã Phủ Thông was formed from
 * Lục Bình and Phủ Thông, and xã Vi Hương took the other half of Chia Đôi.
 */
function unit(id: string, name: string, level: Region['level'], parent: string | null, era: 'former' | 'current', successors: string[] = []): Region {
  const type = { province: 'tỉnh', district: 'huyện', commune: 'xã' }[level];
  return {
    id,
    name,
    fullName: `${type[0]!.toUpperCase()}${type.slice(1)} ${name}`,
    level,
    type,
    code: '00001',
    parent,
    validFrom: era === 'current' ? '2025-07-01' : null,
    validTo: era === 'former' ? '2025-06-30' : null,
    successors,
    fate: null,
    sources: ['test'],
  };
}

const regions: Region[] = [
  unit('thai-nguyen', 'Thái Nguyên', 'province', null, 'current'),
  unit('bac-kan', 'Bắc Kạn', 'province', null, 'former', ['thai-nguyen']),
  unit('huyen-bach-thong-063', 'Bạch Thông', 'district', 'bac-kan', 'former', ['xa-phu-thong-01969', 'xa-vi-huong-01972']),
  unit('xa-luc-binh-01990', 'Lục Bình', 'commune', 'huyen-bach-thong-063', 'former', ['xa-phu-thong-01969']),
  unit('thi-tran-phu-thong-01969', 'Phủ Thông', 'commune', 'huyen-bach-thong-063', 'former', ['xa-phu-thong-01969']),
  unit('xa-chia-doi-01999', 'Chia Đôi', 'commune', 'huyen-bach-thong-063', 'former', ['xa-phu-thong-01969', 'xa-vi-huong-01972']),
  unit('xa-phu-thong-01969', 'Phủ Thông', 'commune', 'thai-nguyen', 'current'),
  unit('xa-vi-huong-01972', 'Vi Hương', 'commune', 'thai-nguyen', 'current'),
  unit('xa-dong-hy-05000', 'Đồng Hỷ', 'commune', 'thai-nguyen', 'current'),
];

const task = (id: string, lead: string[], assignee: string | null, due: string): Task => ({
  id,
  section: id,
  group: null,
  text: `Nhiệm vụ ${id}.`,
  lead,
  support: [],
  assignee,
  deadline: { kind: 'date', raw: `Trước ngày ${due}.`, due },
});

function plan(id: string, region: string, level: Region['level'], issuedOn: string, tasks: Task[] = []): SitePlan {
  return { id, meta: { ...bacKan.meta, region, level, issuedOn, issuer: id }, sections: [], tasks, targets: [] };
}

const plans = [
  plan('xa-luc-binh-2022', 'xa-luc-binh-01990', 'commune', '2022-04-01'),
  plan('thi-tran-phu-thong-2023', 'thi-tran-phu-thong-01969', 'commune', '2023-05-01'),
  plan('xa-chia-doi-2022', 'xa-chia-doi-01999', 'commune', '2022-06-01'),
  plan('huyen-bach-thong-2022', 'huyen-bach-thong-063', 'district', '2022-03-01'),
  plan('tinh-bac-kan-2022', 'bac-kan', 'province', '2022-02-01', [
    task('nv-1', ['cong-an'], 'Công an tỉnh.', '2022-12-31'),
    task('nv-2', ['ubnd-cap-duoi'], 'UBND các xã, phường, thị trấn.', '2022-06-30'),
  ]),
  plan('tinh-thai-nguyen-2026', 'thai-nguyen', 'province', '2026-03-01', [
    task('nv-a', ['ubnd-cap-duoi'], 'UBND các xã, phường.', '2026-09-30'),
    task('nv-b', ['cong-an'], null, '2026-06-30'),
  ]),
  plan('xa-phu-thong-2026', 'xa-phu-thong-01969', 'commune', '2026-04-01'),
];

const site = buildSite({ plans, regions, agencies, metrics, programmes: [programme] });
const ids = (list: readonly { id: string }[]): string[] => list.map((x) => x.id);

describe('plans that apply in a current commune', () => {
  it('a commune formed from two former communes sees the plans of both, and of their district and province', () => {
    const p = plansForCommune('xa-phu-thong-01969', site);
    expect(ids(p.own)).toEqual(['xa-phu-thong-2026']);
    expect(ids(p.formedFrom).sort()).toEqual(['thi-tran-phu-thong-01969', 'xa-chia-doi-01999', 'xa-luc-binh-01990']);
    expect(ids(p.former)).toEqual(['thi-tran-phu-thong-2023', 'xa-chia-doi-2022', 'xa-luc-binh-2022', 'huyen-bach-thong-2022']);
    expect(ids(p.formerProvinces)).toEqual(['bac-kan']);
    expect(ids(p.provincial)).toEqual(['tinh-thai-nguyen-2026', 'tinh-bac-kan-2022']);
  });

  it("a split commune's plan shows on every successor", () => {
    expect(ids(plansForCommune('xa-phu-thong-01969', site).former)).toContain('xa-chia-doi-2022');
    expect(ids(plansForCommune('xa-vi-huong-01972', site).former)).toEqual(['xa-chia-doi-2022', 'huyen-bach-thong-2022']);
  });

  it('a commune with no former unit that issued a plan still sees its province plans, and nothing of its neighbours', () => {
    const p = plansForCommune('xa-dong-hy-05000', site);
    expect([p.own, p.former].flat()).toEqual([]);
    expect(ids(p.provincial)).toEqual(['tinh-thai-nguyen-2026']);
  });

  it('a province task assigned to communes shows on the commune page with its deadline, earliest first', () => {
    const tasks = plansForCommune('xa-phu-thong-01969', site).communeTasks;
    expect(tasks.map((r) => `${r.plan.id}#${r.task.id} ${'due' in r.task.deadline ? r.task.deadline.due : ''}`)).toEqual([
      'tinh-bac-kan-2022#nv-2 2022-06-30',
      'tinh-thai-nguyen-2026#nv-a 2026-09-30',
    ]);
  });
});

describe('which province tasks are assigned to communes', () => {
  const [bk, tn] = [plans[4]!, plans[5]!];
  const byId = site.agencyById;
  it('reads "UBND các xã, phường, thị trấn" in the assignment line as communes', () => {
    expect(assignsCommunes(bk, bk.tasks[1]!, byId)).toBe(true);
    expect(assignsCommunes(bk, bk.tasks[0]!, byId)).toBe(false);
  });

  it('reads the committees one level below a province as communes only after 01/7/2025', () => {
    const below = task('nv-x', ['ubnd-cap-duoi'], null, '2026-01-01');
    expect(assignsCommunes(tn, below, byId)).toBe(true);
    expect(assignsCommunes(bk, below, byId)).toBe(false);
  });

  it('counts an agency that exists only at commune level, and not "Bảo hiểm xã hội"', () => {
    const communeOnly = new Map([...byId, ['cong-chuc', { ...agencies[0]!, id: 'cong-chuc', names: { commune: 'Công chức xã' } }]]);
    expect(assignsCommunes(bk, task('nv-y', ['cong-chuc'], null, '2022-01-01'), communeOnly)).toBe(true);
    expect(assignsCommunes(bk, task('nv-z', ['cong-an'], 'Công an tỉnh, Bảo hiểm xã hội tỉnh.', '2022-01-01'), byId)).toBe(false);
  });
});

describe('unit pages and lists', () => {
  it('builds the lookups once per site', () => {
    expect(unitIndex(site)).toBe(unitIndex(site));
    expect(ids(unitIndex(site).predecessorsById.get('xa-vi-huong-01972') ?? [])).toEqual(['huyen-bach-thong-063', 'xa-chia-doi-01999']);
  });

  it('gives a page to every current commune and to the former units that issued a plan', () => {
    const pages = unitsWithPages(site);
    expect(ids(pages.communes).sort()).toEqual([
      'thi-tran-phu-thong-01969',
      'xa-chia-doi-01999',
      'xa-dong-hy-05000',
      'xa-luc-binh-01990',
      'xa-phu-thong-01969',
      'xa-vi-huong-01972',
    ]);
    expect(ids(pages.districts)).toEqual(['huyen-bach-thong-063']);
  });

  it("lists a province's communes by letter, Đ after D, with the plans issued in each one's area", () => {
    expect(communesByLetter('thai-nguyen', site).map((g) => [g.letter, g.communes.map((c) => `${c.commune.name} ${c.plans}`)])).toEqual([
      ['Đ', ['Đồng Hỷ 0']],
      ['P', ['Phủ Thông 5']],
      ['V', ['Vi Hương 2']],
    ]);
    expect(firstLetter('Ấp Bắc')).toBe('A');
  });

  it('says where a former commune went: every successor of a split one', () => {
    const page = formerUnitPage('xa-chia-doi-01999', site);
    expect(ids(page.successors)).toEqual(['xa-phu-thong-01969', 'xa-vi-huong-01972']);
    expect(ids(page.parents)).toEqual(['huyen-bach-thong-063', 'bac-kan']);
    expect(ids(page.plans)).toEqual(['xa-chia-doi-2022']);
  });
});
