import type { Level } from '../../schemas/common.ts';
import type { Region } from '../../schemas/region.ts';
import { asciiSlug } from '../text/sectionId.ts';
import { normalizeForMatch } from '../text/vietnamese.ts';
import { editSimilarity } from './ocrRepair.ts';

/** The administrative unit a plan was issued by, as far as the catalogue tells. */
export interface RegionReading {
  region: Region | null;
  /** Why it could not be resolved, for the report. */
  problem: string | null;
}

/** Regions by id and by folded name: the full unit list has some 14,000 units, so lookups are Map reads. */
interface RegionIndex {
  byId: Map<string, Region>;
  byName: Map<string, Region[]>;
}

const indexes = new WeakMap<Region[], RegionIndex>();

function indexRegions(regions: Region[]): RegionIndex {
  const cached = indexes.get(regions);
  if (cached) return cached;
  const byId = new Map(regions.map((r) => [r.id, r]));
  const byName = new Map<string, Region[]>();
  for (const r of regions) {
    const k = normalizeForMatch(r.name);
    const list = byName.get(k);
    if (list) list.push(r);
    else byName.set(k, [r]);
  }
  const index = { byId, byName };
  indexes.set(regions, index);
  return index;
}

/** True when the unit existed on `date` (YYYY-MM-DD). */
function validOn(r: Region, date: string): boolean {
  return (r.validFrom === null || r.validFrom <= date) && (r.validTo === null || date <= r.validTo);
}

function provinceOf(r: Region, byId: Map<string, Region>): Region | null {
  let cur: Region | undefined = r;
  while (cur && cur.parent !== null) cur = byId.get(cur.parent);
  return cur ?? null;
}

/**
 * Finds the unit that issued the plan in content/regions: same level, same name (folded; on OCR
 * text a near name), existing on the plan's date — so a plan dated after 2025-07-01 belongs to the
 * unit formed by the reform — and, for districts and communes, inside a province the text names.
 * A "thành phố" read as a district may be a centrally-governed city (a province): "thành phố Hà Nội".
 */
export function resolveRegion(
  unit: { level: Level; name: string; type?: string },
  date: string,
  fullText: string,
  regions: Region[],
  ocr: boolean,
): RegionReading {
  const { byId, byName } = indexRegions(regions);
  const key = normalizeForMatch(unit.name);
  // "UBND thành phố Hà Nội" names a centrally-governed city, which is a province, not a district-level city.
  const cityProvince = unit.type === 'thành phố' && unit.level === 'district';
  const fits = (r: Region): boolean => r.level === unit.level || (cityProvince && r.type === 'thành phố trực thuộc trung ương');
  let named = (byName.get(key) ?? []).filter(fits);
  if (named.length === 0 && ocr) {
    const sameLevel = regions.filter(fits);
    const scored = sameLevel.map((r) => ({ r, s: editSimilarity(normalizeForMatch(r.name), key) })).filter((x) => x.s >= 0.75);
    const best = Math.max(0, ...scored.map((x) => x.s));
    named = scored.filter((x) => x.s === best).map((x) => x.r);
  }
  if (named.length === 0) return { region: null, problem: `không có đơn vị "${unit.name}" (${unit.level}) trong content/regions` };
  const onDate = named.filter((r) => validOn(r, date));
  let pool = onDate.length > 0 ? onDate : named;
  if (pool.length > 1 && unit.level !== 'province') {
    const text = ` ${normalizeForMatch(fullText)} `;
    const inNamedProvince = pool.filter((r) => {
      const p = provinceOf(r, byId);
      return p !== null && text.includes(` tinh ${normalizeForMatch(p.name)} `);
    });
    if (inNamedProvince.length > 0) pool = inNamedProvince;
  }
  if (pool.length > 1) return { region: null, problem: `có ${pool.length} đơn vị tên "${unit.name}": ${pool.map((r) => r.id).join(', ')}; cần người chọn` };
  const region = pool[0]!;
  return { region, problem: onDate.length === 0 ? `đơn vị ${region.id} không tồn tại vào ngày ${date}` : null };
}

/**
 * The plan id per CONTRIBUTING: `<unit type>-<unit name>-<year>` in ASCII, e.g. "tinh-bac-kan-2022",
 * "xa-luc-binh-2022"; `taken` ids get "-2", "-3"….
 */
export function planId(unitType: string, unitName: string, year: number, taken: ReadonlySet<string> = new Set()): string {
  const base = `${asciiSlug(unitType)}-${asciiSlug(unitName)}-${year}`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
