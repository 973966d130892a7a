import type { Region } from '../../schemas/index.ts';
import { formatViDate } from '../deadline/parseDeadline.ts';
import { oncePerSite } from './site.ts';
import type { Site, SitePlan } from './types.ts';

/** Regions by id. */
export type RegionIndex = ReadonlyMap<string, Region>;

function mustGet(regions: RegionIndex, id: string): Region {
  const region = regions.get(id);
  if (!region) throw new Error(`Không tìm thấy đơn vị hành chính "${id}" trong content/regions/`);
  return region;
}

/** True when the unit no longer exists in this form (it has an end date). */
export function isFormer(region: Region): boolean {
  return region.validTo !== null;
}

/**
 * The unit and its parents up to its province, as they were in the unit's own era:
 * xa-luc-binh-01990 → [Xã Lục Bình, Huyện Bạch Thông, Tỉnh Bắc Kạn].
 */
export function ancestry(regionId: string, regions: RegionIndex): Region[] {
  const chain: Region[] = [];
  let current: Region | undefined = mustGet(regions, regionId);
  while (current) {
    if (chain.includes(current)) throw new Error(`Vòng lặp trong parent của "${regionId}"`);
    chain.push(current);
    current = current.parent === null ? undefined : mustGet(regions, current.parent);
  }
  return chain;
}

/** The province a unit belonged to in its own era: the last link of its ancestry. */
export function provinceInEra(regionId: string, regions: RegionIndex): Region {
  const chain = ancestry(regionId, regions);
  return chain[chain.length - 1]!;
}

/**
 * The provinces a province became, followed to today: bac-kan → [bac-kan, thai-nguyen].
 * Provincial units that ended had exactly one successor in the 2025 reform; the first is followed.
 */
export function successionChain(provinceId: string, regions: RegionIndex): Region[] {
  const chain: Region[] = [mustGet(regions, provinceId)];
  for (let unit = chain[0]!; isFormer(unit) && unit.successors.length > 0;) {
    unit = mustGet(regions, unit.successors[0]!);
    if (chain.includes(unit)) throw new Error(`Vòng lặp trong successors của "${provinceId}"`);
    chain.push(unit);
  }
  return chain;
}

/** The current provincial unit a region lies in today: xa-luc-binh-01990 → thai-nguyen; bac-ninh → bac-ninh. */
export function currentProvinceOf(regionId: string, regions: RegionIndex): Region {
  const chain = successionChain(provinceInEra(regionId, regions).id, regions);
  return chain[chain.length - 1]!;
}

/** A current provincial unit with the former units that were folded into it. */
export interface ProvinceGroup {
  province: Region;
  predecessors: Region[];
}

/**
 * Every provincial unit: the current ones (in GSO code order), each with the former units whose
 * succession leads to it, and the former ones in code order.
 */
export function provincialUnits(regions: RegionIndex): { current: ProvinceGroup[]; former: Region[] } {
  const provinces = [...regions.values()].filter((r) => r.level === 'province').sort(byCode);
  const former = provinces.filter(isFormer);
  const current = provinces
    .filter((r) => !isFormer(r))
    .map((province) => ({
      province,
      predecessors: former.filter((f) => currentProvinceOfProvince(f, regions).id === province.id),
    }));
  return { current, former };
}

function currentProvinceOfProvince(province: Region, regions: RegionIndex): Region {
  const chain = successionChain(province.id, regions);
  return chain[chain.length - 1]!;
}

function byCode(a: Region, b: Region): number {
  return a.code.localeCompare(b.code) || a.id.localeCompare(b.id);
}

/**
 * The plans each provincial unit's page gathers, computed once per site: a plan is listed under
 * the province that issued it (or whose district or commune did) and under every unit that
 * province became. So a current unit gathers its own plans and those of the former units folded
 * into it, and a former unit the plans issued in its area while it existed. Newest first.
 */
export const plansByProvincialUnit = oncePerSite((site: Site): Map<string, SitePlan[]> => {
  const byUnit = new Map<string, SitePlan[]>();
  for (const plan of site.plans) {
    for (const unit of successionChain(provinceInEra(plan.meta.region, site.regionById).id, site.regionById)) {
      const list = byUnit.get(unit.id);
      if (list) list.push(plan);
      else byUnit.set(unit.id, [plan]);
    }
  }
  return byUnit;
});

/** The plans a provincial unit's page gathers (see `plansByProvincialUnit`). */
export function plansOfProvincialUnit(unitId: string, site: Site): SitePlan[] {
  mustGet(site.regionById, unitId);
  return plansByProvincialUnit(site).get(unitId) ?? [];
}

/** Plan counts of a provincial unit per level of issuer. */
export function planCountsByLevel(plans: readonly SitePlan[]): { province: number; district: number; commune: number; total: number } {
  const counts = { province: 0, district: 0, commune: 0, total: plans.length };
  for (const plan of plans) counts[plan.meta.level] += 1;
  return counts;
}

