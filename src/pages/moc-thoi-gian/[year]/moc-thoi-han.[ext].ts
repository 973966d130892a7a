import type { APIRoute, GetStaticPaths } from 'astro';
import { formatPaths, getRowContext } from '../../_data/data.ts';
import { timelineRows } from '../../../lib/data/rows.ts';
import { timelineTable } from '../../../lib/data/tables.ts';
import { tableResponse } from '../../../lib/data/respond.ts';
import type { DeadlineEntry } from '../../../lib/site/deadlines.ts';
import { siteTimeline } from '../../../lib/site/timelinePages.ts';

// `/moc-thoi-gian/<year>/moc-thoi-han.csv` sits beside the year page of `[...part].astro` and never collides with one.
export const getStaticPaths = (async () => {
  const { site } = await getRowContext();
  return formatPaths([...siteTimeline(site).byYear.values()].map((y) => ({ params: { year: String(y.year) }, props: { entries: y.entries } })));
}) satisfies GetStaticPaths;

/** Every dated point of one year, as its timeline page (or its province pages) list them. */
export const GET: APIRoute = async ({ params, props }) => {
  const ctx = await getRowContext();
  return tableResponse(timelineTable, timelineRows((props as { entries: DeadlineEntry[] }).entries, ctx), params['ext']);
};
