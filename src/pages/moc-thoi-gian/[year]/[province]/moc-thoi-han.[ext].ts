import type { APIRoute, GetStaticPaths } from 'astro';
import { formatPaths, getRowContext } from '../../../_data/data.ts';
import { timelineRows } from '../../../../lib/data/rows.ts';
import { timelineTable } from '../../../../lib/data/tables.ts';
import { tableResponse } from '../../../../lib/data/respond.ts';
import type { DeadlineEntry } from '../../../../lib/site/deadlines.ts';
import { siteTimeline, timelinePages } from '../../../../lib/site/timelinePages.ts';

// One file per province page of a year too big for one page (the years `timelinePages` splits), for all its numbered pages.
export const getStaticPaths = (async () => {
  const { site, today } = await getRowContext();
  const { byYear } = siteTimeline(site);
  return formatPaths(
    timelinePages(site, today)
      .filter((page) => page.province !== null && page.segments.length === 2)
      .map((page) => ({
        params: { year: String(page.year), province: page.province!.id },
        props: { entries: byYear.get(page.year)!.provinces.get(page.province!.id)!.entries },
      })),
  );
}) satisfies GetStaticPaths;

/** The dated points of one year in one current province, as that province's timeline pages list them. */
export const GET: APIRoute = async ({ params, props }) => {
  const ctx = await getRowContext();
  return tableResponse(timelineTable, timelineRows((props as { entries: DeadlineEntry[] }).entries, ctx), params['ext']);
};
