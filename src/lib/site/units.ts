import type { Agency, Region, Task } from '../../schemas/index.ts';
import { isFormer } from './regions.ts';
import { issueSortKey, oncePerSite, sortPlansNewestFirst } from './site.ts';
import type { Site, SitePlan, TaskRef } from './types.ts';

/**
 * Lookups over the ~14,000 administrative units, computed once per build (one pass over the units
 * and one over the plans) so that each of the 3,321 commune pages reads a few Map entries instead
 * of scanning every plan or unit.
 */
export interface UnitIndex {
  /** Plans by the id of the unit that issued them, newest first. */
  plansByRegion: ReadonlyMap<string, SitePlan[]>;
  /** Units by the id of the unit they belonged to: the communes of a current province, the communes of a former district. */
  childrenByParent: ReadonlyMap<string, Region[]>;
  /** Former units by the id of a unit they became (part of): what a 2025 commune was formed from. */
  predecessorsById: ReadonlyMap<string, Region[]>;
}

/** The per-build unit lookups (see `UnitIndex`). */
export const unitIndex = oncePerSite((site: Site): UnitIndex => {
  const plansByRegion = new Map<string, SitePlan[]>();
  for (const plan of site.plans) push(plansByRegion, plan.meta.region, plan);
  const childrenByParent = new Map<string, Region[]>();
  const predecessorsById = new Map<string, Region[]>();
  for (const unit of site.regionById.values()) {
    if (unit.parent !== null) push(childrenByParent, unit.parent, unit);
    for (const successor of unit.successors) push(predecessorsById, successor, unit);
  }
  return { plansByRegion, childrenByParent, predecessorsById };
});

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Which page a unit has: provinces `/tinh/`, districts `/huyen/`, communes `/xa/`. */
export type UnitPageKind = 'province' | 'district' | 'commune';

/**
 * The district and commune units that get a page: every current commune, and every former district
 * or commune that issued a plan (a former unit without plans is named on its successors' pages only).
 */
export function unitsWithPages(site: Site): { communes: Region[]; districts: Region[] } {
  const { plansByRegion } = unitIndex(site);
  const communes: Region[] = [];
  const districts: Region[] = [];
  for (const unit of site.regionById.values()) {
    if (unit.level === 'province') continue;
    if (isFormer(unit) && !plansByRegion.has(unit.id)) continue;
    (unit.level === 'commune' ? communes : districts).push(unit);
  }
  return { communes, districts };
}

/** Every plan that applies in a current commune, by why it applies. */
export interface CommunePlans {
  commune: Region;
  /** The current province it lies in. */
  province: Region;
  /** The former communes (and districts without communes) it was formed from, whole or in part. */
  formedFrom: Region[];
  /** The former districts those lay in. */
  formerDistricts: Region[];
  /** The former provinces those lay in (a province the reform left unchanged is its current province). */
  formerProvinces: Region[];
  /** Plans the commune itself issued. */
  own: SitePlan[];
  /** Plans of the former communes and districts it was formed from. */
  former: SitePlan[];
  /** Plans of its province and of the former provinces its land lay in. */
  provincial: SitePlan[];
  /** Tasks of those provincial plans that are assigned to communes (see `assignsCommunes`), by due date. */
  communeTasks: TaskRef[];
}

/**
 * What a citizen of a current commune is bound by: its own plans, those of the former units it was
 * formed from (former communes, their districts and provinces), its province's, and the province
 * tasks assigned to communes. Reads only the unit lookups of `unitIndex`.
 */
