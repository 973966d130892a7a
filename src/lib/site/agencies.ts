import type { Agency, Level, Region } from '../../schemas/index.ts';
import { ancestry, nameWithType, shortType } from './regions.ts';
import type { Site, SitePlan } from './types.ts';

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

/**
 * The unit at `level` that a plan's region belonged to when the plan was issued: for Lục Bình's
 * plan at level "district" it is huyện Bạch Thông. The plan's own region at its own level; null when
 * the region's chain has no unit at that level (a province plan asked for a commune).
 */
export function regionAtLevel(regionId: string, level: Level, regions: ReadonlyMap<string, Region>): Region | null {
  if (!regions.has(regionId)) return null;
  return ancestry(regionId, regions).find((r) => r.level === level) ?? null;
}

/**
 * True when an agency is national (no name at any level, e.g. "Bộ Công an") or has a name at
 * `level`: every agency a plan names must pass, or the page would show a province's body
 * ("Sở Tài chính") where a commune's plan names its own officer ("Công chức TC-KT xã").
 */
export function isNamedAtLevel(agency: Agency, level: Level): boolean {
  return Object.keys(agency.names).length === 0 || agency.names[level] !== undefined;
}

/**
 * The agencies of a list of ids, named in a plan's context: at the plan's own level, or at `level`
 * when the text names bodies of another level (a commune reports to "cơ quan tài chính huyện").
 * Unknown ids are shown as the id itself.
 */
export function mentionsIn(plan: SitePlan, ids: readonly string[], site: Site, level: Level = plan.meta.level): AgencyMention[] {
  const region = regionAtLevel(plan.meta.region, level, site.regionById);
  return ids.map((id) => {
    const agency = site.agencyById.get(id);
    const name = agency && region ? agencyNameAt(agency, level, region) : (agency?.name ?? id);
    return { id, agency, name };
  });
}

/** An agency's name in a plan's context (see `agencyNameAt`); its general name when the plan's region is unknown. */
export function agencyNameInPlan(agency: Agency, plan: SitePlan, site: Site): string {
  const region = site.regionById.get(plan.meta.region);
  return region ? agencyNameAt(agency, plan.meta.level, region) : agency.name;
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
  const tallies = new Map<string, AgencyTally>();
  const tally = (id: string): AgencyTally => {
    let t = tallies.get(id);
    if (!t) tallies.set(id, (t = { id, agency: site.agencyById.get(id), lead: 0, support: 0 }));
    return t;
  };
  for (const plan of plans) {
    for (const task of plan.tasks) {
      // A task counts once per agency, as lead when the agency both leads and supports it.
      for (const id of new Set(task.lead)) tally(id).lead += 1;
      for (const id of new Set(task.support)) if (!task.lead.includes(id)) tally(id).support += 1;
    }
  }
  return [...tallies.values()].sort(
    (a, b) => b.lead + b.support - (a.lead + a.support) || (a.agency?.name ?? a.id).localeCompare(b.agency?.name ?? b.id, 'vi'),
  );
}
