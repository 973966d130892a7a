/**
 * Search records of the administrative units that have a page (every current commune, and the
 * former districts and communes that issued a plan), so that "phu thong" or "Phủ Thông" finds
 * xã Phủ Thông. A unit is also found by the names of the former units it was formed from: a
 * citizen who still says "Lục Bình" lands on the commune that took it in. One group of records per
 * current province, packed into index pages like a plan's records.
 */
import { UNIT_GROUP_PREFIX } from './groupCount.ts';
import type { Region } from '../../schemas/index.ts';
import { url } from '../site/nav.ts';
import { isFormer, nameWithType } from '../site/regions.ts';
import type { Site } from '../site/types.ts';
import { unitIndex, unitsWithPages } from '../site/units.ts';
import type { PlanContext, PlanRecords, SearchRecord } from './buildRecords.ts';

/** The unit records, one group per current province, in province code order. */
export function unitRecords(site: Site): PlanRecords[] {
  const { predecessorsById } = unitIndex(site);
  const { communes, districts } = unitsWithPages(site);
  const byProvince = new Map<string, SearchRecord[]>();
  for (const unit of [...communes, ...districts]) {
    const province = currentProvince(unit, site);
    if (province === null) continue;
    const formedFrom = (predecessorsById.get(unit.id) ?? []).filter((u) => u.level === unit.level);
    const record: SearchRecord = {
      kind: 'don-vi',
      anchor: null,
      url: url.unit(unit),
      text: isFormer(unit) ? `${unit.fullName} (cũ)` : unit.fullName,
      extra: formedFrom.map((u) => u.fullName).join('; '),
      facts: {
        label: 'Đơn vị hành chính',
        ...(isFormer(unit) ? { issuer: `Đến hết ngày 30/6/2025; nay thuộc ${nameWithType(province)}` } : {}),
        ...(formedFrom.length > 0 ? { formedFrom: formedFrom.map(nameWithType).join(', ') } : {}),
      },
      filters: { loai: ['don-vi'], nam: [], 'co-quan': [], nhom: [] },
      due: null,
    };
    const list = byProvince.get(province.id);
    if (list) list.push(record);
    else byProvince.set(province.id, [record]);
  }
  return [...byProvince.entries()]
    .map(([id, records]) => ({ plan: provinceContext(site.regionById.get(id)!), records }))
    .sort((a, b) => a.plan.id.localeCompare(b.plan.id));
}

function provinceContext(province: Region): PlanContext {
  return {
    id: `${UNIT_GROUP_PREFIX}${province.id}`,
    url: url.province(province.id),
    title: `Xã, phường, đặc khu của ${province.fullName}`,
    name: province.fullName,
    place: nameWithType(province),
    tinh: [province.id],
    // Units are not plans: the level filter (of the issuing unit) leaves them out.
    cap: [],
    'chuong-trinh': [],
  };
}

/** The current province a unit lies in: its parent, or for a former unit the province of its first successor. */
function currentProvince(unit: Region, site: Site): Region | null {
  const today = isFormer(unit) ? site.regionById.get(unit.successors[0] ?? '') : unit;
  let p = today;
  while (p && p.parent !== null) p = site.regionById.get(p.parent);
  return p ?? null;
}
