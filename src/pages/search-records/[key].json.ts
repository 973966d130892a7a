/**
 * The search records of one plan, or of one province's communes (file named by its place in the
 * site's order, then its id), built from the same collections as the pages (`getSite()`), for the
 * build integration to index with Pagefind (src/build/integration.ts). These files are build
 * intermediates: the integration reads them after the pages are written and deletes the folder, so
 * they are never published.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../_data/site.ts';
import { planRecords, type PlanRecords } from '../../lib/search/buildRecords.ts';
import { encodeRecordFile, recordFileKey } from '../../lib/search/recordFile.ts';
import { unitRecords } from '../../lib/search/unitRecords.ts';
import type { Site } from '../../lib/site/types.ts';

// The unit groups are computed once per build and shared by every file of them.
let unitGroups: PlanRecords[] | undefined;
const unitGroupsOf = (site: Site): PlanRecords[] => (unitGroups ??= unitRecords(site));

type Props = { order: number; planId: string } | { order: number; unitGroup: number };

export const getStaticPaths = (async () => {
  const site = await getSite();
  // Unit lists come first in the site's order: a search read in that order (`queryPlan.ts`) meets
  // a commune's name before the plans that mention its words.
  const units = unitGroupsOf(site).map((group, i) => ({ params: { key: recordFileKey(i, group.plan.id) }, props: { order: i, unitGroup: i } satisfies Props }));
  const plans = site.plans.map((plan, i) => {
    const order = units.length + i;
    return { params: { key: recordFileKey(order, plan.id) }, props: { order, planId: plan.id } satisfies Props };
  });
  return [...units, ...plans];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const site = await getSite();
  const p = props as Props;
  const records = 'planId' in p ? planRecords(site.planById.get(p.planId)!, site) : unitGroupsOf(site)[p.unitGroup]!;
  return new Response(encodeRecordFile(p.order, records), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