export function plansForCommune(communeId: string, site: Site): CommunePlans {
  const { plansByRegion } = unitIndex(site);
  const commune = mustGet(site, communeId);
  const province = mustGet(site, commune.parent ?? communeId);
  const { formedFrom, formerDistricts, formerProvinces } = formerUnitsOf(commune, site);
  const plansOf = (units: readonly Region[]): SitePlan[] => sortPlansNewestFirst(unique(units.flatMap((u) => plansByRegion.get(u.id) ?? [])));
  const provincial = plansOf(unique([province, ...formerProvinces]));
  return {
    commune,
    province,
    formedFrom,
    formerDistricts,
    formerProvinces: formerProvinces.filter((p) => p.id !== province.id),
    own: plansOf([commune]),
    former: plansOf([...formedFrom, ...formerDistricts]),
    provincial,
    communeTasks: communeTasksOf(provincial, site),
  };
}

/** The former units a current commune was formed from, their districts and their provinces. */
function formerUnitsOf(commune: Region, site: Site): Pick<CommunePlans, 'formedFrom' | 'formerDistricts' | 'formerProvinces'> {
  const predecessors = unitIndex(site).predecessorsById.get(commune.id) ?? [];
  // A district lists the new communes of all its communes; only one whose land passed whole (an
  // island district without communes, such as Côn Đảo) counts as formed-from on its own.
  const formedFrom = predecessors.filter((u) => u.level === 'commune' || !predecessors.some((c) => c.parent === u.id));
  const formerDistricts = unique(
    formedFrom.map((u) => (u.level === 'district' ? u : parentOf(u, site))).filter((u): u is Region => u !== null && u.level === 'district'),
  );
  const formerProvinces = unique(formerDistricts.map((d) => parentOf(d, site)).filter((u): u is Region => u !== null));
  return { formedFrom, formerDistricts, formerProvinces };
}

/** The communes of a current province, in Vietnamese alphabetical order, each with the plans issued in its area. */
export interface CommuneCount {
  commune: Region;
  /** Plans of the commune and of the former communes and districts it was formed from. */
  plans: number;
}

/**
 * The plans issued in each current commune's area (its own and its former communes' and districts',
 * without the province's), for the communes that have any, computed once per build: the province
 * page's counts and the communes' calendar feeds read it.
 */
export const communeAreaPlans = oncePerSite((site: Site): ReadonlyMap<string, SitePlan[]> => {
  const { plansByRegion } = unitIndex(site);
  const byCommune = new Map<string, SitePlan[]>();
  if (plansByRegion.size === 0) return byCommune;
  for (const unit of site.regionById.values()) {
    if (unit.level !== 'commune' || isFormer(unit)) continue;
    const { formedFrom, formerDistricts } = formerUnitsOf(unit, site);
    const plans = unique([unit, ...formedFrom, ...formerDistricts].flatMap((u) => plansByRegion.get(u.id) ?? []));
    if (plans.length > 0) byCommune.set(unit.id, sortPlansNewestFirst(plans));
  }
  return byCommune;
});

/**
 * The current communes of a province, grouped by the first letter of their name (Vietnamese order:
 * Đ after D), each with its plan count: the province page's compact list.
 */
export function communesByLetter(provinceId: string, site: Site): { letter: string; communes: CommuneCount[] }[] {
  const { childrenByParent } = unitIndex(site);
  const areaPlans = communeAreaPlans(site);
  const communes = (childrenByParent.get(provinceId) ?? [])
    .filter((u) => u.level === 'commune' && !isFormer(u))
    .sort((a, b) => VIETNAMESE.compare(a.name, b.name) || a.code.localeCompare(b.code));
  const groups: { letter: string; communes: CommuneCount[] }[] = [];
  for (const commune of communes) {
    const letter = firstLetter(commune.name);
    const last = groups[groups.length - 1];
    const entry = { commune, plans: areaPlans.get(commune.id)?.length ?? 0 };
    if (last?.letter === letter) last.communes.push(entry);
    else groups.push({ letter, communes: [entry] });
  }
  return groups;
}

const VIETNAMESE = new Intl.Collator('vi');

