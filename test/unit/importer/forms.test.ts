import { describe, expect, it } from 'vitest';
import { detectForm } from '../../../src/lib/importer/detectForm.ts';
import { parseField, parseLabel } from '../../../src/lib/importer/labels.ts';
import { parsePhase } from '../../../src/lib/importer/phases.ts';
import { normaliseLines } from '../../../src/lib/importer/normaliseLines.ts';
import { buildOutline, descendants } from '../../../src/lib/importer/outline.ts';
import { isAppendixHeading } from '../../../src/lib/importer/appendix.ts';
import { decodeSource } from '../../../src/lib/importer/readSource.ts';
import type { Doubt } from '../../../src/lib/importer/types.ts';

const paras = (text: string, ocr = false) => normaliseLines(text, ocr).paragraphs.map((p) => p.text);

describe('reading the source', () => {
  it('refuses empty, binary and invalid UTF-8 bytes', () => {
    expect(decodeSource(new Uint8Array()).ok).toBe(false);
    expect(decodeSource(new Uint8Array([75, 0, 72])).ok).toBe(false);
    expect(decodeSource(new Uint8Array([0xff, 0xfe, 0x41])).ok).toBe(false);
    expect(decodeSource(new TextEncoder().encode('KẾ HOẠCH')).ok).toBe(true);
  });
  it('recognises OCR text that lost its diacritics', () => {
    const ocr = 'Trién khai thuc hién Quyét dinh s6 06/QD-TTg cua Thu tuong Chinh phu ve viec phe duyet De an va cac du lieu dan cu tren dia ban xa. '.repeat(
      5,
    );
    expect(detectForm(ocr).form).toBe('ocr');
    expect(
      detectForm(
        'Triển khai thực hiện Quyết định số 06/QĐ-TTg của Thủ tướng Chính phủ về việc phê duyệt Đề án và các dữ liệu dân cư trên địa bàn xã. '.repeat(5),
      ).form,
    ).toBe('text');
  });
  it('recognises PDF text: short lines with a blank line after each', () => {
    const pdf = Array.from({ length: 30 }, (_, i) => `dòng thứ ${i} của văn bản được ngắt cứng theo khổ giấy \n`).join('\n');
    expect(detectForm(pdf).form).toBe('pdf-text');
  });
});

describe('joining hard-wrapped lines', () => {
  it('joins a PDF line that runs on, blank line or page-break space in between', () => {
    expect(
      paras(
        'Cơ quan thực hiện: Công an huyện chủ trì, phối hợp với các Phòng, ban, \n\n ngành, địa phương có liên quan. \n\nThời gian hoàn thành: Trong năm 2022.',
      ),
    ).toEqual([
      'Cơ quan thực hiện: Công an huyện chủ trì, phối hợp với các Phòng, ban, ngành, địa phương có liên quan.',
      'Thời gian hoàn thành: Trong năm 2022.',
    ]);
  });
  it('keeps a page number out of the paragraph it interrupts', () => {
    const r = normaliseLines(
      'a) Triển khai thực hiện Thông tư quy định về danh mục, sản phẩm được\n\n12\n\nkhai thác từ Cơ sở dữ liệu quốc gia về dân cư.',
      false,
    );
    expect(r.paragraphs.map((p) => p.text)).toEqual([
      'a) Triển khai thực hiện Thông tư quy định về danh mục, sản phẩm được khai thác từ Cơ sở dữ liệu quốc gia về dân cư.',
    ]);
    expect(r.pageMarks).toEqual([{ line: 3, text: '12' }]);
  });
  it('strips Markdown marks and keeps an emphasised phase label apart from the paragraph under it', () => {
    expect(paras('**- Giai đoạn 2024 - 2025**\n\nHoàn thiện hệ sinh thái các ứng dụng số.')).toEqual([
      '- Giai đoạn 2024 - 2025',
      'Hoàn thiện hệ sinh thái các ứng dụng số.',
    ]);
    expect(paras('### **III. NHIỆM VỤ VÀ GIẢI PHÁP**')).toEqual(['III. NHIỆM VỤ VÀ GIẢI PHÁP']);
  });
  it('sets apart a running footer that a page break puts in the middle of a paragraph', () => {
    const page = (n: number, text: string) => `${text} \n\nUBND huyện Đại Lộc - Kế hoạch số 86/KH-UBND \n\n${n} \n\n`;
    const text = `${page(2, '- Thời hạn hoàn thành: Quý II/2023.')}${page(3, '5.2. Rà soát, làm sạch dữ liệu đất đai trên địa bàn huyện,')}đối chiếu với Cơ sở dữ liệu quốc gia về dân cư. \n\n${page(4, '- Cơ quan phối hợp: Công an huyện.')}`;
    const r = normaliseLines(text, false);
    expect(r.paragraphs.map((p) => p.text)).toEqual([
      '- Thời hạn hoàn thành: Quý II/2023.',
      '5.2. Rà soát, làm sạch dữ liệu đất đai trên địa bàn huyện, đối chiếu với Cơ sở dữ liệu quốc gia về dân cư.',
      '- Cơ quan phối hợp: Công an huyện.',
    ]);
    expect(r.pageMarks.map((m) => m.text)).toEqual([
      'UBND huyện Đại Lộc - Kế hoạch số 86/KH-UBND',
      '2',
      'UBND huyện Đại Lộc - Kế hoạch số 86/KH-UBND',
      '3',
      'UBND huyện Đại Lộc - Kế hoạch số 86/KH-UBND',
      '4',
    ]);
  });
  it('keeps a line that merely recurs (a field line) in the text', () => {
    const text = Array.from({ length: 4 }, (_, i) => `${i + 1}. Nhiệm vụ ${i + 1}. \n\n- Cơ quan phối hợp: Công an huyện. \n\n`).join('') + '7 \n\n';
    expect(normaliseLines(text, false).paragraphs.filter((p) => p.text === '- Cơ quan phối hợp: Công an huyện.')).toHaveLength(4);
  });
  it('reads "Trang 2/9" as a page number', () => {
    expect(normaliseLines('Nội dung được tiếp tục\n\nTrang 2/9\n\nsang trang sau.', false).pageMarks).toEqual([{ line: 3, text: 'Trang 2/9' }]);
  });
  it('starts a new paragraph after a short heading line even when the next line starts with a capital', () => {
    expect(
      paras(
        '1. Mục tiêu tổng quát \n\nỨng dụng Cơ sở dữ liệu quốc gia về dân cư, hệ thống định danh và xác thực điện tử, thẻ Căn cước công dân gắn chíp điện tử trong công cuộc',
      ),
    ).toHaveLength(2);
  });
});

