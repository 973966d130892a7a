/**
 * The search records of one plan, built from the same collections as the pages (`getSite()`), for
 * the build integration to index with Pagefind (src/build/integration.ts). These files are build
 * intermediates: the integration reads them after the pages are written and deletes the folder, so
 * they are never published.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../_data/site.ts';
import { planRecords } from '../../lib/search/buildRecords.ts';
import { encodeRecordFile } from '../../lib/search/recordFile.ts';

export const getStaticPaths = (async () =>
  (await getSite()).plans.map((plan, order) => ({ params: { id: plan.id }, props: { order } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const site = await getSite();
  const plan = site.planById.get(params['id'] ?? '')!;
  return new Response(encodeRecordFile((props as { order: number }).order, planRecords(plan, site)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
