/**
 * The search records of one plan (file named by its place in the site's order, then its id), built from the same collections as the pages (`getSite()`), for
 * the build integration to index with Pagefind (src/build/integration.ts). These files are build
 * intermediates: the integration reads them after the pages are written and deletes the folder, so
 * they are never published.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../_data/site.ts';
import { planRecords } from '../../lib/search/buildRecords.ts';
import { encodeRecordFile, recordFileKey } from '../../lib/search/recordFile.ts';

export const getStaticPaths = (async () =>
  (await getSite()).plans.map((plan, order) => ({ params: { key: recordFileKey(order, plan.id) }, props: { order, id: plan.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const site = await getSite();
  const { order, id } = props as { order: number; id: string };
  return new Response(encodeRecordFile(order, planRecords(site.planById.get(id)!, site)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
