import { describe, expect, it } from 'vitest';
import { proposeAgency } from '../../../src/lib/importer/agencyProposal.ts';
import { matchAgencies, readAssignment } from '../../../src/lib/importer/agencyRoles.ts';
import { assignmentInText } from '../../../src/lib/importer/inlineAssignment.ts';
import { readPeriod } from '../../../src/lib/importer/period.ts';
import { readHeader } from '../../../src/lib/importer/header.ts';
import { readSigner } from '../../../src/lib/importer/signer.ts';
import { matchGroup } from '../../../src/lib/importer/groups.ts';
import { normaliseLines } from '../../../src/lib/importer/normaliseLines.ts';
import { planId, resolveRegion } from '../../../src/lib/importer/regionResolver.ts';
import { measuresOf } from '../../../src/lib/importer/targets.ts';
import { agencyIndex, catalogue } from './catalogue.ts';

describe('agency roles', () => {
  it('makes A lead and B support in "A chủ trì, phối hợp với B"', () => {
    expect(readAssignment('Sở Tài chính chủ trì, phối hợp với Công an tỉnh và các đơn vị liên quan thực hiện.', 'all', agencyIndex, false)).toMatchObject({
      lead: ['so-tai-chinh'],
      support: ['cong-an', 'cac-co-quan-don-vi-lien-quan'],
    });
  });
  it('makes A lead and B support in "A phối hợp với B thực hiện"', () => {
    expect(readAssignment('Công an tỉnh phối hợp với các sở, ban, ngành liên quan thực hiện.', 'all', agencyIndex, false)).toMatchObject({
      lead: ['cong-an'],
      support: ['cac-so-ban-nganh'],
    });
  });
  it('makes every name of a bare list lead and keeps a collective name with commas as one assignee', () => {
    const a = readAssignment('Văn phòng UBND tỉnh, Công an tỉnh và các sở, ngành, địa phương liên quan.', 'all', agencyIndex, false);
    expect(a.lead).toEqual(['van-phong-ubnd', 'cong-an', 'cac-so-ban-nganh']);
    expect(a.support).toEqual([]);
  });
  it('takes the role from separate "Cơ quan chủ trì:" and "Cơ quan phối hợp:" lines', () => {
    expect(readAssignment('Sở Y tế', 'lead', agencyIndex, false).lead).toEqual(['so-y-te']);
    expect(readAssignment('Công an tỉnh, Sở Tư pháp', 'support', agencyIndex, false).support).toEqual(['cong-an', 'so-tu-phap']);
  });
  it('returns names the catalogue does not know, to be proposed', () => {
    expect(readAssignment('Công an huyện, Ban Quản lý dự án đầu tư xây dựng huyện.', 'all', agencyIndex, false).unknownLead).toEqual([
      'Ban Quản lý dự án đầu tư xây dựng huyện',
    ]);
  });
  it('reads a kind of body at any level: "Văn phòng HĐND và UBND xã", "Công an phường", "UBND các huyện, thị xã, thành phố"', () => {
    expect(matchAgencies('Văn phòng HĐND và UBND xã', agencyIndex, false).ids).toEqual(['van-phong-ubnd']);
    expect(matchAgencies('Công an phường', agencyIndex, false).ids).toEqual(['cong-an']);
    expect(matchAgencies('UBND các huyện, thị xã, thành phố', agencyIndex, false).ids).toEqual(['ubnd-cap-duoi']);
    expect(matchAgencies('UBND tỉnh, Bảo hiểm xã hội tỉnh', agencyIndex, false).ids).toEqual(['ubnd', 'bao-hiem-xa-hoi']);
  });
  it('keeps "và" inside an unknown name and does not read "Phòng" as an OCR "phường"', () => {
    expect(matchAgencies('Trung tâm Văn hóa - Thể thao và Truyền thanh huyện, Công an huyện', agencyIndex, false)).toEqual({
      ids: ['cong-an'],
      unknown: ['Trung tâm Văn hóa - Thể thao và Truyền thanh huyện'],
    });
    expect(matchAgencies('Công an huyện và Phòng Kinh tế', agencyIndex, false).unknown).toEqual(['Phòng Kinh tế']);
    expect(matchAgencies('Cong chuc Tu phap - Ho tich, Phong Kinh te', agencyIndex, true)).toEqual({ ids: ['so-tu-phap'], unknown: ['Phong Kinh te'] });
  });
  it('keeps a collective list the catalogue lacks whole, to be proposed as one collective', () => {
    expect(matchAgencies('Các phòng, ban, đơn vị liên quan; UBND các xã, phường.', agencyIndex, false)).toEqual({
      ids: ['ubnd-cap-duoi'],
      unknown: ['Các phòng, ban, đơn vị liên quan'],
    });
    expect(proposeAgency('Các phòng, ban, đơn vị liên quan', 'district', 1)).toMatchObject({ id: 'phong-ban-don-vi-lien-quan', collective: true });
  });
  it('proposes ids without level words, "các" or "trên địa bàn", keeping "xã hội"', () => {
    expect(proposeAgency('Phòng Văn hóa - Xã hội', 'commune', 1).id).toBe('phong-van-hoa-xa-hoi');
    expect(proposeAgency('Trung tâm Phục vụ hành chính công xã', 'commune', 1).id).toBe('trung-tam-phuc-vu-hanh-chinh-cong');
    expect(proposeAgency('các ngân hàng thương mại trên địa bàn', 'commune', 1)).toMatchObject({ id: 'ngan-hang-thuong-mai', collective: true });
  });
  it("reads roles from the task's own words when no field line names its agencies", () => {
    const text = 'Phòng Văn hóa và Thông tin chủ trì, phối hợp với Công an huyện hướng dẫn các cơ quan, đơn vị bảo đảm an toàn thông tin.';
    const phrase = assignmentInText(text, agencyIndex, false);
    expect(phrase).toBe('Phòng Văn hóa và Thông tin chủ trì, phối hợp với Công an huyện');
    expect(readAssignment(phrase!, 'all', agencyIndex, false)).toMatchObject({ lead: ['so-thong-tin-truyen-thong'], support: ['cong-an'] });
    expect(assignmentInText('Giao Công an huyện chủ trì triển khai.', agencyIndex, false)).toBe('Công an huyện chủ trì');
  });
  it('does not read a task that only mentions an agency before "chủ trì" as assigned to it', () => {
    expect(
      assignmentInText('Tổ chức hội nghị tập huấn cho cán bộ Công an huyện về các nhiệm vụ của Đề án 06 và giao đơn vị chủ trì.', agencyIndex, false),
    ).toBeNull();
    expect(assignmentInText('Triển khai ứng dụng VNeID.', agencyIndex, false)).toBeNull();
  });
  it('reads OCR names loosely', () => {
    expect(readAssignment('Coéng an x4 chu tri, phdi hop voi cac ban,nganh,doan thé taidia phuong.', 'all', agencyIndex, true)).toMatchObject({
      lead: ['cong-an'],
      support: ['cac-so-ban-nganh'],
    });
  });
});

