import type { Agency, Level, Region } from '../../schemas/index.ts';
import { currentProvinceOf, nameWithType, shortType } from './regions.ts';
import { oncePerSite } from './site.ts';
import type { Site, SitePlan, TaskRef } from './types.ts';

/** The word a level's names use for their unit ("Công an tỉnh", "Phòng Y tế huyện"). */
const LEVEL_WORD: Record<Level, string> = { province: 'tỉnh', district: 'huyện', commune: 'xã' };

/**
 * An agency's name at a plan's level, in the plan's region, as a reader would say it:
 * "Công an tỉnh" in Bắc Kạn → "Công an tỉnh Bắc Kạn"; "Sở Y tế" → "Sở Y tế tỉnh Bắc Kạn";
 * "Công an xã" in thị trấn Đắk Mâm → "Công an thị trấn Đắk Mâm". Collective assignees
 * ("Các sở, ban, ngành, địa phương liên quan") keep their name as is. An agency without a name
 * at that level is shown by its general name.
 */
export function agencyNameAt(agency: Agency, level: Level, region: Region): string {
  const name = agency.names[level];
  if (name === undefined) return agency.name;
  if (agency.collective) return name;
  // The level word as a whole word, but not the "xã" of "xã hội".
  const word = new RegExp(`(^|\\s)${LEVEL_WORD[level]}(?=\\s|$)(?! hội)`, 'u');
  if (word.test(name)) return name.replace(word, `$1${shortType(region)} ${region.name}`);
  return `${name} ${nameWithType(region)}`;
}

/** An agency named in a plan: its id, the agency when known, and its name in the plan's context. */
export interface AgencyMention {
  id: string;
  agency: Agency | undefined;
  name: string;
}

/** The agencies of a list of ids, named in a plan's context. Unknown ids are shown as the id itself. */
export function mentionsIn(plan: SitePlan, ids: readonly string[], site: Site): AgencyMention[] {
  const region = site.regionById.get(plan.meta.region);
  return ids.map((id) => {
    const agency = site.agencyById.get(id);
    const name = agency && region ? agencyNameAt(agency, plan.meta.level, region) : (agency?.name ?? id);
    return { id, agency, name };
  });
}

/** What one agency does across the given plans. */
export interface AgencyWork {
  lead: TaskRef[];
  support: TaskRef[];
}

/** For every agency id, the tasks it leads and supports, in plan then document order. */
export function workByAgency(plans: readonly SitePlan[]): Map<string, AgencyWork> {
  const work = new Map<string, AgencyWork>();
  const entry = (id: string): AgencyWork => {
    let w = work.get(id);
    if (!w) work.set(id, (w = { lead: [], support: [] }));
    return w;
  };
  for (const plan of plans) {
    for (const task of plan.tasks) {
      for (const id of new Set(task.lead)) entry(id).lead.push({ plan, task });
      for (const id of new Set(task.support)) if (!task.lead.includes(id)) entry(id).support.push({ plan, task });
    }
  }
  return work;
}

/** How many distinct plans a set of task references comes from. */
export function planCount(refs: readonly TaskRef[]): number {
  return new Set(refs.map((r) => r.plan.id)).size;
}

/** `workByAgency` over all of the site's plans, computed once per build. */
export const siteWorkByAgency = oncePerSite((site: Site) => workByAgency(site.plans));

/** What one agency does across all of the site's plans; nothing for an agency no plan names. */
export function agencyWork(agencyId: string, site: Site): AgencyWork {
  return siteWorkByAgency(site).get(agencyId) ?? { lead: [], support: [] };
}

/** How many distinct plans an agency leads or supports tasks in. */
export function workPlanCount(work: AgencyWork): number {
  return planCount([...work.lead, ...work.support]);
}

/** An agency's role in a task of its work: "Chủ trì" (lead) or "Phối hợp" (support). */
export function roleIn(work: AgencyWork, ref: TaskRef): 'Chủ trì' | 'Phối hợp' {
  return work.lead.includes(ref) ? 'Chủ trì' : 'Phối hợp';
}

/** All of an agency's tasks, led and supported, by year due (see `groupByDueYear`), plans in id order within a year. */
export function workByDueYear(work: AgencyWork): { year: string | null; tasks: TaskRef[] }[] {
  return groupByDueYear([...work.lead, ...work.support].sort((a, b) => a.plan.id.localeCompare(b.plan.id)));
}

