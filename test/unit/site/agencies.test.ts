import { describe, expect, it } from 'vitest';
import { agencyNameAt, agencyNameInPlan, agencyTallies, mentionsIn } from '../../../src/lib/site/agencies.ts';
import { bacKan, bacNinh, fixtureSite, lucBinh } from './fixture.ts';

const site = fixtureSite();
const a = (id: string) => site.agencyById.get(id)!;
const r = (id: string) => site.regionById.get(id)!;

describe('agencyNameAt', () => {
  it('names a body at the plan\'s level in its region: "Công an tỉnh Bắc Kạn"', () => {
    expect(agencyNameAt(a('cong-an'), 'province', r('bac-kan'))).toBe('Công an tỉnh Bắc Kạn');
    expect(agencyNameAt(a('cong-an'), 'commune', r('xa-luc-binh-01990'))).toBe('Công an xã Lục Bình');
  });

  it("uses the unit's own type: a thị trấn, a centrally-run city", () => {
    expect(agencyNameAt(a('cong-an'), 'commune', r('thi-tran-dak-mam-24688'))).toBe('Công an thị trấn Đắk Mâm');
    expect(agencyNameAt(a('cong-an'), 'province', r('ha-noi'))).toBe('Công an thành phố Hà Nội');
  });

  it('appends the unit to names without a level word: "Sở Y tế tỉnh Bắc Kạn"', () => {
    expect(agencyNameAt(a('so-y-te'), 'province', r('bac-kan'))).toBe('Sở Y tế tỉnh Bắc Kạn');
    expect(agencyNameAt(a('so-y-te'), 'district', r('huyen-krong-no-664'))).toBe('Phòng Y tế huyện Krông Nô');
  });

  it('does not read the "xã" of "xã hội" as the level word', () => {
    expect(agencyNameAt(a('so-lao-dong'), 'commune', r('xa-luc-binh-01990'))).toBe('Công chức Lao động - Thương binh và Xã hội xã Lục Bình');
    expect(agencyNameAt(a('mat-tran'), 'province', r('bac-kan'))).toBe('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bắc Kạn và các tổ chức chính trị - xã hội');
  });

  it('keeps collective assignees as they are, and falls back to the general name', () => {
    expect(agencyNameAt(a('cac-so-ban-nganh'), 'province', r('bac-kan'))).toBe('Các sở, ban, ngành, địa phương liên quan');
    expect(agencyNameAt(a('ngan-hang'), 'commune', r('xa-luc-binh-01990'))).toBe('Ngân hàng Nhà nước');
    expect(agencyNameAt(a('ngan-hang'), 'province', r('bac-kan'))).toBe('Ngân hàng Nhà nước chi nhánh tỉnh Bắc Kạn');
  });

  it('shows an unknown agency id as itself rather than dropping it', () => {
    expect(mentionsIn(bacKan, ['khong-ro'], site)).toEqual([{ id: 'khong-ro', agency: undefined, name: 'khong-ro' }]);
  });
});

describe('tasks by agency', () => {
  it('tallies agencies busiest first, counting a task an agency both leads and supports once, as lead', () => {
    // Sở Y tế leads III.2.đ and both leads and supports III.2.g; Công an supports III.2.đ.
    expect(
      agencyTallies(site.plans, site)
        .slice(0, 2)
        .map((t) => [t.id, t.lead, t.support]),
    ).toEqual([
      ['cong-an', 5, 1],
      ['so-y-te', 2, 0],
    ]);
  });
});

describe('one agency across the site', () => {
  it('names the agency in a plan\'s region: "Công an xã Lục Bình"; by its general name where the region is unknown', () => {
    expect(agencyNameInPlan(a('cong-an'), lucBinh, site)).toBe('Công an xã Lục Bình');
    expect(agencyNameInPlan(a('cong-an'), { ...bacNinh, meta: { ...bacNinh.meta, region: 'khong-co' } }, site)).toBe('Công an');
  });
});
