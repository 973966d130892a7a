import { describe, expect, it } from 'vitest';
import { parseDeadline, sameDeadline } from '../../src/lib/deadline/parseDeadline.ts';
import { deadline, type Deadline } from '../../src/schemas/deadline.ts';

/** Parses and checks the result against the schema, as the content checker does. */
function read(raw: string): Deadline {
  return deadline.parse(parseDeadline(raw));
}

describe('parseDeadline: single days', () => {
  it('reads "01/6/2023." as due 2023-06-01 with no start', () => {
    expect(read('01/6/2023.')).toEqual({ kind: 'date', raw: '01/6/2023.', due: '2023-06-01' });
  });
  it('reads "Hoàn thành trước ngày 30/6/2023" as due 2023-06-30', () => {
    expect(read('Hoàn thành trước ngày 30/6/2023')).toEqual({ kind: 'date', raw: 'Hoàn thành trước ngày 30/6/2023', due: '2023-06-30' });
  });
  it('reads seed 001\'s "trước ngày 25/4/2022" as due 2022-04-25', () => {
    expect(read('trước ngày 25/4/2022')).toMatchObject({ kind: 'date', due: '2022-04-25' });
  });
  it('reads seed 002\'s bold "trước ngày **25/6/2026**" as due 2026-06-25', () => {
    expect(read('trước ngày **25/6/2026**')).toMatchObject({ kind: 'date', due: '2026-06-25' });
  });
  it('reads "ngày 5 tháng 9 năm 2022" written in words as due 2022-09-05', () => {
    expect(read('Hoàn thành trước ngày 5 tháng 9 năm 2022.')).toMatchObject({ kind: 'date', due: '2022-09-05' });
  });
  it('does not read the impossible "31/4/2022" as a date', () => {
    expect(read('31/4/2022').kind).toBe('unspecified');
  });
  it('reads a deadline still carrying its label "- Thời gian hoàn thành:"', () => {
    expect(read('- Thời gian hoàn thành: Trong tháng 3 năm 2022.')).toMatchObject({ kind: 'month', due: '2022-03-31' });
  });
  it('keeps raw as the input trimmed', () => {
    expect(read('  Trong năm 2024. \n').raw).toBe('Trong năm 2024.');
  });
});

describe('parseDeadline: months', () => {
  it('reads "Trong tháng 3 năm 2022." as 2022-03-01 to 2022-03-31', () => {
    expect(read('Trong tháng 3 năm 2022.')).toEqual({ kind: 'month', raw: 'Trong tháng 3 năm 2022.', start: '2022-03-01', due: '2022-03-31' });
  });
  it('reads "Trong tháng 6/2022." as due 2022-06-30', () => {
    expect(read('Trong tháng 6/2022.')).toMatchObject({ kind: 'month', start: '2022-06-01', due: '2022-06-30' });
  });
  it('reads "Trong tháng 01 năm 2023" (leading zero, no full stop) as January 2023', () => {
    expect(read('Trong tháng 01 năm 2023')).toMatchObject({ kind: 'month', start: '2023-01-01', due: '2023-01-31' });
  });
  it('reads "Trong tháng 01/2023." as January 2023', () => {
    expect(read('Trong tháng 01/2023.')).toMatchObject({ kind: 'month', start: '2023-01-01', due: '2023-01-31' });
  });
  it('reads "Trong tháng 12 năm 2022." as due 2022-12-31', () => {
    expect(read('Trong tháng 12 năm 2022.')).toMatchObject({ kind: 'month', due: '2022-12-31' });
  });
  it('ends February 2024 on the 29th (leap year)', () => {
    expect(read('Trong tháng 2/2024.')).toMatchObject({ kind: 'month', due: '2024-02-29' });
  });
  it('reads the OCR "Trong thang 4 nam 2022." as April 2022', () => {
    expect(read('Trong thang 4 nam 2022.')).toMatchObject({ kind: 'month', start: '2022-04-01', due: '2022-04-30' });
  });
  it('reads the OCR garble "Trong thdng 5 nam 2022." as May 2022', () => {
    expect(read('Trong thdng 5 nam 2022.')).toMatchObject({ kind: 'month', start: '2022-05-01', due: '2022-05-31' });
  });
  it('reads the OCR garble "Trong thang 12 ndm 2022." as December 2022', () => {
    expect(read('Trong thang 12 ndm 2022.')).toMatchObject({ kind: 'month', start: '2022-12-01', due: '2022-12-31' });
  });
});

