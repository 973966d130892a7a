import type { APIRoute, GetStaticPaths } from 'astro';
import { formatPaths, getRowContext } from '../../_data/data.ts';
import { metricPointRows } from '../../../lib/data/rows.ts';
import { metricPointTable } from '../../../lib/data/tables.ts';
import { tableResponse } from '../../../lib/data/respond.ts';
import { siteMetricPoints } from '../../../lib/site/metrics.ts';
import type { Metric } from '../../../schemas/index.ts';
export const getStaticPaths = (async () => {
  const { site } = await getRowContext();
  return formatPaths([...site.metricById.values()].map((m) => ({ params: { id: m.id }, props: { metric: m } })));
}) satisfies GetStaticPaths;

/** A metric's figures across plans: one row per row of the metric page's table. */
export const GET: APIRoute = async ({ params, props }) => {
  const ctx = await getRowContext();
  const { metric } = props as { metric: Metric };
  return tableResponse(metricPointTable, metricPointRows(metric, siteMetricPoints(ctx.site).get(metric.id) ?? [], ctx), params['ext']);
};