describe('header facts', () => {
  const header = (text: string) => readHeader(normaliseLines(text, false).paragraphs, text.split('\n'), false);
  it('reads the number, a full date and the title', () => {
    const h = header(
      'Số: 208/KH-UBND\n\nBắc Ninh, ngày 05 tháng 6 năm 2026\n\n## KẾ HOẠCH\n\n### Triển khai Chương trình giai đoạn 2026-2030, tầm nhìn đến 2035 trên địa bàn tỉnh\n\nThực hiện Quyết định số 826/QĐ-TTg ngày 11/5/2026. UBND tỉnh Bắc Ninh ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH',
    );
    expect(h).toMatchObject({
      number: '208/KH-UBND',
      issuedOn: '2026-06-05',
      dateLine: 'Bắc Ninh, ngày 05 tháng 6 năm 2026',
      period: { from: 2026, to: 2030, vision: 2035 },
    });
    expect(h.issuerUnit).toMatchObject({ level: 'province', name: 'Bắc Ninh' });
    expect(h.basis.map((b) => b.text)).toEqual(['Thực hiện Quyết định số 826/QĐ-TTg ngày 11/5/2026.']);
  });
  it('reads a blank day as a month-precise date and keeps the line verbatim', () => {
    const h = header(' ỦY BAN NHÂN DÂN \n\nHUYỆN KRÔNG NÔ \n\n Krông Nô, ngày      tháng 4 năm 2022 \n\nKẾ HOẠCH\n\nI. MỤC TIÊU');
    expect(h).toMatchObject({ issuedOn: '2022-04', dateLine: 'Krông Nô, ngày      tháng 4 năm 2022' });
    expect(h.issuerUnit).toMatchObject({ level: 'district', name: 'Krông Nô' });
  });
  it('reads a decision that issues the plan, with its articles', () => {
    const h = header(
      'QUYẾT ĐỊNH\n\nVề việc ban hành Kế hoạch\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n\nNơi nhận:\n\nKẾ HOẠCH\n\nThực hiện Đề án\n\nI. MỤC TIÊU',
    );
    expect(h.decision).toMatchObject({
      title: 'Về việc ban hành Kế hoạch',
      articles: ['Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.', 'Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.'],
    });
  });
  it('reads the issuer from header columns merged on one line, without the national motto', () => {
    const h = readHeader(
      normaliseLines(
        'UY BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET NAM\nXA PHU THONG Doc lap - Tu do - Hanh phuc\n\nSo: 45/KH-UBND Phu Thong, ngay     thang 7 nam 2026\n\nKE HOACH\n\nCan cu Ke hoach so 190/KH-UBND cua UBND tinh Thai Nguyen;\n\nI. MUC DICH',
        true,
      ).paragraphs,
      [],
      true,
    );
    expect(h.issuerUnit).toMatchObject({ level: 'commune', name: 'Phu Thong' });
    expect(h).toMatchObject({ number: '45/KH-UBND', issuedOn: '2026-07' });
  });
  it('reads a unit whose name holds a word that also opens a phrase ("THỊ XÃ ĐIỆN BÀN")', () => {
    expect(header('UỶ BAN NHÂN DÂN\nTHỊ XÃ ĐIỆN BÀN\n\nSố: 41/KH-UBND\n\nKẾ HOẠCH\n\nI. MỤC TIÊU').issuerUnit).toMatchObject({
      type: 'thị xã',
      level: 'district',
      name: 'Điện Bàn',
    });
  });
  it('leaves the number out of a date line that shares its line', () => {
    const text =
      'ỦY BAN NHÂN DÂN     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 86/KH-UBND            Đại Lộc, ngày 14 tháng 3 năm 2023\n\nKẾ HOẠCH\n\nI. MỤC ĐÍCH';
    expect(header(text)).toMatchObject({ number: '86/KH-UBND', dateLine: 'Đại Lộc, ngày 14 tháng 3 năm 2023', issuedOn: '2023-03-14' });
  });
  it('reads a yearly plan as covering its year, and a vision only where it follows the span', () => {
    expect(readPeriod('Triển khai thực hiện Đề án 06 trên địa bàn tỉnh Hà Tĩnh năm 2024', 'Đề án giai đoạn 2022 - 2025, tầm nhìn đến năm 2030')).toEqual({
      from: 2024,
      to: 2024,
      vision: null,
    });
    expect(
      readPeriod('Triển khai Đề án trên địa bàn huyện Đại Lộc giai đoạn 2023 - 2025', 'Căn cứ Quyết định … giai đoạn 2022 - 2025, tầm nhìn đến năm 2030'),
    ).toEqual({ from: 2023, to: 2025, vision: null });
    expect(readPeriod('Đề án … giai đoạn 2022 - 2025, tầm nhìn đến năm 2030 trên địa bàn tỉnh', '')).toEqual({ from: 2022, to: 2025, vision: 2030 });
    expect(readPeriod('Đề án … giai đoạn 2022 - 2025, tầm nhìn đến năm 2030', '')?.vision).toBe(2030);
  });
  it('reads the signer when the signature column shares lines with the recipients', () => {
    expect(
      readSigner(
        ['Nơi nhận:              KT. CHỦ TỊCH', '- UBND tỉnh (b/c);        PHÓ CHỦ TỊCH', '- Lưu: VT.', '', '                 Nguyễn Thanh Tùng'],
        false,
      ),
    ).toMatchObject({ name: 'Nguyễn Thanh Tùng', title: 'KT. Chủ tịch, Phó chủ tịch' });
    expect(
      readSigner(['Noi nhan: TM. UY BAN NHAN DAN', '- UBND tinh (b/c); CHU TICH', '- Cong an tinh (b/c);', '- Luu: VT. Hoang Van Thang'], true),
    ).toMatchObject({ name: 'Hoang Van Thang', title: 'TM. Uy ban nhan dan, Chu tich' });
  });
  it('reads the signer under "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"', () => {
    expect(readSigner(['- Lưu: VT.', '', '**KT. CHỦ TỊCH  ', 'PHÓ CHỦ TỊCH**', '', '**Mai Sơn**'], false)).toMatchObject({
      name: 'Mai Sơn',
      title: 'KT. Chủ tịch, Phó chủ tịch',
    });
  });
});