/** An agency's name in a plan's context (see `agencyNameAt`); its general name when the plan's region is unknown. */
export function agencyNameInPlan(agency: Agency, plan: SitePlan, site: Site): string {
  const region = site.regionById.get(plan.meta.region);
  return region ? agencyNameAt(agency, plan.meta.level, region) : agency.name;
}

/** Task references grouped by the current province their plan belongs to, then by plan. */
export interface RegionGroup {
  province: Region;
  plans: { plan: SitePlan; tasks: TaskRef[] }[];
}

/** Groups task references by current province (in GSO code order) and plan (in the order given). */
export function groupByProvince(refs: readonly TaskRef[], site: Site): RegionGroup[] {
  const groups = new Map<string, RegionGroup>();
  for (const ref of refs) {
    const province = currentProvinceOf(ref.plan.meta.region, site.regionById);
    let group = groups.get(province.id);
    if (!group) groups.set(province.id, (group = { province, plans: [] }));
    let byPlan = group.plans.find((p) => p.plan.id === ref.plan.id);
    if (!byPlan) group.plans.push((byPlan = { plan: ref.plan, tasks: [] }));
    byPlan.tasks.push(ref);
  }
  return [...groups.values()].sort((a, b) => a.province.code.localeCompare(b.province.code));
}

/** Task references grouped by the year of their (last) due date; undated ones last under `null`. */
export function groupByDueYear(refs: readonly TaskRef[]): { year: string | null; tasks: TaskRef[] }[] {
  const groups = new Map<string | null, TaskRef[]>();
  for (const ref of refs) {
    const d = ref.task.deadline;
    const year = 'due' in d && typeof d.due === 'string' ? d.due.slice(0, 4) : null;
    groups.set(year, [...(groups.get(year) ?? []), ref]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
    .map(([year, tasks]) => ({ year, tasks }));
}

/** Vietnamese names of the agency sectors, for grouping the agencies index. */
export const SECTOR_LABEL: Record<Agency['sector'], string> = {
  'chinh-quyen': 'Chính quyền',
  'cong-an': 'Công an, quân sự',
  'chuyen-mon': 'Cơ quan chuyên môn',
  'tu-phap-toa-an': 'Tư pháp, tòa án, kiểm sát',
  'doan-the': 'Mặt trận, đoàn thể',
  dang: 'Cơ quan Đảng',
  'doanh-nghiep': 'Doanh nghiệp, tổ chức',
  'trung-uong': 'Cơ quan ngành dọc trung ương',
  'tap-the': 'Nhóm cơ quan (giao chung)',
};

/** How many tasks an agency leads and supports in a set of plans. */
export interface AgencyTally {
  id: string;
  agency: Agency | undefined;
  lead: number;
  support: number;
}

/** Agencies named in the plans, with their task counts, busiest first (then by name). */
export function agencyTallies(plans: readonly SitePlan[], site: Site): AgencyTally[] {
  return [...workByAgency(plans).entries()]
    .map(([id, w]) => ({ id, agency: site.agencyById.get(id), lead: w.lead.length, support: w.support.length }))
    .sort((a, b) => b.lead + b.support - (a.lead + a.support) || (a.agency?.name ?? a.id).localeCompare(b.agency?.name ?? b.id, 'vi'));
}

/** The agencies index: every agency with its task and plan counts, grouped by sector (in `SECTOR_LABEL` order), names alphabetical. */
export function agenciesBySector(site: Site): { sector: Agency['sector']; label: string; agencies: (AgencyTally & { agency: Agency; plans: number })[] }[] {
  const rows = [...site.agencyById.values()].map((agency) => {
    const w = agencyWork(agency.id, site);
    return { id: agency.id, agency, lead: w.lead.length, support: w.support.length, plans: workPlanCount(w) };
  });
  return (Object.keys(SECTOR_LABEL) as Agency['sector'][])
    .map((sector) => ({
      sector,
      label: SECTOR_LABEL[sector],
      agencies: rows.filter((r) => r.agency.sector === sector).sort((a, b) => a.agency.name.localeCompare(b.agency.name, 'vi')),
    }))
    .filter((s) => s.agencies.length > 0);
}