describe('parseDeadline: quarters', () => {
  it('reads "Quý I/2023" as due 2023-03-31', () => {
    expect(read('Quý I/2023.')).toEqual({ kind: 'quarter', raw: 'Quý I/2023.', start: '2023-01-01', due: '2023-03-31' });
  });
  it('reads "Trong Quý II năm 2022." as 2022-04-01 to 2022-06-30', () => {
    expect(read('Trong Quý II năm 2022.')).toMatchObject({ kind: 'quarter', start: '2022-04-01', due: '2022-06-30' });
  });
  it('reads seed 000\'s in-text "trong Quý I năm 2022" as due 2022-03-31', () => {
    expect(read('trong Quý I năm 2022')).toMatchObject({ kind: 'quarter', start: '2022-01-01', due: '2022-03-31' });
  });
  it('reads an Arabic quarter "Quý 3/2022" as due 2022-09-30', () => {
    expect(read('Quý 3/2022')).toMatchObject({ kind: 'quarter', start: '2022-07-01', due: '2022-09-30' });
  });
  it('reads "Quý IV năm 2022" as due 2022-12-31', () => {
    expect(read('Quý IV năm 2022')).toMatchObject({ kind: 'quarter', start: '2022-10-01', due: '2022-12-31' });
  });
  it('reads the OCR "Trong Quy II nam 2022." as the second quarter', () => {
    expect(read('Trong Quy II nam 2022.')).toMatchObject({ kind: 'quarter', start: '2022-04-01', due: '2022-06-30' });
  });
  it('reads the OCR "quy 11 nam 2022", where "II" was read as "11", as the second quarter', () => {
    expect(read('Trong quy 11 nam 2022')).toMatchObject({ kind: 'quarter', start: '2022-04-01', due: '2022-06-30' });
  });
  it('TRAP: reads "Quý I/2023, đảm bảo thời hạn … tại Chỉ thị số 05/CT-TTg ngày 23/02/2023" as due 2023-03-31', () => {
    const raw = 'Quý I/2023, đảm bảo thời hạn theo yêu cầu tại Chỉ thị số 05/CT-TTg ngày 23/02/2023 của Thủ tướng Chính phủ';
    expect(read(raw)).toEqual({ kind: 'quarter', raw, start: '2023-01-01', due: '2023-03-31' });
  });
});

describe('parseDeadline: years and spans', () => {
  it('reads "Trong năm 2024." as 2024-01-01 to 2024-12-31', () => {
    expect(read('Trong năm 2024.')).toEqual({ kind: 'year', raw: 'Trong năm 2024.', start: '2024-01-01', due: '2024-12-31' });
  });
  it('reads the OCR "Trong ndm 2022." as the year 2022', () => {
    expect(read('Trong ndm 2022.')).toMatchObject({ kind: 'year', start: '2022-01-01', due: '2022-12-31' });
  });
  it('reads "Trong tháng 2 và 3 năm 2022." as a range 2022-02-01 to 2022-03-31', () => {
    expect(read('Trong tháng 2 và 3 năm 2022.')).toEqual({
      kind: 'range',
      raw: 'Trong tháng 2 và 3 năm 2022.',
      start: '2022-02-01',
      due: '2022-03-31',
    });
  });
  it('reads the OCR "Trong thang 4 va 5 nam 2022." as a range April–May 2022', () => {
    expect(read('Trong thang 4 va 5 nam 2022.')).toMatchObject({ kind: 'range', start: '2022-04-01', due: '2022-05-31' });
  });
  it('reads "Năm 2022 - 2023" as a range over both years', () => {
    expect(read('Năm 2022 - 2023')).toMatchObject({ kind: 'range', start: '2022-01-01', due: '2023-12-31' });
  });
  it('reads "Giai đoạn 2022 - 2025" as a range 2022-01-01 to 2025-12-31', () => {
    expect(read('Giai đoạn 2022 - 2025')).toMatchObject({ kind: 'range', start: '2022-01-01', due: '2025-12-31' });
  });
  it('reads "Giai đoạn năm 2022 - 2023" as a range over both years', () => {
    expect(read('Giai đoạn năm 2022 - 2023')).toMatchObject({ kind: 'range', start: '2022-01-01', due: '2023-12-31' });
  });
  it('reads the OCR "Giai doan 2023 -2025" as a range', () => {
    expect(read('Giai doan 2023 -2025')).toMatchObject({ kind: 'range', start: '2023-01-01', due: '2025-12-31' });
  });
  it('reads "Giai đoạn từ năm 2026 đến năm 2030" as a range', () => {
    expect(read('Giai đoạn từ năm 2026 đến năm 2030')).toMatchObject({ kind: 'range', start: '2026-01-01', due: '2030-12-31' });
  });
  it('reads "Từ tháng 4/2022 đến tháng 6/2022" as a range, not ongoing', () => {
    expect(read('Từ tháng 4/2022 đến tháng 6/2022')).toMatchObject({ kind: 'range', start: '2022-04-01', due: '2022-06-30' });
  });
  it('reads "Năm 2022" alone as the year 2022', () => {
    expect(read('Năm 2022')).toMatchObject({ kind: 'year', start: '2022-01-01', due: '2022-12-31' });
  });
});

