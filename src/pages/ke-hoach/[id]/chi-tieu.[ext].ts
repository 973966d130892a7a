import type { APIRoute, GetStaticPaths } from 'astro';
import { formatPaths, getRowContext } from '../../_data/data.ts';
import { targetRows } from '../../../lib/data/rows.ts';
import { targetTable } from '../../../lib/data/tables.ts';
import { tableResponse } from '../../../lib/data/respond.ts';
export const getStaticPaths = (async () => {
  const { site } = await getRowContext();
  return formatPaths(site.plans.map((p) => ({ params: { id: p.id } })));
}) satisfies GetStaticPaths;

/** The plan's targets: one row per target listed on the page. */
export const GET: APIRoute = async ({ params }) => {
  const ctx = await getRowContext();
  return tableResponse(targetTable, targetRows([ctx.site.planById.get(params['id'] ?? '')!], ctx), params['ext']);
};
