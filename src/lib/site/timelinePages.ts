/**
 * The all-plans timeline split so that no page grows with the number of plans: an overview of
 * years, a page per year, and where a year holds more than a page of deadlines, a page per current
 * province of that year, paged. Computed in one pass over the site's deadline points.
 */
import type { Region } from '../../schemas/index.ts';
import { agencyNameInPlan } from './agencies.ts';
import { deadlineEntries, groupByMonth, isPassed, type DeadlineEntry, type MonthGroup } from './deadlines.ts';
import { paginate, pagerFor, PAGE_SIZE, type Pager } from './paging.ts';
import { currentProvinceOf, type RegionIndex } from './regions.ts';
import { oncePerSite } from './site.ts';
import type { Site, SitePlan } from './types.ts';

/** URLs of the timeline pages. */
export const timelineUrl = {
  overview: '/moc-thoi-gian/',
  year: (year: number) => `/moc-thoi-gian/${year}/`,
  province: (year: number, provinceId: string) => `/moc-thoi-gian/${year}/${provinceId}/`,
};

/** One year of the timeline: its points (earliest first) and the same points by current province. */
export interface TimelineYear {
  year: number;
  entries: DeadlineEntry[];
  provinces: Map<string, { province: Region; entries: DeadlineEntry[] }>;
}

/** Deadline points (sorted by date) grouped by year, then by current province, in one pass. */
export function timelineByYear(entries: readonly DeadlineEntry[], regionById: RegionIndex): Map<number, TimelineYear> {
  const years = new Map<number, TimelineYear>();
  const provinceOfPlan = new Map<string, Region>();
  for (const entry of entries) {
    const year = Number(entry.due.slice(0, 4));
    let y = years.get(year);
    if (!y) years.set(year, (y = { year, entries: [], provinces: new Map() }));
    y.entries.push(entry);
    let province = provinceOfPlan.get(entry.plan.id);
    if (!province) provinceOfPlan.set(entry.plan.id, (province = currentProvinceOf(entry.plan.meta.region, regionById)));
    let p = y.provinces.get(province.id);
    if (!p) y.provinces.set(province.id, (p = { province, entries: [] }));
    p.entries.push(entry);
  }
  return years;
}

/**
 * The years the timeline offers, without gaps: from the earliest deadline or plan period to the
 * latest, so that a year with no deadline still has a page that says so.
 */
export function timelineYears(entries: readonly DeadlineEntry[], plans: readonly SitePlan[]): number[] {
  const years = [...entries.map((e) => Number(e.due.slice(0, 4))), ...plans.flatMap((p) => [p.meta.period.from, p.meta.period.to])];
  if (years.length === 0) return [];
  const from = Math.min(...years);
  const to = Math.max(...years);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Every dated point of the site, earliest first, and the same by year; computed once per build. */
export const siteTimeline = oncePerSite((site: Site) => {
  const entries = deadlineEntries(site.plans);
  return { entries, byYear: timelineByYear(entries, site.regionById), years: timelineYears(entries, site.plans) };
});

/** A row of the overview or of a big year: a link and its counts. */
export interface TimelineCountLink {
  label: string;
  href: string;
  count: number;
  /** Points due before the build date ("đã qua hạn"). */
  passed: number;
}

/** The timeline overview: every year with its number of points (0 for a year without any). */
export function timelineOverview(site: Site, today: string): TimelineCountLink[] {
  const { byYear, years } = siteTimeline(site);
  return years.map((year) => {
    const entries = byYear.get(year)?.entries ?? [];
    return { label: `Năm ${year}`, href: timelineUrl.year(year), count: entries.length, passed: entries.filter((e) => isPassed(e.due, today)).length };
  });
}

/**
 * A province page's deadlines by year, for when they are more than a page: each year's count and
 * the timeline page that lists them, the year's own page or, for a year split by province, the
 * page of the province the unit is part of today (it lists that province's other plans too).
 */
export function provinceTimelineYears(site: Site, region: Region, entries: readonly DeadlineEntry[], today: string, pageSize = PAGE_SIZE): TimelineCountLink[] {
  const { byYear } = siteTimeline(site);
  const current = currentProvinceOf(region.id, site.regionById);
  const perYear = new Map<number, DeadlineEntry[]>();
  for (const entry of entries) {
    const year = Number(entry.due.slice(0, 4));
    const list = perYear.get(year);
    if (list) list.push(entry);
    else perYear.set(year, [entry]);
  }
  return [...perYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, list]) => ({
      label: `Năm ${year}`,
      href: (byYear.get(year)?.entries.length ?? 0) > pageSize ? timelineUrl.province(year, current.id) : timelineUrl.year(year),
      count: list.length,
      passed: list.filter((e) => isPassed(e.due, today)).length,
    }));
}

