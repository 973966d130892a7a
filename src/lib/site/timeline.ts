import type { Level } from '../../schemas/index.ts';
import type { DeadlineEntry } from './deadlines.ts';
import { LEVELS, LEVEL_LABEL } from './plans.ts';
import { currentProvinceOf } from './regions.ts';
import type { FilterOption } from './taskTable.ts';
import type { Site } from './types.ts';

/** What the timeline's filters read from one entry. */
export interface EntryFacets {
  /** The current province the plan belongs to. */
  province: string;
  level: Level;
  /** Lead and supporting agency ids. */
  agencies: string[];
}

/** The filter facets of a timeline entry. */
export function entryFacets(entry: DeadlineEntry, site: Site): EntryFacets {
  return {
    province: currentProvinceOf(entry.plan.meta.region, site.regionById).id,
    level: entry.plan.meta.level,
    agencies: [...new Set([...entry.task.lead, ...entry.task.support])],
  };
}

/** The choices of the timeline's filters: only values some entry has, names sorted as Vietnamese. */
export function timelineFilterOptions(
  entries: readonly DeadlineEntry[],
  site: Site,
): { provinces: FilterOption[]; levels: FilterOption[]; agencies: FilterOption[] } {
  const facets = entries.map((e) => entryFacets(e, site));
  const byName = (a: FilterOption, b: FilterOption) => a.label.localeCompare(b.label, 'vi');
  const provinces = [...new Set(facets.map((f) => f.province))].map((id) => ({ value: id, label: site.regionById.get(id)?.fullName ?? id }));
  const levels = new Set(facets.map((f) => f.level));
  const agencies = [...new Set(facets.flatMap((f) => f.agencies))].map((id) => ({ value: id, label: site.agencyById.get(id)?.name ?? id }));
  return {
    provinces: provinces.sort(byName),
    levels: LEVELS.filter((l) => levels.has(l)).map((l) => ({ value: l, label: LEVEL_LABEL[l] })),
    agencies: agencies.sort(byName),
  };
}
