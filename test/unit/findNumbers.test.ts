import { describe, expect, it } from 'vitest';
import { boundOf, findNumbers } from '../../src/lib/number/parseVietnameseNumber.ts';

describe('findNumbers', () => {
  it('reads "trên 300.000 tài khoản người dùng" as 300000 "tài khoản"', () => {
    const text = 'Phân đầu đạt trên 300.000 tài khoản người dùng trên ứng dụng VNEID';
    expect(findNumbers(text)).toEqual([{ value: 300000, raw: '300.000', unit: 'tài khoản', index: 18 }]);
  });
  it('reads every level of "Tối thiểu 90% … cấp tỉnh; 80% … cấp huyện và 60 % … cấp xã"', () => {
    const found = findNumbers('Tối thiểu 90% hồ sơ tại cấp tỉnh; 80% tại cấp huyện và 60 % tại cấp xã');
    expect(found.map((n) => [n.value, n.unit])).toEqual([
      [90, '%'],
      [80, '%'],
      [60, '%'],
    ]);
  });
  it('reads "1,5 triệu tài khoản" as 1.5 with the multiplier in the unit', () => {
    expect(findNumbers('đạt 1,5 triệu tài khoản định danh')).toMatchObject([{ value: 1.5, raw: '1,5', unit: 'triệu tài khoản' }]);
  });
  it('reads a padded count "05 nhóm tiện ích" as 5 "nhóm"', () => {
    expect(findNumbers('phục vụ 05 nhóm tiện ích')).toMatchObject([{ value: 5, unit: 'nhóm' }]);
  });
  it('reads "35.000 người dân" with the one-word unit "người"', () => {
    expect(findNumbers('35.000 người dân')).toMatchObject([{ value: 35000, unit: 'người' }]);
  });
  it('reads "35.000 hồ sơ" with the unit "hồ sơ"', () => {
    expect(findNumbers('trên 35.000 hồ sơ được số hoá')).toMatchObject([{ value: 35000, unit: 'hồ sơ' }]);
  });
  it('gives null as unit when nothing follows the number', () => {
    expect(findNumbers('Số tài khoản đạt 120.')).toEqual([{ value: 120, raw: '120', unit: null, index: 17 }]);
  });
  it('reads the OCR "100% ho so" as 100 "%"', () => {
    expect(findNumbers('Bao dam 100% ho so')).toMatchObject([{ value: 100, unit: '%' }]);
  });
  it('ignores document numbers and their dates: "Quyết định số 06/QĐ-TTg ngày 06/01/2022"', () => {
    expect(findNumbers('Thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng')).toEqual([]);
  });
  it('ignores "Chỉ thị số 05/CT-TTg" and "Nghị định số 137/2015/NĐ-CP"', () => {
    expect(findNumbers('theo Chỉ thị số 05/CT-TTg và Nghị định số 137/2015/NĐ-CP')).toEqual([]);
  });
  it('ignores years: "năm 2022", "giai đoạn 2022 - 2025", "tầm nhìn đến 2035"', () => {
    expect(findNumbers('trong năm 2022, giai đoạn 2022 - 2025, tầm nhìn đến 2035')).toEqual([]);
  });
  it('ignores "mức độ 4", "Đề án 06", "ngày 13 hằng tháng" and "tháng 3"', () => {
    expect(findNumbers('dịch vụ công trực tuyến mức độ 4 của Đề án 06, ngày 13 hằng tháng, tháng 3')).toEqual([]);
  });
  it('ignores an identifier length "(12 số)" but keeps the figure beside it', () => {
    expect(findNumbers('cấp số định danh cá nhân (12 số) cho 100% công dân')).toMatchObject([{ value: 100, unit: '%' }]);
  });
  it('ignores a list number at the very start: "1. Bảo đảm 100%"', () => {
    expect(findNumbers('1. Bảo đảm 100% dữ liệu')).toMatchObject([{ value: 100, unit: '%', index: 11 }]);
  });
  it('ignores "24/7" and a number glued to a word like "dean06.vn"', () => {
    expect(findNumbers('hoạt động 24/7 trên dean06.vn')).toEqual([]);
  });
});

describe('boundOf', () => {
  it.each([
    ['Tối thiểu ', 'atLeast'],
    ['Phân đầu đạt tối thiểu ', 'atLeast'],
    ['ít nhất ', 'atLeast'],
    ['không dưới ', 'atLeast'],
    ['Phân đầu đạt trên ', 'above'],
    ['hơn ', 'above'],
    ['tối đa ', 'atMost'],
    ['không quá ', 'atMost'],
    ['dưới ', 'below'],
    ['đạt ', 'exactly'],
    ['Toi thieu ', 'atLeast'],
  ] as const)('reads "%s…" as %s', (before, bound) => {
    expect(boundOf(before)).toBe(bound);
  });
  it('gives null when no qualifier precedes the number: "Bảo đảm xác thực "', () => {
    expect(boundOf('Bảo đảm xác thực ')).toBeNull();
  });
  it('does not read "trên" earlier in the sentence as the bound: "trên địa bàn có "', () => {
    expect(boundOf('trên địa bàn có ')).toBeNull();
  });
});
