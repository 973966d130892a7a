import { describe, expect, it } from 'vitest';
import { formatDeadline, formatViDate, parseDeadline } from '../../src/lib/deadline/parseDeadline.ts';

describe('formatViDate', () => {
  it('writes "2023-03-31" as "31/3/2023" (month without leading zero)', () => {
    expect(formatViDate('2023-03-31')).toBe('31/3/2023');
  });
  it('writes the day with two digits as documents do: "2022-06-01" → "01/6/2022"', () => {
    expect(formatViDate('2022-06-01')).toBe('01/6/2022');
  });
  it('writes "2022-12-01" as "01/12/2022"', () => {
    expect(formatViDate('2022-12-01')).toBe('01/12/2022');
  });
});

describe('formatDeadline', () => {
  it.each([
    ['Hoàn thành trước ngày 31/3/2023', '31/3/2023'],
    ['Trong tháng 3 năm 2022.', 'Tháng 3/2022'],
    ['Trong tháng 01/2023.', 'Tháng 1/2023'],
    ['Quý I/2023.', 'Quý I/2023'],
    ['Trong Quy II nam 2022.', 'Quý II/2022'],
    ['Trong năm 2024.', 'Năm 2024'],
    ['Trong tháng 2 và 3 năm 2022.', 'Tháng 2–3/2022'],
    ['Giai đoạn 2022 - 2025', 'Năm 2022–2025'],
    ['Từ tháng 11/2022 đến tháng 2/2023', 'Tháng 11/2022–2/2023'],
    [
      'Tại Bộ phận một cửa cấp tỉnh từ ngày 01/6/2022; cấp huyện từ ngày 01/12/2022; cấp xã từ ngày 01/6/2023.',
      'Từ 01/6/2022 (cấp tỉnh) đến 01/6/2023 (cấp xã)',
    ],
    ['Thực hiện thường xuyên.', 'Thường xuyên'],
    ['Từ tháng 4/2022.', 'Thường xuyên, từ tháng 4/2022'],
    ['bắt đầu từ quý II năm 2022', 'Thường xuyên, từ Quý II/2022'],
    ['Năm 2023 và các năm tiếp theo', 'Thường xuyên, từ năm 2023'],
    ['Ngay sau khi Chính phủ ban hành Nghị định.', 'Khi có sự kiện: Ngay sau khi Chính phủ ban hành Nghị định'],
    ['Theo Thông tư của các Bộ, ngành.', 'Không xác định thời hạn'],
  ])('labels "%s" as "%s"', (raw, label) => {
    expect(formatDeadline(parseDeadline(raw))).toBe(label);
  });
  it('labels a range that does not follow month edges by its days', () => {
    expect(formatDeadline({ kind: 'range', raw: 'x', start: '2022-06-15', due: '2022-09-30' })).toBe('15/6/2022–30/9/2022');
  });
  it('labels a stage without a level by its date alone', () => {
    expect(
      formatDeadline({
        kind: 'staged',
        raw: 'x',
        start: '2022-06-01',
        due: '2023-06-01',
        stages: [
          { level: null, raw: 'đợt 1 từ ngày 01/6/2022', date: '2022-06-01' },
          { level: 'commune', raw: 'cấp xã từ ngày 01/6/2023', date: '2023-06-01' },
        ],
      }),
    ).toBe('Từ 01/6/2022 đến 01/6/2023 (cấp xã)');
  });
});
