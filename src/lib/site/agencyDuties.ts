/**
 * What each kind of agency must do across all plans, gathered in one pass and split so that every
 * agency page stays small at any number of plans: agency → current province → plan year → pages.
 *
 * A duty is a task the agency leads or supports, a paragraph of the plan's "phân công trách nhiệm"
 * addressed to it, or a reporting duty it sends or receives: the plan pages link an agency from
 * all of these, so the agency pages count and list all of them, each labelled.
 */
import type { Agency, Region, ReportingDuty, Responsibility, Task } from '../../schemas/index.ts';
import { formatDeadline } from '../deadline/parseDeadline.ts';
import { agencyNameInPlan, SECTOR_LABEL } from './agencies.ts';
import { url } from './nav.ts';
import { crumbsTo, type Crumb } from './pageMeta.ts';
import { paginate, pagerFor, PAGE_SIZE, type Pager } from './paging.ts';
import { planFullName, REPORTING_FREQUENCY_LABEL } from './plans.ts';
import { currentProvinceOf, type RegionIndex } from './regions.ts';
import { oncePerSite } from './site.ts';
import { excerpt, taskLabel } from './taskTable.ts';
import type { Site, SitePlan } from './types.ts';

/** The kinds of duty, in the order pages list and count them. */
export const DUTY_KINDS = ['lead', 'support', 'responsibility', 'reports', 'receives'] as const;
export type DutyKind = (typeof DUTY_KINDS)[number];

/** The label a page prints before each duty. */
export const DUTY_LABEL: Record<DutyKind, string> = {
  lead: 'Chủ trì',
  support: 'Phối hợp',
  responsibility: 'Phân công trách nhiệm',
  reports: 'Báo cáo',
  receives: 'Nhận báo cáo',
};

/** How a count of each kind reads in a sentence: "3 nhiệm vụ chủ trì". */
export const DUTY_COUNT_NOUN: Record<DutyKind, string> = {
  lead: 'nhiệm vụ chủ trì',
  support: 'nhiệm vụ phối hợp',
  responsibility: 'đoạn phân công trách nhiệm',
  reports: 'nghĩa vụ báo cáo',
  receives: 'lần nhận báo cáo',
};

/** One thing an agency is named for in a plan. */
export type AgencyDuty =
  | { kind: 'lead' | 'support'; plan: SitePlan; task: Task }
  | { kind: 'responsibility'; plan: SitePlan; responsibility: Responsibility }
  | { kind: 'reports' | 'receives'; plan: SitePlan; reporting: ReportingDuty };

/** Counts per kind of duty. */
export type DutyCounts = Record<DutyKind, number>;

/** Zero of every kind. */
export function emptyCounts(): DutyCounts {
  return { lead: 0, support: 0, responsibility: 0, reports: 0, receives: 0 };
}

/** The sum of all kinds. */
export function totalDuties(counts: DutyCounts): number {
  return DUTY_KINDS.reduce((sum, kind) => sum + counts[kind], 0);
}

/** "2 nhiệm vụ chủ trì, 1 nghĩa vụ báo cáo": the kinds that occur; "Không có nhiệm vụ nào" when none do. */
export function countsSentence(counts: DutyCounts): string {
  const parts = DUTY_KINDS.filter((k) => counts[k] > 0).map((k) => `${counts[k]} ${DUTY_COUNT_NOUN[k]}`);
  return parts.length === 0 ? 'Không có nhiệm vụ nào' : parts.join(', ');
}

/** The year a plan belongs to on agency pages: its year of issue, or the first year of its period. */
export function planYear(plan: SitePlan): number {
  const issued = plan.meta.issuedOn === null ? NaN : Number(plan.meta.issuedOn.slice(0, 4));
  return Number.isFinite(issued) ? issued : plan.meta.period.from;
}

/** One agency's duties in one current province, by plan year (each year's duties in plan then document order). */
export interface ProvinceDuties {
  province: Region;
  counts: DutyCounts;
  planIds: Set<string>;
  years: Map<number, AgencyDuty[]>;
}

/** One agency's duties everywhere. */
export interface AgencyDuties {
  counts: DutyCounts;
  planIds: Set<string>;
  provinces: Map<string, ProvinceDuties>;
}