/** "Đắk Sắk" → "Đ", "Ấp Bắc" → "A", "1" → "1": the letter a name is filed under. */
export function firstLetter(name: string): string {
  const c = name.normalize('NFC').charAt(0).toLocaleUpperCase('vi');
  if (c === 'Đ') return c;
  return c.normalize('NFD').charAt(0);
}

/** The id of the agency that stands for the people's committees one level below the issuer. */
const SUBORDINATE_COMMITTEES = 'ubnd-cap-duoi';
/** Words of an assignment line that name communes: "UBND cấp xã", "UBND các xã, phường, thị trấn". */
const COMMUNE_WORDS = /(cấp xã|các xã|xã, phường|phường, xã|xã, thị trấn)/iu;

/**
 * True when a task of a province plan is assigned to communes: it names an agency that exists
 * only at commune level ("Công chức Văn hóa - Xã hội xã"), its assignment line names communes
 * ("UBND các xã, phường, thị trấn", "UBND cấp xã"), or it names the committees one level below
 * the issuer (`ubnd-cap-duoi`) in a plan issued after 01/07/2025, when the level below a province
 * is the commune (before, it was the district).
 */
export function assignsCommunes(plan: SitePlan, task: Task, agencyById: ReadonlyMap<string, Agency>): boolean {
  const ids = [...task.lead, ...task.support];
  if (ids.some((id) => isCommuneOnly(agencyById.get(id)))) return true;
  if (task.assignee !== null && COMMUNE_WORDS.test(task.assignee)) return true;
  return ids.includes(SUBORDINATE_COMMITTEES) && plan.meta.level === 'province' && issueSortKey(plan).slice(0, 7) >= '2025-07';
}

function isCommuneOnly(agency: Agency | undefined): boolean {
  if (agency === undefined) return false;
  const levels = Object.keys(agency.names);
  return levels.length === 1 && levels[0] === 'commune';
}

/** The tasks of province plans assigned to communes, earliest due first, undated ones last (document order). */
export function communeTasksOf(plans: readonly SitePlan[], site: Site): TaskRef[] {
  const refs = plans
    .filter((p) => p.meta.level === 'province')
    .flatMap((plan) => plan.tasks.filter((task) => assignsCommunes(plan, task, site.agencyById)).map((task) => ({ plan, task })));
  const due = (r: TaskRef): string => ('due' in r.task.deadline && r.task.deadline.due ? r.task.deadline.due : '9999');
  return refs.sort((a, b) => due(a).localeCompare(due(b)));
}

/** The pages of a former district or commune that issued plans: its plans and where its land went. */
export interface FormerUnitPage {
  unit: Region;
  /** Its parents in its own era, innermost first: [huyện Bạch Thông, tỉnh Bắc Kạn]. */
  parents: Region[];
  /** The current communes its land went to (several when it was split). */
  successors: Region[];
  plans: SitePlan[];
}

/** A former unit's page (see `FormerUnitPage`). */
export function formerUnitPage(unitId: string, site: Site): FormerUnitPage {
  const unit = mustGet(site, unitId);
  const parents: Region[] = [];
  for (let p = parentOf(unit, site); p !== null; p = parentOf(p, site)) parents.push(p);
  return {
    unit,
    parents,
    successors: unit.successors.map((id) => mustGet(site, id)),
    plans: unitIndex(site).plansByRegion.get(unit.id) ?? [],
  };
}

/** The current province of a unit's successors: where a former unit lies today (null when it has none). */
export function successorProvinces(successors: readonly Region[], site: Site): Region[] {
  return unique(successors.map((s) => parentOf(s, site)).filter((u): u is Region => u !== null));
}

function parentOf(unit: Region, site: Site): Region | null {
  return unit.parent === null ? null : (site.regionById.get(unit.parent) ?? null);
}

function mustGet(site: Site, id: string): Region {
  const unit = site.regionById.get(id);
  if (!unit) throw new Error(`Không tìm thấy đơn vị hành chính "${id}" trong content/regions/`);
  return unit;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
