import { describe, expect, it } from 'vitest';
import { dutiesBySentence } from '../../../src/lib/site/reportingDuties.ts';
import type { ReportingDuty } from '../../../src/schemas/index.ts';

const duty = (text: string, when: string | null = null): ReportingDuty => ({ text, from: [], to: [], frequency: null, when });

describe('dutiesBySentence', () => {
  it('keeps one sentence that sets two duties in one row (Bắc Ninh: sơ kết 6 tháng and tổng kết hàng năm)', () => {
    const s = 'Định kỳ báo cáo sơ kết 6 tháng (trước ngày 10/6) và tổng kết hàng năm (trước ngày 10/12) gửi về UBND tỉnh.';
    const groups = dutiesBySentence([duty(s, 'trước ngày 10/6'), duty(s, 'trước ngày 10/12'), duty('Đồng thời, báo cáo đột xuất theo yêu cầu.')]);
    expect(groups.map((g) => [g.text, g.duties.map((d) => d.when)])).toEqual([
      [s, ['trước ngày 10/6', 'trước ngày 10/12']],
      ['Đồng thời, báo cáo đột xuất theo yêu cầu.', [null]],
    ]);
  });

  it('joins the "để tổng hợp, báo cáo …" part of a sentence to the sentence (Bắc Kạn)', () => {
    const s =
      'Trước ngày 15 hằng tháng, báo cáo kết quả thực hiện về UBND tỉnh (qua Công an tỉnh) để tổng hợp, báo cáo Văn phòng Chính phủ và Bộ Công an theo quy định.';
    const groups = dutiesBySentence([duty(s), duty('để tổng hợp, báo cáo Văn phòng Chính phủ và Bộ Công an theo quy định')]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.duties).toHaveLength(2);
  });
});