/** The duties of one plan, in document order: tasks, then responsibilities, then reporting. */
export function planDuties(plan: SitePlan): { agencyId: string; duty: AgencyDuty }[] {
  const out: { agencyId: string; duty: AgencyDuty }[] = [];
  for (const task of plan.tasks) {
    const lead = new Set(task.lead);
    for (const id of lead) out.push({ agencyId: id, duty: { kind: 'lead', plan, task } });
    for (const id of new Set(task.support)) if (!lead.has(id)) out.push({ agencyId: id, duty: { kind: 'support', plan, task } });
  }
  for (const responsibility of plan.meta.responsibilities) {
    for (const id of new Set(responsibility.agencies)) out.push({ agencyId: id, duty: { kind: 'responsibility', plan, responsibility } });
  }
  for (const reporting of plan.meta.reporting) {
    const from = new Set(reporting.from);
    for (const id of from) out.push({ agencyId: id, duty: { kind: 'reports', plan, reporting } });
    for (const id of new Set(reporting.to)) if (!from.has(id)) out.push({ agencyId: id, duty: { kind: 'receives', plan, reporting } });
  }
  return out;
}

/**
 * Every agency's duties, grouped by agency → current province → plan year in a single pass over
 * the plans (in the order given). Agencies no plan names are absent.
 */
export function dutiesByAgency(plans: readonly SitePlan[], regionById: RegionIndex): Map<string, AgencyDuties> {
  const byAgency = new Map<string, AgencyDuties>();
  for (const plan of plans) {
    const province = currentProvinceOf(plan.meta.region, regionById);
    const year = planYear(plan);
    for (const { agencyId, duty } of planDuties(plan)) {
      let agency = byAgency.get(agencyId);
      if (!agency) byAgency.set(agencyId, (agency = { counts: emptyCounts(), planIds: new Set(), provinces: new Map() }));
      let inProvince = agency.provinces.get(province.id);
      if (!inProvince) agency.provinces.set(province.id, (inProvince = { province, counts: emptyCounts(), planIds: new Set(), years: new Map() }));
      let inYear = inProvince.years.get(year);
      if (!inYear) inProvince.years.set(year, (inYear = []));
      inYear.push(duty);
      agency.counts[duty.kind] += 1;
      inProvince.counts[duty.kind] += 1;
      agency.planIds.add(plan.id);
      inProvince.planIds.add(plan.id);
    }
  }
  return byAgency;
}

/** `dutiesByAgency` over the site's plans, computed once per build. */
export const siteDutiesByAgency = oncePerSite((site: Site) => dutiesByAgency(site.plans, site.regionById));

/** One agency's duties across the site; empty for an agency no plan names. */
export function agencyDuties(agencyId: string, site: Site): AgencyDuties {
  return siteDutiesByAgency(site).get(agencyId) ?? { counts: emptyCounts(), planIds: new Set(), provinces: new Map() };
}

/** All of one agency's duties, province by province and year by year, as its pages list them. */
export function agencyDutyList(agencyId: string, site: Site): AgencyDuty[] {
  return [...agencyDuties(agencyId, site).provinces.values()].flatMap((p) => provinceDutyList(p));
}

/** One province's duties of an agency, newest plan year first, as its province page lists them. */
export function provinceDutyList(province: ProvinceDuties): AgencyDuty[] {
  return [...province.years.entries()].sort(([a], [b]) => b - a).flatMap(([, duties]) => duties);
}

/** Counts per kind in a list of duties. */
export function countDuties(duties: readonly AgencyDuty[]): DutyCounts {
  const counts = emptyCounts();
  for (const d of duties) counts[d.kind] += 1;
  return counts;
}

/** One line of an agency page: what the duty is, where it links and the facts under it. */
export interface DutyRow {
  kind: DutyKind;
  /** "Chủ trì", "Phân công trách nhiệm", … */
  label: string;
  /** The plan page's anchor for the task, or the plan's section for a responsibility or reporting duty. */
  href: string;
  /** "III.2.đ — Triển khai …" for a task, the heading for a responsibility, the sentence's start for reporting. */
  title: string;
  /** "Thời hạn: Quý I/2023", "Định kỳ: Hằng tháng (trước ngày 15)", or null. */
  detail: string | null;
}

