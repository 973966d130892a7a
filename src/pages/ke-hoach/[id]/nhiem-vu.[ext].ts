import type { APIRoute, GetStaticPaths } from 'astro';
import { formatPaths, getRowContext } from '../../_data/data.ts';
import { taskRows } from '../../../lib/data/rows.ts';
import { taskTable } from '../../../lib/data/tables.ts';
import { tableResponse } from '../../../lib/data/respond.ts';
export const getStaticPaths = (async () => {
  const { site } = await getRowContext();
  return formatPaths(site.plans.map((p) => ({ params: { id: p.id } })));
}) satisfies GetStaticPaths;

/** The plan's tasks as CSV (UTF-8 with BOM) or JSON: one row per task of the page's task table. */
export const GET: APIRoute = async ({ params }) => {
  const ctx = await getRowContext();
  return tableResponse(taskTable, taskRows([ctx.site.planById.get(params['id'] ?? '')!], ctx), params['ext']);
};
