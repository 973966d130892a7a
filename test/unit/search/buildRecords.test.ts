import { describe, expect, it } from 'vitest';
import { yearsBetween, type SearchRecord } from '../../../src/lib/search/buildRecords.ts';
import { seedRecords, seedSite } from './seedSite.ts';

const plan = (id: string) => {
  const found = seedRecords.find((p) => p.plan.id === id);
  if (!found) throw new Error(`no plan ${id} in content/`);
  return found;
};
const records = (id: string, kind: SearchRecord['kind']) => plan(id).records.filter((r) => r.kind === kind);

describe('buildRecords on the bundled plans', () => {
  it('makes one record per plan, task and target, the plan first', () => {
    for (const sitePlan of seedSite.plans) {
      const { records: rs } = plan(sitePlan.id);
      expect(rs).toHaveLength(1 + sitePlan.tasks.length + sitePlan.targets.length);
      expect(rs[0]!.kind).toBe('ke-hoach');
      expect(rs[0]!.url).toBe(`/ke-hoach/${sitePlan.id}/`);
    }
  });

  it('links each task and target to its anchor on the plan page', () => {
    for (const sitePlan of seedSite.plans) {
      const rs = plan(sitePlan.id).records;
      for (const task of sitePlan.tasks)
        expect(rs).toContainEqual(expect.objectContaining({ kind: 'nhiem-vu', anchor: task.id, url: `/ke-hoach/${sitePlan.id}/#${task.id}`, text: task.text }));
      for (const target of sitePlan.targets)
        expect(rs).toContainEqual(expect.objectContaining({ kind: 'chi-tieu', anchor: target.id, url: `/ke-hoach/${sitePlan.id}/#${target.id}` }));
    }
  });

  it('files a Bắc Kạn plan under both Bắc Kạn and Thái Nguyên, and says where it is today', () => {
    expect(plan('tinh-bac-kan-2022').plan.tinh).toEqual(['bac-kan', 'thai-nguyen']);
    expect(plan('xa-luc-binh-2022').plan.tinh).toEqual(['bac-kan', 'thai-nguyen']);
    expect(plan('xa-luc-binh-2022').plan.place).toBe('xã Lục Bình, huyện Bạch Thông, tỉnh Bắc Kạn (nay thuộc tỉnh Thái Nguyên)');
    expect(plan('huyen-krong-no-2022').plan.tinh).toEqual(['dak-nong', 'lam-dong']);
    expect(plan('tinh-bac-ninh-2026').plan.tinh).toEqual(['bac-ninh']);
    expect(plan('tinh-bac-ninh-2026').plan.place).toBe('tỉnh Bắc Ninh');
  });

  it("shows a task's lead agencies in the plan's context, its deadline label, and files it by lead agency and due year", () => {
    const task = records('tinh-bac-kan-2022', 'nhiem-vu').find((r) => r.filters['co-quan'].includes('so-y-te'));
    expect(task?.facts.lead).toContain('Sở Y tế tỉnh Bắc Kạn');
    expect(task?.facts.deadline).toBe('Quý II/2022');
    expect(task?.filters.nam).toEqual(['2022']);
    expect(task?.facts.label).toMatch(/^Nhiệm vụ III\.5\.b/);
  });

  it('finds a district agency by its provincial name too: "Phòng Tài chính - Kế hoạch huyện Krông Nô" by "Sở Tài chính"', () => {
    const task = records('huyen-krong-no-2022', 'nhiem-vu').find((r) => r.filters['co-quan'].includes('so-tai-chinh'));
    expect(task).toBeDefined();
    expect(`${task!.facts.lead ?? ''} ${task!.facts.support ?? ''}`).toContain('Krông Nô');
    expect(task!.extra).toContain('Sở Tài chính');
  });

  it('gives a target its phase, group and figures, and the years of its phase', () => {
    const target = records('tinh-bac-kan-2022', 'chi-tieu').find((r) => r.anchor === 'ct-ii-2-a-2022-1');
    expect(target?.facts).toMatchObject({ label: 'Chỉ tiêu II.2.a', phase: 'Trong năm 2022', value: '100%' });
    expect(target?.facts.group).toBeTruthy();
    expect(target?.filters).toMatchObject({ loai: ['chi-tieu'], nam: ['2022'], 'co-quan': [] });
  });

  it('gives a plan its issuer, level and period, and no deadline year', () => {
    const p = records('tinh-bac-ninh-2026', 'ke-hoach')[0]!;
    expect(p.text).toBe(seedSite.planById.get('tinh-bac-ninh-2026')!.meta.title);
    expect(p.facts).toMatchObject({ label: 'Kế hoạch', level: 'cấp tỉnh', period: '2026–2030, tầm nhìn đến năm 2035' });
    expect(p.facts.issuer).toContain('208/KH-UBND');
    expect(p.filters.nam).toEqual([]);
    expect(plan('tinh-bac-ninh-2026').plan.cap).toEqual(['province']);
    expect(plan('tinh-bac-ninh-2026').plan['chuong-trinh']).toEqual(['de-an-06-2026']);
  });

  it('counts the years of a span inclusively', () => {
    expect(yearsBetween(2023, 2025)).toEqual(['2023', '2024', '2025']);
    expect(yearsBetween(2022, 2022)).toEqual(['2022']);
  });
});