/** The row an agency page prints for a duty. */
export function dutyRow(duty: AgencyDuty): DutyRow {
  const base = { kind: duty.kind, label: DUTY_LABEL[duty.kind] };
  switch (duty.kind) {
    case 'lead':
    case 'support':
      return {
        ...base,
        href: url.planItem(duty.plan.id, duty.task.id),
        title: `${taskLabel(duty.task)} — ${excerpt(duty.task.text, 160)}`,
        detail: `Thời hạn: ${formatDeadline(duty.task.deadline)}`,
      };
    case 'responsibility':
      return {
        ...base,
        href: url.planItem(duty.plan.id, 'trach-nhiem'),
        title: `${duty.responsibility.heading} — ${excerpt(duty.responsibility.text, 160)}`,
        detail: null,
      };
    case 'reports':
    case 'receives': {
      const { frequency, when } = duty.reporting;
      const parts = [frequency ? REPORTING_FREQUENCY_LABEL[frequency] : null, when].filter((p): p is string => p !== null);
      return {
        ...base,
        href: url.planItem(duty.plan.id, 'bao-cao'),
        title: excerpt(duty.reporting.text, 160),
        detail: parts.length > 0 ? `Định kỳ: ${parts.join(', ')}` : null,
      };
    }
  }
}

/** A plan's duties on one agency page, with the agency named as that plan names it. */
export interface PlanDutyGroup {
  plan: SitePlan;
  planName: string;
  /** "Công an tỉnh Bắc Kạn". */
  agencyName: string;
  rows: DutyRow[];
}

/** Consecutive duties of the same plan gathered under it (duties arrive in plan order). */
export function groupByPlan(duties: readonly AgencyDuty[], agency: Agency, site: Site): PlanDutyGroup[] {
  const groups: PlanDutyGroup[] = [];
  for (const duty of duties) {
    let last = groups[groups.length - 1];
    if (!last || last.plan !== duty.plan) {
      groups.push((last = { plan: duty.plan, planName: planFullName(duty.plan), agencyName: agencyNameInPlan(agency, duty.plan, site), rows: [] }));
    }
    last.rows.push(dutyRow(duty));
  }
  return groups;
}

/** URLs of the agency pages. */
export const agencyUrl = {
  overview: (agencyId: string) => url.agency(agencyId),
  province: (agencyId: string, provinceId: string) => `/co-quan/${agencyId}/${provinceId}/`,
  year: (agencyId: string, provinceId: string, year: number) => `/co-quan/${agencyId}/${provinceId}/${year}/`,
};

/** A row of a table of counts that links to a narrower page. */
export interface CountLink {
  label: string;
  href: string;
  counts: DutyCounts;
  total: number;
  plans: number;
}

/** The agency overview: counts per current province (GSO code order), each linking to its page. */
export function agencyOverview(agency: Agency, site: Site): { counts: DutyCounts; total: number; plans: number; provinces: CountLink[] } {
  const duties = agencyDuties(agency.id, site);
  const provinces = [...duties.provinces.values()]
    .sort((a, b) => a.province.code.localeCompare(b.province.code) || a.province.id.localeCompare(b.province.id))
    .map((p) => ({
      label: p.province.fullName,
      href: agencyUrl.province(agency.id, p.province.id),
      counts: p.counts,
      total: totalDuties(p.counts),
      plans: p.planIds.size,
    }));
  return { counts: duties.counts, total: totalDuties(duties.counts), plans: duties.planIds.size, provinces };
}

/**
 * One page under an agency: a province (every duty there, or, when that is more than a page, the
 * years with links), or one year of a province, possibly one of several numbered pages.
 */
export interface AgencySlicePage {
  /** Route segments after `/co-quan/<agency>/`: ["bac-ninh"], ["bac-ninh", "2024"], ["bac-ninh", "2024", "trang-2"]. */
  segments: string[];
  agency: Agency;
  province: Region;
  /** The year shown, or null on a province page. */
  year: number | null;
  /** Counts of everything the page covers (all pages of a paged list). */
  counts: DutyCounts;
  /** On a province page too big for one page: its years with counts and links. Otherwise null. */
  years: CountLink[] | null;
  /**
   * The duties listed on this page, in plan order; the page renders them with `groupByPlan`, so that
   * building the list of pages stays cheap (no row is formatted until its page is rendered).
   */
  duties: AgencyDuty[];
  pager: Pager | null;
}

