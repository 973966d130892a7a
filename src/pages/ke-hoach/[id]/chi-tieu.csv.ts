import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, SITE_ORIGIN } from '../../_data/site.ts';
import { targetCsv } from '../../../lib/site/csv.ts';

export const getStaticPaths = (async () => (await getSite()).plans.map((p) => ({ params: { id: p.id } }))) satisfies GetStaticPaths;

/** The plan's targets as CSV, one row per figure (UTF-8 with BOM). */
export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const plan = site.planById.get(params['id'] ?? '')!;
  return new Response(targetCsv(plan, site, SITE_ORIGIN), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
