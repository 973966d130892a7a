import type { APIRoute, GetStaticPaths } from 'astro';
import { formatPaths, getRowContext } from '../../_data/data.ts';
import { dutyRows } from '../../../lib/data/rows.ts';
import { dutyTable } from '../../../lib/data/tables.ts';
import { tableResponse } from '../../../lib/data/respond.ts';
export const getStaticPaths = (async () => {
  const { site } = await getRowContext();
  return formatPaths(site.plans.map((p) => ({ params: { id: p.id } })));
}) satisfies GetStaticPaths;

/** The plan's reporting duties: one row per duty of the page's table. */
export const GET: APIRoute = async ({ params }) => {
  const ctx = await getRowContext();
  return tableResponse(dutyTable, dutyRows([ctx.site.planById.get(params['id'] ?? '')!], ctx), params['ext']);
};
