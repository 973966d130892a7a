import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { deadlineCalendar, dutyFirstDate, occurrences } from '../../../src/lib/data/calendar.ts';
import { calendarScopes } from '../../../src/lib/data/calendarScopes.ts';
import { ICalEventRepeatingFreq } from 'ical-generator';
import { taskDeadlineEntries } from '../../../src/lib/site/deadlines.ts';
import { bacKan, site } from './seedSite.ts';

const spec = { name: 'Thời hạn – Bắc Kạn', origin: 'https://x.vn', pageUrl: 'https://x.vn/ke-hoach/tinh-bac-kan-2022/' };

function events(ics: string) {
  const vcalendar = ICAL.Component.fromString(ics);
  return vcalendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

describe('iCalendar feeds', () => {
  const ics = deadlineCalendar([bacKan], site, spec);
  const all = events(ics);
  const dated = all.filter((e) => !e.isRecurring());

  it('parses back with ical.js: one all-day event per dated point, on the due date', () => {
    const points = bacKan.tasks.flatMap((t) => taskDeadlineEntries(bacKan, t));
    expect(dated).toHaveLength(points.length);
    const first = dated[0]!;
    expect(first.startDate.isDate).toBe(true);
    expect(first.startDate.toString()).toBe(points[0]!.due);
  });

  it('carries the raw deadline text and a link back to the task', () => {
    const task = bacKan.tasks[0]!;
    const e = dated.find((x) => x.uid.startsWith(`${bacKan.id}.${task.id}.`))!;
    expect(e.description).toContain(`Thời hạn (nguyên văn): ${task.deadline.raw}`);
    expect(e.component.getFirstPropertyValue('url')).toBe(`https://x.vn/ke-hoach/${bacKan.id}/#${task.id}`);
    expect(e.summary).toContain(task.section);
  });

  it('makes recurring reporting duties recurring events with an RRULE', () => {
    const recurring = all.filter((e) => e.isRecurring());
    const periodic = bacKan.meta.reporting.filter((d) => d.frequency && ['monthly', 'quarterly', 'half-yearly', 'yearly'].includes(d.frequency));
    expect(recurring).toHaveLength(periodic.length);
    expect(recurring.length).toBeGreaterThan(0);
    const rule = recurring[0]!.component.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rule.freq).toBe('MONTHLY');
    const it = recurring[0]!.iterator();
    const dates = [it.next(), it.next()].map((d) => d.toString());
    expect(dates[0]!.slice(8)).toBe(dates[1]!.slice(8));
  });

  it('reads the day a duty names and counts its occurrences to the end of the period', () => {
    const duty = { text: 'Báo cáo', from: [], to: [], frequency: 'monthly' as const, when: 'trước ngày 15 hằng tháng' };
    expect(dutyFirstDate(duty, bacKan)).toMatch(/-15$/);
    expect(occurrences('2022-04-15', 2025, { freq: ICalEventRepeatingFreq.MONTHLY })).toBe(45);
    expect(occurrences('2022-04-15', 2025, { freq: ICalEventRepeatingFreq.MONTHLY, interval: 3 })).toBe(15);
    expect(occurrences('2022-04-15', 2025, { freq: ICalEventRepeatingFreq.YEARLY })).toBe(4);
  });

  it('has a feed per plan, provincial unit, unit with plans (the commune included) and agency', () => {
    const scopes = calendarScopes(site);
    const key = (k: string, id: string) => scopes.some((s) => s.kind === k && s.id === id);
    expect(key('ke-hoach', 'xa-luc-binh-2022')).toBe(true);
    expect(key('tinh', 'thai-nguyen')).toBe(true);
    expect(key('don-vi', 'xa-luc-binh-01990')).toBe(true);
    expect(key('co-quan', 'cong-an')).toBe(true);
    const agency = scopes.find((s) => s.kind === 'co-quan' && s.id === 'cong-an')!;
    for (const plan of agency.plans) for (const t of plan.tasks) expect([...t.lead, ...t.support]).toContain('cong-an');
  });
});
