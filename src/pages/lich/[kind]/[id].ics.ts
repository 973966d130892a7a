import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, SITE_ORIGIN } from '../../_data/site.ts';
import { calendarScopes, type CalendarScope } from '../../../lib/data/calendarScopes.ts';
import { deadlineCalendar } from '../../../lib/data/calendar.ts';

export const getStaticPaths = (async () =>
  calendarScopes(await getSite()).map((scope) => ({ params: { kind: scope.kind, id: scope.id }, props: { scope } }))) satisfies GetStaticPaths;

/** An iCalendar feed of deadlines (all-day events) and recurring reporting duties, for calendar apps. */
export const GET: APIRoute = async ({ props }) => {
  const { scope } = props as { scope: CalendarScope };
  const body = deadlineCalendar(scope.plans, await getSite(), { name: scope.name, origin: SITE_ORIGIN, pageUrl: `${SITE_ORIGIN}${scope.page}` });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
