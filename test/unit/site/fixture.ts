/**
 * A tiny content tree for the site's aggregation tests: the region chains of the seed plans
 * (Lục Bình → Bạch Thông → Bắc Kạn → Thái Nguyên; Krông Nô → Đắk Nông → Lâm Đồng; Bắc Ninh),
 * a few agencies, one programme, one metric and three small plans.
 */
import type { Agency, Deadline, Metric, PlanFrontmatter, Programme, Region, Target, Task } from '../../../src/schemas/index.ts';
import { buildSite } from '../../../src/lib/site/site.ts';
import type { Site, SitePlan } from '../../../src/lib/site/types.ts';

function region(r: Partial<Region> & Pick<Region, 'id' | 'name' | 'level' | 'type'>): Region {
  return {
    fullName: `${r.type[0]!.toUpperCase()}${r.type.slice(1)} ${r.name}`,
    code: '01',
    parent: null,
    validFrom: null,
    validTo: null,
    successors: [],
    fate: null,
    sources: ['test'],
    ...r,
  };
}

export const regions: Region[] = [
  region({ id: 'thai-nguyen', name: 'Thái Nguyên', level: 'province', type: 'tỉnh', code: '19', validFrom: '2025-07-01' }),
  region({ id: 'lam-dong', name: 'Lâm Đồng', level: 'province', type: 'tỉnh', code: '68', validFrom: '2025-07-01' }),
  region({ id: 'bac-ninh', name: 'Bắc Ninh', level: 'province', type: 'tỉnh', code: '24', validFrom: '2025-07-01' }),
  region({ id: 'ha-noi', name: 'Hà Nội', level: 'province', type: 'thành phố trực thuộc trung ương', code: '01', fullName: 'Thành phố Hà Nội' }),
  region({
    id: 'bac-kan',
    name: 'Bắc Kạn',
    level: 'province',
    type: 'tỉnh',
    code: '06',
    validTo: '2025-06-30',
    successors: ['thai-nguyen'],
    fate: 'Từ ngày 01/7/2025 hợp nhất với Thái Nguyên thành tỉnh Thái Nguyên.',
  }),
  region({ id: 'thai-nguyen-cu', name: 'Thái Nguyên', level: 'province', type: 'tỉnh', code: '19', validTo: '2025-06-30', successors: ['thai-nguyen'] }),
  region({ id: 'dak-nong', name: 'Đắk Nông', level: 'province', type: 'tỉnh', code: '67', validTo: '2025-06-30', successors: ['lam-dong'] }),
  region({ id: 'bac-ninh-cu', name: 'Bắc Ninh', level: 'province', type: 'tỉnh', code: '27', validTo: '2025-06-30', successors: ['bac-ninh'] }),
  region({ id: 'huyen-bach-thong-063', name: 'Bạch Thông', level: 'district', type: 'huyện', code: '063', parent: 'bac-kan', validTo: '2025-06-30' }),
  region({ id: 'huyen-krong-no-664', name: 'Krông Nô', level: 'district', type: 'huyện', code: '664', parent: 'dak-nong', validTo: '2025-06-30' }),
  region({
    id: 'xa-luc-binh-01990',
    name: 'Lục Bình',
    level: 'commune',
    type: 'xã',
    code: '01990',
    parent: 'huyen-bach-thong-063',
    validTo: '2025-06-30',
    successors: ['xa-phu-thong-01969'],
  }),
  region({
    id: 'thi-tran-dak-mam-24688',
    name: 'Đắk Mâm',
    level: 'commune',
    type: 'thị trấn',
    code: '24688',
    parent: 'huyen-krong-no-664',
    validTo: '2025-06-30',
  }),
  region({ id: 'xa-phu-thong-01969', name: 'Phủ Thông', level: 'commune', type: 'xã', code: '01969', parent: 'thai-nguyen', validFrom: '2025-07-01' }),
];

