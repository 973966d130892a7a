import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAgencyIndex, matchAgencies } from '../../../src/lib/importer/agencyRoles.ts';
import { importPlan } from '../../../src/lib/importer/importPlan.ts';
import { normaliseLines } from '../../../src/lib/importer/normaliseLines.ts';
import { readPeriod } from '../../../src/lib/importer/period.ts';
import { agencyIndex, catalogue } from './catalogue.ts';

// The corrections the Quảng Nam 2023 draft needed, each turned into importer behaviour.
describe('corrections from the Quảng Nam 2023 import', () => {
  it('reads a yearly plan whose year stands inside the title, not at its end', () => {
    const title = 'Triển khai thực hiện nhiệm vụ Đề án … phục vụ chuyển đổi số quốc gia năm 2023 trên địa bàn tỉnh Quảng Nam';
    expect(readPeriod(title, 'giai đoạn 2022 - 2025, tầm nhìn đến năm 2030')).toEqual({ from: 2023, to: 2023, vision: null });
    expect(readPeriod('Đề án … tầm nhìn đến năm 2030 trên địa bàn tỉnh', 'giai đoạn 2022 - 2025')).toEqual({ from: 2022, to: 2025, vision: null });
  });

  it('keeps "các sở, ban, ngành, đoàn thể, địa phương liên quan" one collective body, with or without "các"', () => {
    expect(matchAgencies('Văn phòng UBND tỉnh và các sở, ban, ngành, đoàn thể, địa phương liên quan.', agencyIndex, false)).toEqual({
      ids: ['van-phong-ubnd', 'cac-so-ban-nganh'],
      unknown: [],
    });
    expect(
      matchAgencies('Văn phòng UBND tỉnh và sở, ban, ngành, đoàn thể, địa phương theo thẩm quyền quản lý cán bộ, công chức, viên chức.', agencyIndex, false),
    ).toEqual({ ids: ['van-phong-ubnd', 'cac-so-ban-nganh'], unknown: [] });
  });

  it('never proposes a qualifier ("theo phân cấp …", "theo chức năng") or a lone generic kind ("đoàn thể") as an agency', () => {
    expect(
      matchAgencies('UBND cấp xã theo phân cấp quản lý nhà nước về đầu tư ứng dụng công nghệ thông tin và sử dụng vốn ngân sách nhà nước.', agencyIndex, false)
        .unknown,
    ).toEqual([]);
    expect(matchAgencies('Sở Y tế, các hội, đoàn thể theo chức năng, thẩm quyền quản lý.', agencyIndex, false)).toEqual({
      ids: ['so-y-te', 'mat-tran-doan-the'],
      unknown: [],
    });
    expect(matchAgencies('Sở Y tế, đoàn thể, địa phương liên quan', agencyIndex, false).unknown).toEqual([]);
  });

  it('proposes a body the catalogue lacks under its full phrase: "cơ sở dữ liệu" after a comma is not a "Sở"', () => {
    const without = buildAgencyIndex(catalogue.agencies.filter((a) => a.id !== 'co-quan-chu-quan-he-thong-thong-tin'));
    expect(matchAgencies('Sở Thông tin và Truyền thông, Cơ quan chủ quản hệ thống thông tin, cơ sở dữ liệu chuyên ngành.', without, false).unknown).toEqual([
      'Cơ quan chủ quản hệ thống thông tin, cơ sở dữ liệu chuyên ngành',
    ]);
  });

  it("sets a clerk's file path apart like a page number, never as plan text", () => {
    const { paragraphs, pageMarks } = normaliseLines('Lưu: VT.\n\nC:\\Users\\Admin\\OneDrive\\Nam 2023\\KH 2023.docx\n\nTM. ỦY BAN NHÂN DÂN', false);
    expect(paragraphs.map((p) => p.text)).toEqual(['Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN']);
    expect(pageMarks).toEqual([{ line: 3, text: 'C:\\Users\\Admin\\OneDrive\\Nam 2023\\KH 2023.docx' }]);
  });

  it('reads the budget from a "Kinh phí …" item, a monthly duty\'s recurring day, and reports a section headed by unknown bodies', () => {
    const text = [
      'KẾ HOẠCH',
      '',
      'Triển khai Đề án 06 năm 2023 trên địa bàn tỉnh Quảng Nam',
      '',
      'I. PHÂN CÔNG TRÁCH NHIỆM',
      '',
      '1. Hội Sinh viên tỉnh, Liên đoàn Lao động tỉnh',
      '',
      '- Tuyên truyền đến đoàn viên.',
      '',
      'II. TỔ CHỨC THỰC HIỆN',
      '',
      '1. Các cơ quan gửi kế hoạch về Công an tỉnh trước ngày 15/3/2023 để tổng hợp; thực hiện nghiêm chế độ báo cáo tháng gửi Công an tỉnh trước ngày 15 hàng tháng để tổng hợp.',
      '',
      '2. Kinh phí thực hiện Kế hoạch do ngân sách Nhà nước bảo đảm.',
      '',
    ].join('\n');
    const d = importPlan(text, catalogue, { fileName: 'x', addedOn: '2026-01-01' });
    if (!d.ok) throw new Error(d.error);
    expect(d.files['plan.mdx']).toContain('budget: "Kinh phí thực hiện Kế hoạch do ngân sách Nhà nước bảo đảm."');
    expect(d.files['plan.mdx']).toContain('when: "trước ngày 15 hàng tháng"');
    expect(d.files['plan.mdx']).toContain('text: "thực hiện nghiêm chế độ báo cáo tháng gửi Công an tỉnh trước ngày 15 hàng tháng để tổng hợp."');
    expect(d.report.doubts.find((x) => x.subject === 'trach-nhiem')).toMatchObject({ line: 7, blocking: true });
  });

  const seed = join(import.meta.dirname, '../../../../shared/seeds/004_1a2deab4554aa198.txt');
  it.skipIf(!existsSync(seed))('drafts seed 004 as tinh-quang-nam-2023 with 26 tasks and no proposal, each proposal naming its line and phrase', () => {
    const draft = importPlan(readFileSync(seed, 'utf8'), catalogue, { fileName: '004.txt', addedOn: '2026-01-01' });
    if (!draft.ok) throw new Error(draft.error);
    expect(draft.planId).toBe('tinh-quang-nam-2023');
    expect(draft.report.tasks).toBe(26);
    expect(draft.report.proposals).toEqual([]);
    const lean = importPlan(
      readFileSync(seed, 'utf8'),
      { ...catalogue, agencies: catalogue.agencies.filter((a) => a.id !== 'bo-noi-vu') },
      { fileName: '004.txt', addedOn: '2026-01-01' },
    );
    if (!lean.ok) throw new Error(lean.error);
    expect(lean.report.proposals.map((p) => ({ id: p.id, lines: p.lines, phrases: p.phrases }))).toEqual([
      { id: 'bo-noi-vu', lines: [227], phrases: ['Bộ Nội vụ; các sở, ban, ngành; UBND các huyện, thị xã, thành phố.'] },
    ]);
  });
});
