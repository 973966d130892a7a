import { describe, expect, it } from 'vitest';
import { readAssignment } from '../../../src/lib/importer/agencyRoles.ts';
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
      lead: ['so-tai-chinh'], support: ['cong-an', 'cac-co-quan-don-vi-lien-quan'],
    });
  });
  it('makes A lead and B support in "A phối hợp với B thực hiện"', () => {
    expect(readAssignment('Công an tỉnh phối hợp với các sở, ban, ngành liên quan thực hiện.', 'all', agencyIndex, false)).toMatchObject({ lead: ['cong-an'], support: ['cac-so-ban-nganh'] });
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
    expect(readAssignment('Công an huyện, Ban Quản lý dự án đầu tư xây dựng huyện.', 'all', agencyIndex, false).unknownLead).toEqual(['Ban Quản lý dự án đầu tư xây dựng huyện']);
  });
  it('reads OCR names loosely', () => {
    expect(readAssignment('Coéng an x4 chu tri, phdi hop voi cac ban,nganh,doan thé taidia phuong.', 'all', agencyIndex, true)).toMatchObject({ lead: ['cong-an'], support: ['cac-so-ban-nganh'] });
  });
});

describe('header facts', () => {
  const header = (text: string) => readHeader(normaliseLines(text, false).paragraphs, text.split('\n'), false);
  it('reads the number, a full date and the title', () => {
    const h = header('Số: 208/KH-UBND\n\nBắc Ninh, ngày 05 tháng 6 năm 2026\n\n## KẾ HOẠCH\n\n### Triển khai Chương trình giai đoạn 2026-2030, tầm nhìn đến 2035 trên địa bàn tỉnh\n\nThực hiện Quyết định số 826/QĐ-TTg ngày 11/5/2026. UBND tỉnh Bắc Ninh ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH');
    expect(h).toMatchObject({ number: '208/KH-UBND', issuedOn: '2026-06-05', dateLine: 'Bắc Ninh, ngày 05 tháng 6 năm 2026', period: { from: 2026, to: 2030, vision: 2035 } });
    expect(h.issuerUnit).toMatchObject({ level: 'province', name: 'Bắc Ninh' });
    expect(h.basis.map((b) => b.text)).toEqual(['Thực hiện Quyết định số 826/QĐ-TTg ngày 11/5/2026.']);
  });
  it('reads a blank day as a month-precise date and keeps the line verbatim', () => {
    const h = header(' ỦY BAN NHÂN DÂN \n\nHUYỆN KRÔNG NÔ \n\n Krông Nô, ngày      tháng 4 năm 2022 \n\nKẾ HOẠCH\n\nI. MỤC TIÊU');
    expect(h).toMatchObject({ issuedOn: '2022-04', dateLine: 'Krông Nô, ngày      tháng 4 năm 2022' });
    expect(h.issuerUnit).toMatchObject({ level: 'district', name: 'Krông Nô' });
  });
  it('reads a decision that issues the plan, with its articles', () => {
    const h = header('QUYẾT ĐỊNH\n\nVề việc ban hành Kế hoạch\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n\nNơi nhận:\n\nKẾ HOẠCH\n\nThực hiện Đề án\n\nI. MỤC TIÊU');
    expect(h.decision).toMatchObject({ title: 'Về việc ban hành Kế hoạch', articles: ['Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.', 'Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.'] });
  });
  it('reads the signer under "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"', () => {
    expect(readSigner(['- Lưu: VT.', '', '**KT. CHỦ TỊCH  ', 'PHÓ CHỦ TỊCH**', '', '**Mai Sơn**'], false)).toMatchObject({ name: 'Mai Sơn', title: 'KT. Chủ tịch, Phó chủ tịch' });
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
  it('derives the plan id from unit type, name and year', () => {
    expect(planId('xã', 'Lục Bình', 2022)).toBe('xa-luc-binh-2022');
    expect(planId('tỉnh', 'Bắc Kạn', 2022, new Set(['tinh-bac-kan-2022']))).toBe('tinh-bac-kan-2022-2');
  });
  it('matches group headings by name', () => {
    const p = catalogue.programmes.find((x) => x.id === 'de-an-06')!;
    expect(matchGroup('Nhóm tiện ích phục vụ công dân số', p)).toBe('cong-dan-so');
    expect(matchGroup('Tham gia hoàn thiện chính sách, pháp luật về phát triển, cung cấp ứng dụng', p)).toBeNull();
  });
  it('reads a multi-level bullet into value plus also, each with its scope and metric', () => {
    const m = measuresOf('90% hồ sơ công việc liên quan đến quản lý dân cư tại tỉnh; 80% hồ sơ công việc liên quan đến quản lý dân cư tại cấp huyện và 60% hồ sơ công việc liên quan đến quản lý dân cư tại cấp xã', catalogue.metrics);
    expect(m.map((x) => [x.value, x.unit, x.scope ?? null, x.metric])).toEqual([
      [90, '%', 'province', 'ho-so-quan-ly-dan-cu-truc-tuyen'],
      [80, '%', 'district', 'ho-so-quan-ly-dan-cu-truc-tuyen'],
      [60, '%', 'commune', 'ho-so-quan-ly-dan-cu-truc-tuyen'],
    ]);
    expect(measuresOf('Phấn đấu đạt trên 300.000 tài khoản người dùng trên ứng dụng VNEID', catalogue.metrics)[0]).toMatchObject({ value: 300000, bound: 'above', metric: 'tai-khoan-vneid' });
  });
});
