import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, SITE_ORIGIN } from '../../_data/site.ts';
import { taskCsv } from '../../../lib/site/csv.ts';

export const getStaticPaths = (async () => (await getSite()).plans.map((p) => ({ params: { id: p.id } }))) satisfies GetStaticPaths;

/** The plan's tasks as CSV (UTF-8 with BOM, so Excel reads Vietnamese correctly). */
export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const plan = site.planById.get(params['id'] ?? '')!;
  return new Response(taskCsv(plan, site, SITE_ORIGIN), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
