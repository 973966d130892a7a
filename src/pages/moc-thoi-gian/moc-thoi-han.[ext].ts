import type { APIRoute, GetStaticPaths } from 'astro';
import { getRowContext } from '../_data/data.ts';
import { timelineRows } from '../../lib/data/rows.ts';
import { timelineTable } from '../../lib/data/tables.ts';
import { tableResponse } from '../../lib/data/respond.ts';
import { deadlineEntries } from '../../lib/site/deadlines.ts';

export const getStaticPaths = (() => [{ params: { ext: 'csv' } }, { params: { ext: 'json' } }]) satisfies GetStaticPaths;

/** Every dated point of every plan, as the timeline page lists them. */
export const GET: APIRoute = async ({ params }) => {
  const ctx = await getRowContext();
  return tableResponse(timelineTable, timelineRows(deadlineEntries(ctx.site.plans), ctx), params['ext']);
};
