import { agencyWork } from '../site/agencies.ts';
import { ancestry, provincialUnitSummaries } from '../site/regions.ts';
import { oncePerSite } from '../site/site.ts';
import { planFullName } from '../site/plans.ts';
import type { Site, SitePlan } from '../site/types.ts';
import type { CalendarKind } from './paths.ts';

/** One calendar feed: what it covers and the plans (or parts of plans) it holds. */
export interface CalendarScope {
  kind: CalendarKind;
  id: string;
  /** The calendar's name in a calendar app. */
  name: string;
  /** The page it belongs to (path). */
  page: string;
  plans: SitePlan[];
}

/**
 * Every calendar feed of the site: one per plan, per provincial unit (with the plans of the units
 * folded into it), per administrative unit that has plans in its area (itself or any unit under
 * it: a commune, a district, a province), and per agency (only its tasks and the duties it
 * reports). Linear: each plan is visited once per ancestor.
 */
export const calendarScopes = oncePerSite((site: Site): CalendarScope[] => {
  const scopes: CalendarScope[] = site.plans.map((plan) => ({
    kind: 'ke-hoach',
    id: plan.id,
    name: `Thời hạn – ${planFullName(plan)}`,
    page: `/ke-hoach/${plan.id}/`,
    plans: [plan],
  }));
  const { current, former } = provincialUnitSummaries(site);
  for (const unit of [...current, ...former]) {
    scopes.push({ kind: 'tinh', id: unit.region.id, name: `Thời hạn – ${unit.region.fullName}`, page: `/tinh/${unit.region.id}/`, plans: unit.plans });
  }
  const byUnit = new Map<string, SitePlan[]>();
  for (const plan of site.plans) {
    for (const unit of ancestry(plan.meta.region, site.regionById)) {
      let list = byUnit.get(unit.id);
      if (!list) byUnit.set(unit.id, (list = []));
      list.push(plan);
    }
  }
  for (const [id, plans] of byUnit) {
    const unit = site.regionById.get(id)!;
    scopes.push({ kind: 'don-vi', id, name: `Thời hạn – ${unit.fullName}`, page: `/lich/don-vi/${id}.ics`, plans });
  }
  for (const agency of site.agencyById.values()) {
    const work = agencyWork(agency.id, site);
    const tasksByPlan = new Map<SitePlan, Set<unknown>>();
    for (const ref of [...work.lead, ...work.support]) {
      let set = tasksByPlan.get(ref.plan);
      if (!set) tasksByPlan.set(ref.plan, (set = new Set()));
      set.add(ref.task);
    }
    const plans = site.plans.flatMap((plan) => {
      const tasks = tasksByPlan.get(plan);
      const reporting = plan.meta.reporting.filter((d) => d.from.includes(agency.id));
      if (!tasks && reporting.length === 0) return [];
      return [{ ...plan, tasks: plan.tasks.filter((t) => tasks?.has(t)), meta: { ...plan.meta, reporting } }];
    });
    scopes.push({ kind: 'co-quan', id: agency.id, name: `Thời hạn – ${agency.name}`, page: `/co-quan/${agency.id}/`, plans });
  }
  return scopes;
});

