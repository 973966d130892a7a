import { describe, expect, it } from 'vitest';
import { dutyCountRow, timelineCountRow } from '../../../src/lib/site/countList.ts';

describe('count list rows', () => {
  it("notes an agency's duties in a province and the plans they come from", () => {
    const counts = { lead: 2, support: 0, responsibility: 0, reports: 1, receives: 0 };
    expect(dutyCountRow({ label: 'Tỉnh Thái Nguyên', href: '/co-quan/cong-an/thai-nguyen/', counts, total: 3, plans: 2 })).toEqual({
      label: 'Tỉnh Thái Nguyên',
      href: '/co-quan/cong-an/thai-nguyen/',
      note: '2 nhiệm vụ chủ trì, 1 nghĩa vụ báo cáo trong 2 kế hoạch',
    });
  });

  it('notes a timeline year\'s deadlines and how many have passed ("đã qua hạn")', () => {
    expect(timelineCountRow({ label: 'Năm 2024', href: '/moc-thoi-gian/2024/', count: 12, passed: 5 })).toEqual({
      label: 'Năm 2024',
      href: '/moc-thoi-gian/2024/',
      note: '12 mốc, 5 mốc đã qua hạn',
    });
  });

  it('does not link a year without deadlines, and says it has none', () => {
    expect(timelineCountRow({ label: 'Năm 2027', href: '/moc-thoi-gian/2027/', count: 0, passed: 0 })).toEqual({
      label: 'Năm 2027',
      href: null,
      note: 'không có mốc thời hạn nào',
    });
  });
});