/**
 * Every page under an agency, from the one-pass grouping: a province with at most `pageSize` duties
 * is one page; a bigger one lists its years, and each year is paged by `pageSize`.
 */
export function agencySlicePages(agency: Agency, site: Site, pageSize = PAGE_SIZE): AgencySlicePage[] {
  // Sorted by plan year, newest first; within a year plans keep the site's order (newest issue first).
  const pages: AgencySlicePage[] = [];
  for (const p of agencyDuties(agency.id, site).provinces.values()) {
    const years = [...p.years.entries()].sort(([a], [b]) => b - a);
    const all = years.flatMap(([, duties]) => duties);
    const base = { agency, province: p.province };
    if (all.length <= pageSize) {
      pages.push({ ...base, segments: [p.province.id], year: null, counts: p.counts, years: null, duties: all, pager: null });
      continue;
    }
    const yearLinks = years.map(([year, duties]) => {
      const counts = countDuties(duties);
      return {
        label: `Kế hoạch năm ${year}`,
        href: agencyUrl.year(agency.id, p.province.id, year),
        counts,
        total: duties.length,
        plans: new Set(duties.map((d) => d.plan.id)).size,
      };
    });
    pages.push({ ...base, segments: [p.province.id], year: null, counts: p.counts, years: yearLinks, duties: [], pager: null });
    for (const [year, duties] of years) {
      const chunks = paginate(duties, pageSize);
      const counts = countDuties(duties);
      chunks.forEach((chunk, i) => {
        const segments = [p.province.id, String(year), ...(i === 0 ? [] : [`trang-${i + 1}`])];
        const pager = pagerFor(agencyUrl.year(agency.id, p.province.id, year), i + 1, chunks.length);
        pages.push({ ...base, segments, year, counts, years: null, duties: chunk, pager });
      });
    }
  }
  return pages;
}

/** "Công an — Tỉnh Thái Nguyên" or "Công an — Tỉnh Thái Nguyên, kế hoạch năm 2024 (trang 2)". */
export function agencySliceTitle(page: AgencySlicePage): string {
  const year = page.year === null ? '' : `, kế hoạch năm ${page.year}`;
  const pageNo = page.pager && page.pager.current > 1 ? ` (trang ${page.pager.current})` : '';
  return `${page.agency.name} — ${page.province.fullName}${year}${pageNo}`;
}

/** Trang chủ › Cơ quan › the agency (› the province, on a year page). */
export function agencySliceCrumbs(page: AgencySlicePage): Crumb[] {
  const crumbs = [...crumbsTo('co-quan'), { href: agencyUrl.overview(page.agency.id), label: page.agency.name }];
  if (page.year !== null) crumbs.push({ href: agencyUrl.province(page.agency.id, page.province.id), label: page.province.fullName });
  return crumbs;
}

/** A row of the agencies index: an agency with its task counts, its other duties and its plans. */
export interface AgencyIndexRow {
  id: string;
  agency: Agency;
  lead: number;
  support: number;
  /** Responsibility paragraphs and reporting duties (sent or received). */
  other: number;
  plans: number;
}

/** The agencies index: every agency with its counts, grouped by sector (in `SECTOR_LABEL` order), names alphabetical. */
export function agenciesBySector(site: Site): { sector: Agency['sector']; label: string; agencies: AgencyIndexRow[] }[] {
  const rows = [...site.agencyById.values()].map((agency) => {
    const { counts, planIds } = agencyDuties(agency.id, site);
    return {
      id: agency.id,
      agency,
      lead: counts.lead,
      support: counts.support,
      other: counts.responsibility + counts.reports + counts.receives,
      plans: planIds.size,
    };
  });
  return (Object.keys(SECTOR_LABEL) as Agency['sector'][])
    .map((sector) => ({
      sector,
      label: SECTOR_LABEL[sector],
      agencies: rows.filter((r) => r.agency.sector === sector).sort((a, b) => a.agency.name.localeCompare(b.agency.name, 'vi')),
    }))
    .filter((s) => s.agencies.length > 0);
}