function agency(id: string, a: Partial<Agency> & Pick<Agency, 'name' | 'names'>): Agency {
  return { id, aliases: [], collective: false, sector: 'chuyen-mon', ...a };
}

export const agencies: Agency[] = [
  agency('cong-an', { name: 'Công an', names: { province: 'Công an tỉnh', district: 'Công an huyện', commune: 'Công an xã' }, sector: 'cong-an' }),
  agency('so-y-te', { name: 'Sở Y tế', names: { province: 'Sở Y tế', district: 'Phòng Y tế', commune: 'Trạm Y tế xã' } }),
  agency('so-lao-dong', {
    name: 'Sở Lao động - Thương binh và Xã hội',
    names: { province: 'Sở Lao động - Thương binh và Xã hội', commune: 'Công chức Lao động - Thương binh và Xã hội' },
  }),
  agency('mat-tran', { name: 'Mặt trận', names: { province: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội' }, sector: 'doan-the' }),
  agency('cac-so-ban-nganh', {
    name: 'Các sở, ban, ngành',
    names: { province: 'Các sở, ban, ngành, địa phương liên quan', district: 'Các phòng, ban, ngành liên quan' },
    collective: true,
    sector: 'tap-the',
  }),
  agency('ngan-hang', { name: 'Ngân hàng Nhà nước', names: { province: 'Ngân hàng Nhà nước chi nhánh tỉnh' }, sector: 'trung-uong' }),
];

export const programme: Programme = {
  id: 'de-an-06',
  name: 'Đề án 06',
  title: 'Đề án 06',
  decision: { number: '06/QĐ-TTg', date: '2022-01-06', issuer: 'Thủ tướng Chính phủ' },
  period: { from: 2022, to: 2025, vision: 2030 },
  groups: [
    { id: 'thu-tuc-hanh-chinh', number: 1, name: 'Phục vụ giải quyết thủ tục hành chính', shortName: 'Thủ tục hành chính' },
    { id: 'cong-dan-so', number: 3, name: 'Phục vụ công dân số', shortName: 'Công dân số' },
  ],
};

export const metrics: Metric[] = [
  { id: 'ho-so-truc-tuyen', name: 'Hồ sơ trực tuyến', description: 'Tỷ lệ hồ sơ trực tuyến.', unit: '%', direction: 'higher-is-better', keywords: ['hồ sơ'] },
];

function meta(m: Partial<PlanFrontmatter> & Pick<PlanFrontmatter, 'title' | 'level' | 'region' | 'issuer'>): PlanFrontmatter {
  return {
    programme: 'de-an-06',
    number: null,
    issuedOn: null,
    period: { from: 2022, to: 2025, vision: 2030 },
    dateLine: null,
    basis: [],
    signer: null,
    issuingDecision: null,
    summary: 'Tóm tắt.',
    responsibilities: [],
    reporting: [],
    budget: null,
    source: { file: 'x.txt', kind: 'text', restored: false },
    addedOn: '2026-11-01',
    ...m,
  };
}

const month = (y: number, m: number): Deadline => {
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const mm = String(m).padStart(2, '0');
  return { kind: 'month', raw: `Trong tháng ${m} năm ${y}.`, start: `${y}-${mm}-01`, due: `${y}-${mm}-${last}` };
};

function task(id: string, section: string, lead: string[], support: string[], deadline: Deadline, group: string | null = null): Task {
  return { id, section, group, text: `Nhiệm vụ ${section}: làm một việc cụ thể có thời hạn rõ ràng.`, lead, support, assignee: null, deadline };
}

function target(id: string, group: string, phase: Target['phase'], extra: Partial<Target> = {}): Target {
  return { id, section: 'II.2.a', group, phase, text: `Chỉ tiêu ${id}.`, ...extra };
}

export const bacKan: SitePlan = {
  id: 'tinh-bac-kan-2022',
  meta: meta({ title: 'Kế hoạch Bắc Kạn', level: 'province', region: 'bac-kan', issuer: 'Ủy ban nhân dân tỉnh Bắc Kạn', addedOn: '2026-11-20' }),
  sections: [
    { section: 'III.1', title: 'Hoàn thiện thể chế', group: null },
    { section: 'III.2', title: 'Thủ tục hành chính', group: 'thu-tuc-hanh-chinh' },
  ],
  tasks: [
    task('nv-iii-1-a', 'III.1.a', ['cong-an'], ['cac-so-ban-nganh'], month(2022, 3)),
    task('nv-iii-2-dd', 'III.2.đ', ['so-y-te'], ['cong-an'], { kind: 'quarter', raw: 'Quý I/2023.', start: '2023-01-01', due: '2023-03-31' }),
    task('nv-iii-2-e', 'III.2.e', ['cong-an'], [], {
      kind: 'staged',
      raw: 'Cấp tỉnh từ ngày 01/6/2022; cấp huyện từ ngày 01/12/2022.',
      start: '2022-06-01',
      due: '2022-12-01',
      stages: [
        { level: 'province', raw: 'Cấp tỉnh từ ngày 01/6/2022', date: '2022-06-01' },
        { level: 'district', raw: 'cấp huyện từ ngày 01/12/2022', date: '2022-12-01' },
      ],
    }),
    task('nv-iii-2-g', 'III.2.g', ['cong-an', 'so-y-te'], ['so-y-te'], { kind: 'ongoing', raw: 'Thực hiện thường xuyên.' }),
  ],
  targets: [
    target('ct-ii-2-a-2022-1', 'thu-tuc-hanh-chinh', { raw: 'Trong năm 2022', from: 2022, to: 2022 }, { value: 100, unit: '%' }),
    target(
      'ct-ii-2-a-2023-1',
      'thu-tuc-hanh-chinh',
      { raw: 'Giai đoạn 2023 - 2025', from: 2023, to: 2025 },
      {
        value: 90,
        unit: '%',
        scope: 'province',
        metric: 'ho-so-truc-tuyen',
        also: [
          { value: 80, unit: '%', scope: 'district', metric: 'ho-so-truc-tuyen' },
          { value: 60, unit: '%', scope: 'commune', metric: 'ho-so-truc-tuyen' },
        ],
      },
    ),
    target('ct-ii-2-c-2022-1', 'cong-dan-so', { raw: 'Năm 2022', from: 2022, to: 2022 }),
  ],
};

export const lucBinh: SitePlan = {
  id: 'xa-luc-binh-2022',
  meta: meta({
    title: 'Kế hoạch Lục Bình',
    level: 'commune',
    region: 'xa-luc-binh-01990',
    issuer: 'Ủy ban nhân dân xã Lục Bình',
    issuedOn: '2022-04',
    addedOn: '2026-11-21',
  }),
  sections: [],
  tasks: [task('nv-ii-1-a', 'II.1.a', ['cong-an'], [], month(2027, 1))],
  targets: [target('ct-ii-2-a-2023-1', 'thu-tuc-hanh-chinh', { raw: 'Năm 2023', from: 2023, to: null }, { value: 60, unit: '%', metric: 'ho-so-truc-tuyen' })],
};

export const bacNinh: SitePlan = {
  id: 'tinh-bac-ninh-2026',
  meta: meta({
    title: 'Kế hoạch Bắc Ninh',
    level: 'province',
    region: 'bac-ninh',
    issuer: 'Ủy ban nhân dân tỉnh Bắc Ninh',
    number: '208/KH-UBND',
    issuedOn: '2026-06-05',
    addedOn: '2026-11-19',
  }),
  sections: [],
  tasks: [task('nv-iii-1-y1', 'III.1', ['cong-an'], [], { kind: 'date', raw: 'Trước ngày 25/6/2026.', due: '2026-06-25' })],
  targets: [],
};

/** The fixture's site, built as pages build it. */
export function fixtureSite(): Site {
  return buildSite({ plans: [bacKan, lucBinh, bacNinh], regions, agencies, metrics, programmes: [programme] });
}