describe('parseDeadline: staged per level', () => {
  it("reads seed 000's three one-stop-shop dates as stages province, district, commune", () => {
    const raw = 'Tại Bộ phận một cửa cấp tỉnh từ ngày 01/6/2022; cấp huyện từ ngày 01/12/2022; cấp xã từ ngày 01/6/2023.';
    expect(read(raw)).toEqual({
      kind: 'staged',
      raw,
      start: '2022-06-01',
      due: '2023-06-01',
      stages: [
        { level: 'province', raw: 'Tại Bộ phận một cửa cấp tỉnh từ ngày 01/6/2022', date: '2022-06-01' },
        { level: 'district', raw: 'cấp huyện từ ngày 01/12/2022', date: '2022-12-01' },
        { level: 'commune', raw: 'cấp xã từ ngày 01/6/2023', date: '2023-06-01' },
      ],
    });
  });
  it('reads seed 001\'s hard-wrapped "…huyện từ ngày 01/12/2022; Bộ phận một cửa cấp xã từ ngày 01/6/2023." as district then commune', () => {
    const raw = 'Tại Bộ phận một cửa huyện từ ngày 01/12/2022; Bộ phận một cửa cấp xã từ ngày 01/6/2023.';
    const d = read(raw);
    expect(d).toMatchObject({ kind: 'staged', start: '2022-12-01', due: '2023-06-01' });
    expect(d.kind === 'staged' ? d.stages.map((s) => [s.level, s.date]) : null).toEqual([
      ['district', '2022-12-01'],
      ['commune', '2023-06-01'],
    ]);
  });
  it('reads a single "Tại Bộ phận một cửa cấp tỉnh từ ngày 01/6/2022" as ongoing from that day', () => {
    expect(read('Tại Bộ phận một cửa cấp tỉnh từ ngày 01/6/2022')).toMatchObject({ kind: 'ongoing', start: '2022-06-01' });
  });
});

describe('parseDeadline: ongoing', () => {
  it('reads "Thực hiện thường xuyên." as ongoing without start', () => {
    expect(read('Thực hiện thường xuyên.')).toEqual({ kind: 'ongoing', raw: 'Thực hiện thường xuyên.' });
  });
  it('reads "Thường xuyên." as ongoing', () => {
    expect(read('Thường xuyên.')).toEqual({ kind: 'ongoing', raw: 'Thường xuyên.' });
  });
  it('reads the OCR "Thuc hién thudong xuyén." as ongoing', () => {
    expect(read('Thuc hién thudong xuyén.')).toEqual({ kind: 'ongoing', raw: 'Thuc hién thudong xuyén.' });
  });
  it('reads "Thường xuyên, liên tục" as ongoing', () => {
    expect(read('Thường xuyên, liên tục').kind).toBe('ongoing');
  });
  it('reads "Từ tháng 4/2022." as ongoing from 2022-04-01', () => {
    expect(read('Từ tháng 4/2022.')).toEqual({ kind: 'ongoing', raw: 'Từ tháng 4/2022.', start: '2022-04-01' });
  });
  it('reads "bắt đầu từ quý II năm 2022" as ongoing from 2022-04-01', () => {
    expect(read('bắt đầu từ quý II năm 2022')).toEqual({ kind: 'ongoing', raw: 'bắt đầu từ quý II năm 2022', start: '2022-04-01' });
  });
  it('reads the OCR "bat dau tir quy 11 nam 2022" as ongoing from 2022-04-01', () => {
    expect(read('bat dau tir quy 11 nam 2022')).toMatchObject({ kind: 'ongoing', start: '2022-04-01' });
  });
  it('reads "Năm 2022 và các năm tiếp theo" as ongoing from 2022-01-01', () => {
    expect(read('Năm 2022 và các năm tiếp theo')).toMatchObject({ kind: 'ongoing', start: '2022-01-01' });
  });
  it('reads the OCR "Nam 2023 va nhiing nam tiép theo" as ongoing from 2023-01-01', () => {
    expect(read('Nam 2023 va nhiing nam tiép theo')).toMatchObject({ kind: 'ongoing', start: '2023-01-01' });
  });
  it('reads "Trước ngày 15 hằng tháng" as ongoing (a monthly report day)', () => {
    expect(read('Trước ngày **15** hằng tháng')).toEqual({ kind: 'ongoing', raw: 'Trước ngày **15** hằng tháng' });
  });
  it('reads "Thường xuyên, từ tháng 4/2022" as ongoing from 2022-04-01', () => {
    expect(read('Thường xuyên, từ tháng 4/2022')).toMatchObject({ kind: 'ongoing', start: '2022-04-01' });
  });
  it('MIXED: reads "Trong tháng 6/2022 và duy trì thường xuyên" as due end of June, the completion date', () => {
    expect(read('Trong tháng 6/2022 và duy trì thường xuyên')).toMatchObject({ kind: 'month', due: '2022-06-30' });
  });
});

