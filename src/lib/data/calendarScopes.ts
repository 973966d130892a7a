import type { ReportingDuty, Task } from '../../schemas/index.ts';
import { agencyDutyList, type AgencyDuty } from '../site/agencyDuties.ts';
import { url } from '../site/nav.ts';
import { isFormer, provincialUnitSummaries } from '../site/regions.ts';
import { communeAreaPlans, unitIndex } from '../site/units.ts';
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
 * Every calendar feed of the site: one per plan; per provincial unit (with the plans of the units
 * folded into it); per current commune that has plans in its area (its own and its former units',
 * not the province's, which have the province's feed) and per district or former commune that
 * issued plans; and per agency (only its tasks and the duties it reports). Linear: it reads the
 * per-build Maps of plans by unit and duties by agency, never scanning the plans per unit.
 */
export const calendarScopes = oncePerSite((site: Site): CalendarScope[] => {
  const scopes: CalendarScope[] = site.plans.map((plan) => ({
    kind: 'ke-hoach',
    id: plan.id,
    name: `Thời hạn – ${planFullName(plan)}`,
    page: url.plan(plan.id),
    plans: [plan],
  }));
  const { current, former } = provincialUnitSummaries(site);
  for (const unit of [...current, ...former]) {
    scopes.push({ kind: 'tinh', id: unit.region.id, name: `Thời hạn – ${unit.region.fullName}`, page: url.province(unit.region.id), plans: unit.plans });
  }
  for (const [id, plans] of communeAreaPlans(site)) {
    scopes.push({ kind: 'don-vi', id, name: `Thời hạn – ${site.regionById.get(id)!.fullName}`, page: url.commune(id), plans });
  }
  for (const [id, plans] of unitIndex(site).plansByRegion) {
    const unit = site.regionById.get(id);
    // Provinces have their own feed above, current communes their area's; districts and former communes their plans'.
    if (unit === undefined || unit.level === 'province' || (unit.level === 'commune' && !isFormer(unit))) continue;
    const page = url.unit(unit);
    scopes.push({ kind: 'don-vi', id, name: `Thời hạn – ${unit.fullName}`, page, plans });
  }
  for (const agency of site.agencyById.values()) {
    scopes.push({
      kind: 'co-quan',
      id: agency.id,
      name: `Thời hạn – ${agency.name}`,
      page: url.agency(agency.id),
      plans: agencyCalendarPlans(agencyDutyList(agency.id, site)),
    });
  }
  return scopes;
});

/** The plans of an agency's feed, each cut to the tasks it leads or supports and the duties it reports. */
function agencyCalendarPlans(duties: readonly AgencyDuty[]): SitePlan[] {
  const byPlan = new Map<SitePlan, { tasks: Set<Task>; reporting: Set<ReportingDuty> }>();
  for (const duty of duties) {
    if (duty.kind === 'responsibility' || duty.kind === 'receives') continue;
    let entry = byPlan.get(duty.plan);
    if (!entry) byPlan.set(duty.plan, (entry = { tasks: new Set(), reporting: new Set() }));
    if (duty.kind === 'reports') entry.reporting.add(duty.reporting);
    else if (duty.kind === 'lead' || duty.kind === 'support') entry.tasks.add(duty.task);
  }
  return [...byPlan].map(([plan, { tasks, reporting }]) => ({
    ...plan,
    tasks: plan.tasks.filter((t) => tasks.has(t)),
    meta: { ...plan.meta, reporting: plan.meta.reporting.filter((d) => reporting.has(d)) },
  }));
}
