/**
 * What the search must find in the bundled content, written out by hand from the plans' tasks.json
 * and targets.json (not computed with the indexer's buildRecords, so a bug there cannot hide).
 * Update these lists when the content changes.
 */

/** Tasks of the plans issued in Bắc Kạn (the province and Lục Bình) with a dated deadline point in 2022, read from their tasks.json deadlines. */
export const bacKanTasks2022 = [
  '/ke-hoach/tinh-bac-kan-2022/#nv-iii-1-a',
  '/ke-hoach/tinh-bac-kan-2022/#nv-iii-1-b',
  '/ke-hoach/tinh-bac-kan-2022/#nv-iii-1-c',
  '/ke-hoach/tinh-bac-kan-2022/#nv-iii-1-d',
  '/ke-hoach/tinh-bac-kan-2022/#nv-iii-1-dd',
  '/ke-hoach/tinh-bac-kan-2022/#nv-iii-1-e',
  '/ke-hoach/tinh-bac-kan-2022/#nv-iii-1-g',
  '/ke-hoach/tinh-bac-kan-2022/#nv-iii-2-a',
  '/ke-hoach/tinh-bac-kan-2022/#nv-iii-2-b',
  '/ke-hoach/tinh-bac-kan-2022/#nv-iii-2-c',
  '/ke-hoach/tinh-bac-kan-2022/#nv-iii-2-d',
  '/ke-hoach/tinh-bac-kan-2022/#nv-iii-2-dd',
  '/ke-hoach/tinh-bac-kan-2022/#nv-iii-2-e',
  '/ke-hoach/tinh-bac-kan-2022/#nv-iii-2-g',
  '/ke-hoach/tinh-bac-kan-2022/#nv-iii-2-h',
  '/ke-hoach/tinh-bac-kan-2022/#nv-iii-3-a',
  '/ke-hoach/tinh-bac-kan-2022/#nv-iii-4-a',
  '/ke-hoach/tinh-bac-kan-2022/#nv-iii-5-a-y1',
  '/ke-hoach/tinh-bac-kan-2022/#nv-iii-5-a-y2',
  '/ke-hoach/tinh-bac-kan-2022/#nv-iii-5-a-y3',
  '/ke-hoach/tinh-bac-kan-2022/#nv-iii-5-a-y4',
  '/ke-hoach/tinh-bac-kan-2022/#nv-iii-5-a-y5',
  '/ke-hoach/tinh-bac-kan-2022/#nv-iii-5-a-y6',
  '/ke-hoach/tinh-bac-kan-2022/#nv-iii-5-b-y1',
  '/ke-hoach/tinh-bac-kan-2022/#nv-iii-5-b-y2',
  '/ke-hoach/tinh-bac-kan-2022/#nv-iii-5-b-y3',
  '/ke-hoach/tinh-bac-kan-2022/#nv-iii-5-b-y4',
  '/ke-hoach/tinh-bac-kan-2022/#nv-iii-5-b-y5',
  '/ke-hoach/tinh-bac-kan-2022/#nv-iii-5-b-y6',
  '/ke-hoach/tinh-bac-kan-2022/#nv-iii-5-b-y7',
  '/ke-hoach/tinh-bac-kan-2022/#nv-iii-5-b-y8',
  '/ke-hoach/tinh-bac-kan-2022/#nv-iii-5-b-y9',
  '/ke-hoach/tinh-bac-kan-2022/#nv-iii-5-b-y10',
  '/ke-hoach/tinh-bac-kan-2022/#nv-iii-6-a',
  '/ke-hoach/tinh-bac-kan-2022/#nv-iii-6-b',
  '/ke-hoach/xa-luc-binh-2022/#nv-iii-1-a',
  '/ke-hoach/xa-luc-binh-2022/#nv-iii-1-b',
  '/ke-hoach/xa-luc-binh-2022/#nv-iii-1-c',
  '/ke-hoach/xa-luc-binh-2022/#nv-iii-1-d',
  '/ke-hoach/xa-luc-binh-2022/#nv-iii-1-dd',
  '/ke-hoach/xa-luc-binh-2022/#nv-iii-1-g',
  '/ke-hoach/xa-luc-binh-2022/#nv-iii-2-a',
  '/ke-hoach/xa-luc-binh-2022/#nv-iii-2-b',
  '/ke-hoach/xa-luc-binh-2022/#nv-iii-2-c',
  '/ke-hoach/xa-luc-binh-2022/#nv-iii-3-a',
  '/ke-hoach/xa-luc-binh-2022/#nv-iii-4',
  '/ke-hoach/xa-luc-binh-2022/#nv-iii-5-a-y1',
  '/ke-hoach/xa-luc-binh-2022/#nv-iii-5-a-y2',
  '/ke-hoach/xa-luc-binh-2022/#nv-iii-5-a-y3',
  '/ke-hoach/xa-luc-binh-2022/#nv-iii-5-b-y1',
  '/ke-hoach/xa-luc-binh-2022/#nv-iii-5-b-y2',
  '/ke-hoach/xa-luc-binh-2022/#nv-iii-5-b-y3',
  '/ke-hoach/xa-luc-binh-2022/#nv-iii-5-b-y4',
  '/ke-hoach/xa-luc-binh-2022/#nv-iii-5-b-y5',
];