/** The region type as it reads after a name's level word: "thành phố trực thuộc trung ương" → "thành phố". */
export function shortType(region: Region): string {
  return region.type === 'thành phố trực thuộc trung ương' ? 'thành phố' : region.type;
}

/**
 * The unit's name with its type in running text, lowercase type: "tỉnh Bắc Kạn", "xã Lục Bình",
 * "thành phố Hà Nội".
 */
export function nameWithType(region: Region): string {
  return `${shortType(region)} ${region.name}`;
}

/**
 * Where the issuing unit sits, innermost first, in running text:
 * "xã Lục Bình, huyện Bạch Thông, tỉnh Bắc Kạn".
 */
export function placeLine(regionId: string, regions: RegionIndex): string {
  return ancestry(regionId, regions).map(nameWithType).join(', ');
}

/**
 * What became of a former provincial unit, for its page: "Tỉnh Bắc Kạn — từ 01/7/2025 thuộc tỉnh Thái Nguyên".
 * Null for a unit that still exists.
 */
export function formerUnitLine(province: Region, regions: RegionIndex): string | null {
  if (!isFormer(province) || province.validTo === null) return null;
  const chain = successionChain(province.id, regions);
  const successor = chain[chain.length - 1]!;
  if (successor.id === province.id) return `${province.fullName} — không còn từ sau ${formatViDate(province.validTo)}`;
  const from = successor.validFrom ?? nextDay(province.validTo);
  return `${province.fullName} — từ ${formatViDate(from)} thuộc ${nameWithType(successor)}`;
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** How pages name a provincial unit: a former one is marked "(cũ)", as Vietnamese usage does since 2025. */
export function unitDisplayName(region: Region): string {
  return isFormer(region) ? `${region.fullName} (cũ)` : region.fullName;
}

/** A provincial unit with its plans, for the provinces index, the home page's tiles and the unit's page. */
export interface ProvincialUnitSummary {
  region: Region;
  /** For a current unit: the former units folded into it; empty for a former unit. */
  predecessors: Region[];
  /** For a former unit: the current unit it is part of today; null for a current unit. */
  successor: Region | null;
  /** Plans issued in its area, newest first. */
  plans: SitePlan[];
  counts: { province: number; district: number; commune: number; total: number };
}

/** Summaries of every provincial unit: current ones in code order, then former ones in code order. */
export function provincialUnitSummaries(site: Site): { current: ProvincialUnitSummary[]; former: ProvincialUnitSummary[] } {
  const { current, former } = provincialUnits(site.regionById);
  const summary = (region: Region, predecessors: Region[], successor: Region | null): ProvincialUnitSummary => {
    const plans = plansOfProvincialUnit(region.id, site);
    return { region, predecessors, successor, plans, counts: planCountsByLevel(plans) };
  };
  return {
    current: current.map((g) => summary(g.province, g.predecessors, null)),
    former: former.map((r) => summary(r, [], currentProvinceOfProvince(r, site.regionById))),
  };
}

/** How many of the units have at least one plan: the home page's "n/34 tỉnh, thành phố có kế hoạch". */
export function unitsWithPlans(units: readonly ProvincialUnitSummary[]): number {
  return units.filter((u) => u.counts.total > 0).length;
}

/** A row of a provinces index table: a unit, the units it relates to across the 2025 merger, and its plan counts. */
export interface UnitCountRow {
  region: Region;
  /** The unit's name as pages show it, "(cũ)" for a former unit (see `unitDisplayName`). */
  name: string;
  /**
   * For a current unit, the former units folded into it by short name ("Bắc Kạn") with the plans
   * each gathers; for a former unit, the unit it is part of today by full name, without a count.
   */
  related: { region: Region; name: string; total: number | null }[];
  counts: ProvincialUnitSummary['counts'];
}

/** The rows of the provinces index's two tables, from `provincialUnitSummaries`. */
export function unitCountRows(units: { current: readonly ProvincialUnitSummary[]; former: readonly ProvincialUnitSummary[] }): {
  current: UnitCountRow[];
  former: UnitCountRow[];
} {
  const formerTotal = new Map(units.former.map((f) => [f.region.id, f.counts.total]));
  return {
    current: units.current.map((u) => ({
      region: u.region,
      name: unitDisplayName(u.region),
      related: u.predecessors.map((p) => ({ region: p, name: p.name, total: formerTotal.get(p.id) ?? 0 })),
      counts: u.counts,
    })),
    former: units.former.map((u) => ({
      region: u.region,
      name: unitDisplayName(u.region),
      related: u.successor ? [{ region: u.successor, name: u.successor.fullName, total: null }] : [],
      counts: u.counts,
    })),
  };
}