describe('parseDeadline: events', () => {
  it('reads "Ngay sau khi Chính phủ ban hành Nghị định." as an event', () => {
    expect(read('Ngay sau khi Chính phủ ban hành Nghị định.')).toEqual({ kind: 'event', raw: 'Ngay sau khi Chính phủ ban hành Nghị định.' });
  });
  it('reads the typo "Ngày sau khi Luật ban hành." as an event', () => {
    expect(read('Ngày sau khi Luật ban hành.').kind).toBe('event');
  });
  it('reads "Sau khi có hướng dẫn của Bộ Công an." as an event', () => {
    expect(read('Sau khi có hướng dẫn của Bộ Công an.').kind).toBe('event');
  });
  it('reads an event citing "Nghị định số 13/2023/NĐ-CP ngày 17/4/2023" as an event, not that date', () => {
    expect(read('Ngay sau khi có hướng dẫn thi hành Nghị định số 13/2023/NĐ-CP ngày 17/4/2023.').kind).toBe('event');
  });
});

describe('parseDeadline: lone years', () => {
  it('reads "Sau khi Luật Căn cước 2023 có hiệu lực" as an event: a year naming a law is not a deadline', () => {
    expect(read('Sau khi Luật Căn cước 2023 có hiệu lực.').kind).toBe('event');
  });
  it('reads a bare "2024." as the year 2024', () => {
    expect(read('2024.')).toMatchObject({ kind: 'year', due: '2024-12-31' });
  });
});

describe('parseDeadline: unspecified', () => {
  it.each([
    'Theo Thông tư của các Bộ, ngành.',
    'Theo Kế hoạch của các Bộ, ngành.',
    'Thực hiện theo Hướng dẫn của các Bộ, ngành.',
    'Theo Kế hoạch.',
    'Theo 10 trinh cia Cong an huyén, UBND huyén.',
    'trước ngày 10/6',
    '#### ¢) ]] ~',
  ])('reads "%s" as unspecified', (raw) => {
    expect(read(raw)).toEqual({ kind: 'unspecified', raw });
  });
  it('does not take the date of a cited "Kế hoạch số 12/KH-UBND ngày 10/3/2022" as the deadline', () => {
    expect(read('Theo Kế hoạch số 12/KH-UBND ngày 10/3/2022 của UBND tỉnh.').kind).toBe('unspecified');
  });
});

describe('sameDeadline', () => {
  it('treats a stored deadline with an override as the same as its parse', () => {
    const parsed = parseDeadline('Trong tháng 3 năm 2022.');
    expect(sameDeadline({ ...parsed, override: { reason: 'đã xác nhận với Công an tỉnh' } }, parsed)).toBe(true);
  });
  it('ignores whitespace in raw (a re-wrapped PDF line)', () => {
    expect(sameDeadline(parseDeadline('Trong tháng 6/2022.'), parseDeadline('Trong  tháng\n6/2022.'))).toBe(true);
  });
  it('tells apart deadlines with a different due date', () => {
    const a = parseDeadline('Trong tháng 3 năm 2022.');
    expect(sameDeadline(a, { ...a, due: '2022-03-30' } as Deadline)).toBe(false);
  });
  it('tells apart deadlines of a different kind', () => {
    expect(sameDeadline({ kind: 'event', raw: 'Theo Kế hoạch.' }, { kind: 'unspecified', raw: 'Theo Kế hoạch.' })).toBe(false);
  });
  it('tells apart staged deadlines whose stage levels differ', () => {
    const a = parseDeadline('cấp tỉnh từ ngày 01/6/2022; cấp huyện từ ngày 01/12/2022.');
    if (a.kind !== 'staged') throw new Error(`expected staged, got ${a.kind}`);
    const b = { ...a, stages: a.stages.map((s, i) => (i === 0 ? { ...s, level: 'commune' as const } : s)) };
    expect(sameDeadline(a, b)).toBe(false);
  });
});