/** Records whose text names "Cơ sở dữ liệu thuế". */
export const thue = [
  '/ke-hoach/huyen-krong-no-2022/#ct-i-2-a-2022-4',
  '/ke-hoach/tinh-bac-kan-2022/#nv-iii-5-b-y1',
  '/ke-hoach/tinh-bac-kan-2022/#ct-ii-2-a-2022-5',
];

/** Tasks Sở Y tế leads in Thái Nguyên's plans (Bắc Kạn III.5.b ý 2, Lục Bình III.5.b ý 1). */
export const soYTeLed = ['/ke-hoach/tinh-bac-kan-2022/#nv-iii-5-b-y2', '/ke-hoach/xa-luc-binh-2022/#nv-iii-5-b-y1'];

/** Lục Bình's targets in the "công dân số" group. */
export const lucBinhCongDanSo = [
  '/ke-hoach/xa-luc-binh-2022/#ct-ii-2-c-2022-1',
  '/ke-hoach/xa-luc-binh-2022/#ct-ii-2-c-2022-2',
  '/ke-hoach/xa-luc-binh-2022/#ct-ii-2-c-2022-3',
  '/ke-hoach/xa-luc-binh-2022/#ct-ii-2-c-2023-1',
  '/ke-hoach/xa-luc-binh-2022/#ct-ii-2-c-2023-2',
  '/ke-hoach/xa-luc-binh-2022/#ct-ii-2-c-2026-1',
];

/** Krông Nô's (Lâm Đồng) tasks and targets of the "công dân số" group that run in 2025. */
export const lamDong2025CongDanSo = [
  '/ke-hoach/huyen-krong-no-2022/#ct-i-2-3-2023-1',
  '/ke-hoach/huyen-krong-no-2022/#ct-i-2-3-2023-2',
  '/ke-hoach/huyen-krong-no-2022/#ct-i-2-3-2025-1',
];

/** Targets that name VNeID with 2025 in their text or phase. */
export const vneid2025 = [
  '/ke-hoach/huyen-krong-no-2022/#ct-i-2-3-2023-1',
  '/ke-hoach/huyen-krong-no-2022/#ct-i-2-3-2025-1',
  '/ke-hoach/tinh-bac-kan-2022/#ct-ii-2-c-2023-1',
  '/ke-hoach/tinh-bac-kan-2022/#ct-ii-2-c-2025-1',
  '/ke-hoach/xa-luc-binh-2022/#ct-ii-2-c-2023-1',
];