describe('regions, groups and figures', () => {
  it('gives a plan dated after 2025-07-01 to the unit formed by the reform', () => {
    expect(resolveRegion({ level: 'province', name: 'Bắc Ninh' }, '2026-06-05', '', catalogue.regions, false).region?.id).toBe('bac-ninh');
    expect(resolveRegion({ level: 'province', name: 'Bắc Ninh' }, '2022-04-01', '', catalogue.regions, false).region?.id).toBe('bac-ninh-cu');
  });
  it('finds a commune through the province the text names, and a near OCR name', () => {
    expect(resolveRegion({ level: 'commune', name: 'Lyc Binh' }, '2022-01-01', 'tinh Bac Kan', catalogue.regions, true).region?.id).toBe('xa-luc-binh-01990');
    expect(resolveRegion({ level: 'commune', name: 'Không Có' }, '2022-01-01', '', catalogue.regions, false).region).toBeNull();
  });
  it('reads "thành phố Hà Nội" as the centrally-governed city, a province', () => {
    expect(resolveRegion({ level: 'district', type: 'thành phố', name: 'Hà Nội' }, '2023-01-20', '', catalogue.regions, false).region?.id).toBe('ha-noi');
  });
  it('derives the plan id from unit type, name and year', () => {
    expect(planId('xã', 'Lục Bình', 2022)).toBe('xa-luc-binh-2022');
    expect(planId('tỉnh', 'Bắc Kạn', 2022, new Set(['tinh-bac-kan-2022']))).toBe('tinh-bac-kan-2022-2');
  });
  it('matches group headings by name', () => {
    const p = catalogue.programmes.find((x) => x.id === 'de-an-06')!;
    expect(matchGroup('Nhóm tiện ích phục vụ công dân số', p)).toBe('cong-dan-so');
    expect(matchGroup('Phuc vu phat trien cong dan s6', p)).toBe('cong-dan-so');
    expect(matchGroup('Công tác chỉ đạo, tuyên truyền', p)).toBeNull();
    expect(matchGroup('Tham gia hoàn thiện chính sách, pháp luật về phát triển, cung cấp ứng dụng', p)).toBeNull();
  });
  it('reads a multi-level bullet into value plus also, each with its scope and metric', () => {
    const m = measuresOf(
      '90% hồ sơ công việc liên quan đến quản lý dân cư tại tỉnh; 80% hồ sơ công việc liên quan đến quản lý dân cư tại cấp huyện và 60% hồ sơ công việc liên quan đến quản lý dân cư tại cấp xã',
      catalogue.metrics,
    );
    expect(m.map((x) => [x.value, x.unit, x.scope ?? null, x.metric])).toEqual([
      [90, '%', 'province', 'ho-so-quan-ly-dan-cu-truc-tuyen'],
      [80, '%', 'district', 'ho-so-quan-ly-dan-cu-truc-tuyen'],
      [60, '%', 'commune', 'ho-so-quan-ly-dan-cu-truc-tuyen'],
    ]);
    expect(measuresOf('Phấn đấu đạt trên 300.000 tài khoản người dùng trên ứng dụng VNEID', catalogue.metrics)[0]).toMatchObject({
      value: 300000,
      bound: 'above',
      metric: 'tai-khoan-vneid',
    });
  });
  it('does not read an age that says who is counted as a figure', () => {
    expect(measuresOf('Phấn đấu đạt trên 80.000 tài khoản, tương đương 95,5% công dân từ đủ 14 tuổi trở lên', catalogue.metrics).map((m) => m.value)).toEqual([
      80000, 95.5,
    ]);
  });
});