describe('labels, fields and phases', () => {
  it('reads numbering at any depth and Vietnamese letters written "a)" or "a."', () => {
    expect(parseLabel('2.2.1. Kết nối dữ liệu', false)).toMatchObject({ kind: 'number', printed: '2.2.1' });
    expect(parseLabel('đ) Tham gia xây dựng', false)).toMatchObject({ kind: 'letter', printed: 'đ', style: ')' });
    expect(parseLabel('b. Triển khai thực hiện', false)).toMatchObject({ kind: 'letter', printed: 'b', style: '.' });
    expect(parseLabel('+ Hoàn thành tích hợp', false)).toMatchObject({ kind: 'bullet', printed: '+' });
    expect(parseLabel('100% hồ sơ', false)).toBeNull();
  });
  it('reads agency and deadline fields in their usual forms, OCR included', () => {
    expect(parseField('- Cơ quan thực hiện: Công an tỉnh.', false)).toMatchObject({ kind: 'agency', role: 'all', value: 'Công an tỉnh.' });
    expect(parseField('Cơ quan chủ trì: Sở Tư pháp', false)).toMatchObject({ kind: 'agency', role: 'lead' });
    expect(parseField('Cơ quan phối hợp: Công an tỉnh', false)).toMatchObject({ kind: 'agency', role: 'support' });
    expect(parseField('Thời gian thực hiện và hoàn thành: Quý I/2023.', false)).toMatchObject({ kind: 'deadline', value: 'Quý I/2023.' });
    expect(parseField('- B6 phan thuc hién: Cong an xa', true)).toMatchObject({ kind: 'agency', role: 'all' });
    expect(parseField('- Thot gian hoan thanh: Trong thang 4 nam 2022.', true)).toMatchObject({ kind: 'deadline' });
  });
  it('reads agency fields written "Cơ quan, đơn vị thực hiện:" and "Trách nhiệm thực hiện:"', () => {
    expect(parseField('- Cơ quan, đơn vị thực hiện: Công an tỉnh.', false)).toMatchObject({ kind: 'agency', role: 'all' });
    expect(parseField('+ Đơn vị chủ trì: Công an xã.', false)).toMatchObject({ kind: 'agency', role: 'lead' });
    expect(parseField('Trách nhiệm thực hiện: Sở Y tế', false)).toMatchObject({ kind: 'agency', role: 'all' });
  });
  it('reads phases that name part of a year or its end: "Trong 6 tháng đầu năm 2024", "Đến hết năm 2024", "Quý II/2024"', () => {
    expect(parsePhase('- Trong 6 tháng đầu năm 2024:', false)).toMatchObject({ raw: 'Trong 6 tháng đầu năm 2024', from: 2024, to: 2024 });
    expect(parsePhase('- Đến hết năm 2024: Hoàn thành kết nối', false)).toMatchObject({ from: 2024, to: 2024, rest: 'Hoàn thành kết nối' });
    expect(parsePhase('- Den nam 2025:', true)).toMatchObject({ from: 2025, to: 2025 });
    expect(parsePhase('Quý II/2024:', false)).toMatchObject({ from: 2024 });
    expect(parsePhase('- Đến hết năm 2024, 100% hồ sơ được số hóa', false)).toBeNull();
  });
  it('reads phase labels, open-ended ones with to null', () => {
    expect(parsePhase('- Trong năm 2022:', false)).toMatchObject({ raw: 'Trong năm 2022', from: 2022, to: 2022 });
    expect(parsePhase('- Giai đoạn 2023 - 2025', false)).toMatchObject({ from: 2023, to: 2025 });
    expect(parsePhase('Năm 2023 và những năm tiếp theo', false)).toMatchObject({ from: 2023, to: null });
    expect(parsePhase('- Nam 2022: Bao dam 100% du lieu', true)).toMatchObject({ from: 2022, rest: 'Bao dam 100% du lieu' });
    expect(parsePhase('- Năm 2022 hoàn thành việc kết nối', false)).toBeNull();
  });
});

