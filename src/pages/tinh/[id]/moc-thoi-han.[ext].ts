import type { APIRoute, GetStaticPaths } from 'astro';
import { formatPaths, getRowContext } from '../../_data/data.ts';
import { timelineRows } from '../../../lib/data/rows.ts';
import { timelineTable } from '../../../lib/data/tables.ts';
import { tableResponse } from '../../../lib/data/respond.ts';
import { deadlineEntries } from '../../../lib/site/deadlines.ts';
import { provincialUnitSummaries, type ProvincialUnitSummary } from '../../../lib/site/regions.ts';
import type { Site } from '../../../lib/site/types.ts';

const provinceUnits = (site: Site) => {
  const { current, former } = provincialUnitSummaries(site);
  return [...current, ...former].map((unit) => ({ params: { id: unit.region.id }, props: { unit } }));
};
export const getStaticPaths = (async () => {
  const { site } = await getRowContext();
  return formatPaths(provinceUnits(site));
}) satisfies GetStaticPaths;

/** The dated points of a provincial unit's plans, as its timeline lists them. */
export const GET: APIRoute = async ({ params, props }) => {
  const ctx = await getRowContext();
  return tableResponse(timelineTable, timelineRows(deadlineEntries((props as { unit: ProvincialUnitSummary }).unit.plans), ctx), params['ext']);
};
