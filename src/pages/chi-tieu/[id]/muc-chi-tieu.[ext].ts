import type { APIRoute, GetStaticPaths } from 'astro';
import { formatPaths, getRowContext } from '../../_data/data.ts';
import { metricPointRows } from '../../../lib/data/rows.ts';
import { metricPointTable } from '../../../lib/data/tables.ts';
import { tableResponse } from '../../../lib/data/respond.ts';
import { metricPoints } from '../../../lib/site/metrics.ts';
import type { Metric } from '../../../schemas/index.ts';
export const getStaticPaths = (async () => {
  const { site } = await getRowContext();
  return formatPaths([...site.metricById.values()].map((m) => ({ params: { id: m.id }, props: { metric: m } })));
}) satisfies GetStaticPaths;

/** A metric's figures across plans: one row per row of the metric page's table. */
export const GET: APIRoute = async ({ params, props }) => {
  const ctx = await getRowContext();
  return tableResponse(metricPointTable, metricPointRows((props as { metric: Metric }).metric, metricPoints((props as { metric: Metric }).metric.id, ctx.site.plans, ctx.site), ctx), params['ext']);
};