describe('the outline', () => {
  const outline = (text: string, ocr = false) => {
    const doubts: Doubt[] = [];
    const root = buildOutline(normaliseLines(text, ocr).paragraphs, ocr, doubts);
    return { nodes: descendants(root).filter((n) => n.kind !== 'text' && n.kind !== 'bullet'), doubts };
  };
  it('reads a "3." where "c." belongs as that letter, keeps the printed label and flags it', () => {
    const { nodes, doubts } = outline('I. MỤC TIÊU\n2. Mục tiêu cụ thể\na. Nhóm một\nb. Nhóm hai\n3. Nhóm ba\n- Năm 2022:\nd. Nhóm bốn\n');
    expect(nodes.map((n) => `${n.kind}:${n.section}`)).toEqual(['roman:I', 'number:I.2', 'letter:I.2.a', 'letter:I.2.b', 'letter:I.2.3', 'letter:I.2.d']);
    expect(doubts.some((d) => d.line === 5 && d.message.includes('"c."'))).toBe(true);
  });
  it('keeps a "3." that the numbering expects as a numbered item', () => {
    const { nodes } = outline('I. MỤC TIÊU\n2. Mục tiêu cụ thể\na. Nhóm một\nb. Nhóm hai\n3. Yêu cầu\n');
    expect(nodes.at(-1)).toMatchObject({ kind: 'number', section: 'I.3' });
  });
  it('restores OCR-misread letters from the sequence ("¢)" → c, a second "d)" → đ, "1)" → i)', () => {
    const { nodes, doubts } = outline('III. NHIEM VU\n1. Tham gia\na) Mot\nb) Hai\n¢) Ba\nd) Bon\nd) Nam\ne) Sau\ng) Bay\nh) Tam\n1) Chin\n', true);
    expect(nodes.map((n) => n.section).slice(2)).toEqual(['III.1.a', 'III.1.b', 'III.1.c', 'III.1.d', 'III.1.đ', 'III.1.e', 'III.1.g', 'III.1.h', 'III.1.i']);
    expect(doubts.filter((d) => d.message.startsWith('OCR'))).toHaveLength(3);
  });
  it('puts what follows an appendix heading under it, not under the last section of the body', () => {
    const { nodes } = outline('V. TỔ CHỨC THỰC HIỆN\n1. Công an tỉnh\nTheo dõi, đôn đốc.\n## PHỤ LỤC\n| STT | Nhiệm vụ | Cơ quan chủ trì |\nI. NHÓM MỘT\n');
    expect(nodes.map((n) => `${n.kind}:${n.section}:${n.parent?.kind}`)).toEqual(['roman:V:root', 'number:V.1:roman', 'appendix:PL:root', 'roman:I:appendix']);
  });
  it('tells an appendix heading from a reference to an appendix', () => {
    const p = (text: string, mdHeading: number | null = null) => ({ text, line: 1, endLine: 1, mdHeading, emphasised: false });
    expect(isAppendixHeading(p('PHỤ LỤC'), false)).toBe(true);
    expect(isAppendixHeading(p('Phụ lục I', 2), false)).toBe(true);
    expect(isAppendixHeading(p('PHU LUC 2: PHAN CONG NHIEM VU'), true)).toBe(true);
    expect(isAppendixHeading(p('(Phụ lục II: Danh mục các nhiệm vụ)'), false)).toBe(false);
    expect(isAppendixHeading(p('Phụ lục kèm theo Kế hoạch này quy định chi tiết.'), false)).toBe(false);
  });
  it('nests "1.1." items under their numbered parent', () => {
    const { nodes } = outline('II. MỤC TIÊU\n1. Mục tiêu tổng quát\n1.1. Triển khai thực hiện hiệu quả\n2. Mục tiêu cụ thể\n2.2.1. Chi tiết');
    expect(nodes.map((n) => n.section)).toEqual(['II', 'II.1', 'II.1.1', 'II.2', 'II.2.2.1']);
  });
});