/**
 * What a province page shows of its deadlines: every point by month while they fit on a page,
 * else a count per year linking to the timeline pages (`provinceTimelineYears`).
 */
export function provinceTimeline(
  site: Site,
  region: Region,
  entries: readonly DeadlineEntry[],
  today: string,
  pageSize = PAGE_SIZE,
): { months: MonthGroup[]; byYear: TimelineCountLink[] | null } {
  return entries.length > pageSize
    ? { months: [], byYear: provinceTimelineYears(site, region, entries, today, pageSize) }
    : { months: groupByMonth(entries), byYear: null };
}

/** One timeline page below the overview. */
export interface TimelinePage {
  /** Route segments after `/moc-thoi-gian/`: ["2024"], ["2024", "bac-ninh"], ["2024", "bac-ninh", "trang-2"]. */
  segments: string[];
  year: number;
  /** The province of a province page; null on a year page. */
  province: Region | null;
  /** Points in everything the page covers (all its numbered pages). */
  total: number;
  /** The points on this page, by month. */
  months: MonthGroup[];
  /** On a year too big for one page: its provinces with counts and links. Otherwise null. */
  provinces: TimelineCountLink[] | null;
  /** On a province page: the other provinces of the same year, for moving between them. Otherwise null. */
  siblings: TimelineCountLink[] | null;
  pager: Pager | null;
}

/**
 * Every page below the timeline overview: one per year (every point of a year with at most
 * `pageSize`; otherwise its provinces with links), and for big years one per province, paged.
 */
export function timelinePages(site: Site, today: string, pageSize = PAGE_SIZE): TimelinePage[] {
  const { byYear, years } = siteTimeline(site);
  const pages: TimelinePage[] = [];
  for (const year of years) {
    const y = byYear.get(year);
    const entries = y?.entries ?? [];
    if (!y || entries.length <= pageSize) {
      pages.push({
        segments: [String(year)],
        year,
        province: null,
        total: entries.length,
        months: groupByMonth(entries),
        provinces: null,
        siblings: null,
        pager: null,
      });
      continue;
    }
    const provinces = [...y.provinces.values()].sort((a, b) => a.province.code.localeCompare(b.province.code) || a.province.id.localeCompare(b.province.id));
    const links = provinces.map((p) => ({
      label: p.province.fullName,
      href: timelineUrl.province(year, p.province.id),
      count: p.entries.length,
      passed: p.entries.filter((e) => isPassed(e.due, today)).length,
    }));
    pages.push({ segments: [String(year)], year, province: null, total: entries.length, months: [], provinces: links, siblings: null, pager: null });
    for (const p of provinces) {
      const chunks = paginate(p.entries, pageSize);
      chunks.forEach((chunk, i) => {
        pages.push({
          segments: [String(year), p.province.id, ...(i === 0 ? [] : [`trang-${i + 1}`])],
          year,
          province: p.province,
          total: p.entries.length,
          months: groupByMonth(chunk),
          provinces: null,
          siblings: links,
          pager: pagerFor(timelineUrl.province(year, p.province.id), i + 1, chunks.length),
        });
      });
    }
  }
  return pages;
}

/** "Chủ trì: Công an tỉnh Bắc Kạn; Sở Y tế tỉnh Bắc Kạn": who leads a point's task, named as its plan names them. */
export function responsibleLine(entry: DeadlineEntry, site: Site): string {
  const names = entry.task.lead.map((id) => {
    const agency = site.agencyById.get(id);
    return agency ? agencyNameInPlan(agency, entry.plan, site) : id;
  });
  return names.length === 0 ? 'Không ghi cơ quan chủ trì' : `Chủ trì: ${names.join('; ')}`;
}

/** The sentence a year page shows when no plan has a deadline in that year. */
export function emptyYearSentence(year: number): string {
  return `Không kế hoạch nào có mốc thời hạn trong năm ${year}.`;
}

/** "Mốc thời hạn năm 2024", "Mốc thời hạn năm 2024 — Tỉnh Bắc Ninh (trang 2)". */
export function timelinePageTitle(page: TimelinePage): string {
  const province = page.province ? ` — ${page.province.fullName}` : '';
  const pageNo = page.pager && page.pager.current > 1 ? ` (trang ${page.pager.current})` : '';
  return `Mốc thời hạn năm ${page.year}${province}${pageNo}`;
}
