/**
 * The choices the search page offers for each filter, computed at build time from the records, so
 * only values that some result carries are offered (a province without plans is not a choice).
 */
import type { Level } from '../../schemas/index.ts';
import { LEVEL_LABEL, LEVELS } from '../site/plans.ts';
import { isFormer, unitDisplayName } from '../site/regions.ts';
import type { Site } from '../site/types.ts';
import type { PlanRecords } from './buildRecords.ts';
import { RESULT_KINDS, RESULT_KIND_LABEL } from './filterKeys.ts';
import { upperFirst } from '../text/vietnamese.ts';

/** One choice: the value in the URL and index, and what the visitor reads. */
export interface FilterOption {
  value: string;
  label: string;
}

/** Choices under a heading (an `<optgroup>`). */
export interface FilterOptionGroup {
  label: string;
  options: FilterOption[];
}

/** Every filter's choices. */
export interface SearchFilterOptions {
  loai: FilterOption[];
  /** Current provincial units, then former ones ("Tỉnh Bắc Kạn (cũ)"). */
  tinh: FilterOptionGroup[];
  cap: FilterOption[];
  'chuong-trinh': FilterOption[];
  nam: FilterOption[];
  'co-quan': FilterOption[];
  /** Utility groups per programme; a group id shared by two programmes is offered once, under the first. */
  nhom: FilterOptionGroup[];
}

/**
 * The choices for the records of `plans`, named from `site`. `plans` is read once, one plan at a
 * time, so a generator (`eachPlanRecords`) keeps only one plan's records in memory.
 */
export function searchFilterOptions(plans: Iterable<PlanRecords>, site: Site): SearchFilterOptions {
  const provinces = new Set<string>();
  const levels = new Set<string>();
  const programmes = new Set<string>();
  const years = new Set<string>();
  const leads = new Set<string>();
  const groups = new Set<string>();
  const addAll = (set: Set<string>, values: readonly string[]): void => values.forEach((v) => set.add(v));
  for (const { plan, records } of plans) {
    addAll(provinces, plan.tinh);
    addAll(levels, plan.cap);
    addAll(programmes, plan['chuong-trinh']);
    for (const r of records) {
      addAll(years, r.filters.nam);
      addAll(leads, r.filters['co-quan']);
      addAll(groups, r.filters.nhom);
    }
  }

  const units = [...provinces]
    .map((id) => site.regionById.get(id))
    .filter((r) => r !== undefined)
    .sort((a, b) => a.code.localeCompare(b.code) || a.id.localeCompare(b.id));
  const unitOption = (r: (typeof units)[number]): FilterOption => ({ value: r.id, label: unitDisplayName(r) });

  const offeredGroups = new Set<string>();
  const nhom: FilterOptionGroup[] = [];
  for (const programme of site.programmeById.values()) {
    const options = programme.groups.filter((g) => groups.has(g.id) && !offeredGroups.has(g.id)).map((g) => ({ value: g.id, label: g.shortName }));
    options.forEach((o) => offeredGroups.add(o.value));
    if (options.length > 0) nhom.push({ label: programme.name, options });
  }
  const unknownGroups = [...groups].filter((g) => !offeredGroups.has(g)).sort();
  if (unknownGroups.length > 0) nhom.push({ label: 'Khác', options: unknownGroups.map((g) => ({ value: g, label: g })) });

  return {
    loai: RESULT_KINDS.map((k) => ({ value: k, label: RESULT_KIND_LABEL[k] })),
    tinh: [
      { label: 'Tỉnh, thành phố hiện nay', options: units.filter((r) => !isFormer(r)).map(unitOption) },
      { label: 'Tỉnh, thành phố trước ngày 01/7/2025', options: units.filter(isFormer).map(unitOption) },
    ].filter((g) => g.options.length > 0),
    cap: LEVELS.filter((l: Level) => levels.has(l)).map((l) => ({ value: l, label: upperFirst(LEVEL_LABEL[l]) })),
    'chuong-trinh': [...programmes].sort().map((id) => ({ value: id, label: site.programmeById.get(id)?.name ?? id })),
    nam: [...years].sort().map((y) => ({ value: y, label: y })),
    'co-quan': [...leads].map((id) => ({ value: id, label: site.agencyById.get(id)?.name ?? id })).sort((a, b) => a.label.localeCompare(b.label, 'vi')),
    nhom,
  };
}
