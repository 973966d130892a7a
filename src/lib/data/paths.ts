/**
 * Where each download lives, without its extension (".csv" or ".json" is added): one place, so
 * pages, endpoints, calendars and tests agree.
 */
export const dataPath = {
  planTasks: (planId: string) => `/ke-hoach/${planId}/nhiem-vu`,
  planTargets: (planId: string) => `/ke-hoach/${planId}/chi-tieu`,
  planDuties: (planId: string) => `/ke-hoach/${planId}/bao-cao`,
  provincePlans: (unitId: string) => `/tinh/${unitId}/ke-hoach`,
  provinceTimeline: (unitId: string) => `/tinh/${unitId}/moc-thoi-han`,
  agencyTasks: (agencyId: string) => `/co-quan/${agencyId}/nhiem-vu`,
  agencyProvinceTasks: (agencyId: string, provinceId: string) => `/co-quan/${agencyId}/${provinceId}/nhiem-vu`,
  timeline: () => `/moc-thoi-gian/moc-thoi-han`,
  timelineYear: (year: number) => `/moc-thoi-gian/${year}/moc-thoi-han`,
  timelineYearProvince: (year: number, provinceId: string) => `/moc-thoi-gian/${year}/${provinceId}/moc-thoi-han`,
  metricPoints: (metricId: string) => `/chi-tieu/${metricId}/muc-chi-tieu`,
  bundle: '/du-lieu/ke-hoach-de-an-06.zip',
  schema: (name: string) => `/schema/${name}.json`,
  calendar: (kind: CalendarKind, id: string) => `/lich/${kind}/${id}.ics`,
  feed: '/co-gi-moi/atom.xml',
} as const;

/** What a calendar feed covers: a plan, a provincial unit, any administrative unit, or an agency. */
export type CalendarKind = 'ke-hoach' | 'tinh' | 'don-vi' | 'co-quan';

/** The two formats every table is published in. */
export const DATA_FORMATS = ['csv', 'json'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];
