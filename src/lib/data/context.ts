import type { Region } from '../../schemas/index.ts';
import { currentProvinceOf, isFormer, provinceInEra } from '../site/regions.ts';
import type { Site, SitePlan } from '../site/types.ts';

/** The plan columns every row about a plan's content starts with (see `planContext` in tables.ts). */
export interface PlanContext {
  planId: string;
  planTitle: string;
  unitIssuedId: string;
  unitIssuedName: string;
  unitCurrentId: string | null;
  unitCurrentName: string | null;
  provinceIssuedId: string;
  provinceIssuedName: string;
  provinceCurrentId: string;
  provinceCurrentName: string;
}

/**
 * The unit that covers a unit's area today: itself while it exists, else its successor followed
 * to today. A unit that ended without one successor (districts were abolished in 2025) has none.
 */
export function currentUnitOf(region: Region, regions: ReadonlyMap<string, Region>): Region | null {
  let unit: Region | undefined = region;
  for (let hops = 0; unit && isFormer(unit); hops++) {
    if (unit.successors.length !== 1 || hops > 10) return null;
    unit = regions.get(unit.successors[0]!);
  }
  return unit ?? null;
}

const cache = new WeakMap<SitePlan, PlanContext>();

/** The plan, its unit and its province, as issued and today; computed once per plan. */
export function planContext(plan: SitePlan, site: Site): PlanContext {
  let context = cache.get(plan);
  if (context) return context;
  const unit = site.regionById.get(plan.meta.region);
  const current = unit ? currentUnitOf(unit, site.regionById) : null;
  const provinceIssued = provinceInEra(plan.meta.region, site.regionById);
  const provinceCurrent = currentProvinceOf(plan.meta.region, site.regionById);
  context = {
    planId: plan.id,
    planTitle: plan.meta.title,
    unitIssuedId: plan.meta.region,
    unitIssuedName: unit?.fullName ?? plan.meta.region,
    unitCurrentId: current?.id ?? null,
    unitCurrentName: current?.fullName ?? null,
    provinceIssuedId: provinceIssued.id,
    provinceIssuedName: provinceIssued.fullName,
    provinceCurrentId: provinceCurrent.id,
    provinceCurrentName: provinceCurrent.fullName,
  };
  cache.set(plan, context);
  return context;
}
