/** The site's name, in titles and the header. */
export const SITE_NAME = 'Kế hoạch Đề án 06';

/** The main navigation: path, label and the section key pages pass as `section`. */
export const NAV = [
  { href: '/', label: 'Trang chủ', section: 'home' },
  { href: '/tinh/', label: 'Tỉnh, thành phố', section: 'tinh' },
  { href: '/co-quan/', label: 'Cơ quan', section: 'co-quan' },
  { href: '/moc-thoi-gian/', label: 'Mốc thời gian', section: 'moc-thoi-gian' },
  { href: '/chi-tieu/', label: 'Chỉ tiêu', section: 'chi-tieu' },
  { href: '/gioi-thieu/', label: 'Giới thiệu', section: 'gioi-thieu' },
] as const;

/** URLs of the site's pages, in one place so links and pages agree. */
export const url = {
  plan: (id: string) => `/ke-hoach/${id}/`,
  planFullText: (id: string) => `/ke-hoach/${id}/toan-van/`,
  planItem: (planId: string, itemId: string) => `/ke-hoach/${planId}/#${itemId}`,
  province: (id: string) => `/tinh/${id}/`,
  /** A commune-level unit of any era: `/xa/xa-phu-thong-01969/`. */
  commune: (id: string) => `/xa/${id}/`,
  /** A former district: `/huyen/huyen-bach-thong-063/`. */
  district: (id: string) => `/huyen/${id}/`,
  /** A unit's page by its level: a former district (Bạch Long Vĩ became a special zone whole) is under /huyen/. */
  unit: (unit: { id: string; level: string }) =>
    unit.level === 'province' ? `/tinh/${unit.id}/` : unit.level === 'district' ? `/huyen/${unit.id}/` : `/xa/${unit.id}/`,
  agency: (id: string) => `/co-quan/${id}/`,
  metric: (id: string) => `/chi-tieu/${id}/`,
  search: '/tim-kiem/',
  /** How target statuses are computed from reported figures. */
  method: '/gioi-thieu/phuong-phap/',
  /** Reporting duties across plans. */
  reportingDuties: '/bao-cao/',
} as const;
