import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, SITE_ORIGIN } from '../_data/site.ts';
import { planJson } from '../../lib/data/planJson.ts';

export const getStaticPaths = (async () => (await getSite()).plans.map((p) => ({ params: { id: p.id } }))) satisfies GetStaticPaths;

/** The whole plan as JSON: facts, task headings, tasks and targets, as in content/. */
export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const plan = site.planById.get(params['id'] ?? '')!;
  return new Response(planJson(plan, SITE_ORIGIN), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
