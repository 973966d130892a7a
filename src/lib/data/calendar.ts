import ical, { ICalCalendarMethod, ICalEventRepeatingFreq, type ICalRepeatingOptions } from 'ical-generator';
import type { ReportingDuty } from '../../schemas/index.ts';
import { mentionsIn } from '../site/agencies.ts';
import { taskDeadlineEntries } from '../site/deadlines.ts';
import { REPORTING_FREQUENCY_LABEL, planShortName } from '../site/plans.ts';
import { excerpt, taskLabel } from '../site/taskTable.ts';
import type { Site, SitePlan } from '../site/types.ts';

/** What a calendar feed is about and where its events link back to. */
export interface CalendarSpec {
  /** The calendar's name as a calendar app lists it: "Thời hạn – Kế hoạch 208/KH-UBND tỉnh Bắc Kạn". */
  name: string;
  /** The site's origin, e.g. "https://kehoach06.vn", for links and event ids. */
  origin: string;
  /** The page the calendar belongs to. */
  pageUrl: string;
}

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

const FREQUENCY: Partial<Record<NonNullable<ReportingDuty['frequency']>, Pick<ICalRepeatingOptions, 'freq' | 'interval'>>> = {
  monthly: { freq: ICalEventRepeatingFreq.MONTHLY },
  quarterly: { freq: ICalEventRepeatingFreq.MONTHLY, interval: 3 },
  'half-yearly': { freq: ICalEventRepeatingFreq.MONTHLY, interval: 6 },
  yearly: { freq: ICalEventRepeatingFreq.YEARLY },
};

/**
 * The first date a recurring duty falls on: the day its words name ("trước ngày 15 hằng tháng" → 15,
 * else the last day of the month for "cuối tháng", else the 1st), in the plan's first month.
 */
export function dutyFirstDate(duty: ReportingDuty, plan: SitePlan): string {
  const start = plan.meta.issuedOn ? plan.meta.issuedOn.slice(0, 7) : `${plan.meta.period.from}-01`;
  const named = /ngày\s+(\d{1,2})/u.exec(duty.when ?? duty.text)?.[1];
  const [y, m] = start.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const d = named ? Math.min(Number(named), 28) : /cuối/u.test(duty.when ?? '') ? lastDay : 1;
  return `${start}-${String(d).padStart(2, '0')}`;
}

/** How many times a duty recurs from `first` to the end of `lastYear` (at least once). */
export function occurrences(first: string, lastYear: number, repeat: Pick<ICalRepeatingOptions, 'freq' | 'interval'>): number {
  const [y, m] = first.split('-').map(Number) as [number, number];
  const months = (Math.max(lastYear, y) - y) * 12 + (12 - m) + 1;
  const step = repeat.freq === ICalEventRepeatingFreq.YEARLY ? 12 : (repeat.interval ?? 1);
  return Math.max(1, Math.ceil(months / step));
}

/**
 * An iCalendar file of the plans' deadlines: an all-day event on each due date (each stage of a
 * staged deadline its own event), carrying the document's words and a link back; recurring
 * reporting duties become recurring events (RRULE) until the end of the plan's period. Linear in
 * the number of tasks and duties.
 */
export function deadlineCalendar(plans: readonly SitePlan[], site: Site, spec: CalendarSpec): string {
  const host = new URL(spec.origin || 'https://localhost').host;
  const calendar = ical({
    name: spec.name,
    description: `Thời hạn trong các kế hoạch triển khai Đề án 06. Nguồn: ${spec.pageUrl}`,
    prodId: { company: host, product: 'ke-hoach-de-an-06', language: 'VI' },
    method: ICalCalendarMethod.PUBLISH,
    url: spec.pageUrl,
    ttl: 24 * 3600,
  });
  for (const plan of plans) {
    const planName = planShortName(plan);
    for (const task of plan.tasks) {
      const link = `${spec.origin}/ke-hoach/${plan.id}/#${task.id}`;
      const lead = mentionsIn(plan, task.lead, site)
        .map((m) => m.name)
        .join('; ');
      for (const entry of taskDeadlineEntries(plan, task)) {
        calendar.createEvent({
          id: `${plan.id}.${task.id}.${entry.due}@${host}`,
          start: day(entry.due),
          allDay: true,
          summary: `${taskLabel(task)} – ${excerpt(task.text, 90)}`,
          description: [
            `Thời hạn (nguyên văn): ${task.deadline.raw}`,
            entry.stageLevel ? `Mốc: ${entry.label}` : '',
            lead ? `Chủ trì: ${lead}` : '',
            `Kế hoạch: ${planName} – ${plan.meta.issuer}`,
            link,
          ]
            .filter(Boolean)
            .join('\n'),
          url: link,
        });
      }
    }
    plan.meta.reporting.forEach((duty, i) => {
      const repeat = duty.frequency ? FREQUENCY[duty.frequency] : undefined;
      if (!repeat) return;
      const link = `${spec.origin}/ke-hoach/${plan.id}/#bao-cao`;
      const first = dutyFirstDate(duty, plan);
      calendar.createEvent({
        id: `${plan.id}.bao-cao-${i + 1}@${host}`,
        start: day(first),
        allDay: true,
        // COUNT rather than UNTIL: with an all-day DTSTART, UNTIL must be a DATE, which the library writes as a date-time.
        repeating: { ...repeat, count: occurrences(first, plan.meta.period.to, repeat) },
        summary: `Báo cáo ${REPORTING_FREQUENCY_LABEL[duty.frequency!].toLowerCase()} – ${planName}`,
        description: [`Nghĩa vụ báo cáo (nguyên văn): ${duty.text}`, duty.when ? `Thời điểm: ${duty.when}` : '', link].filter(Boolean).join('\n'),
        url: link,
      });
    });
  }
  return calendar.toString();
}
