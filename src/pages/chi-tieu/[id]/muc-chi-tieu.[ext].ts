import { tableEndpoint } from '../../_data/data.ts';
import { metricPointRows } from '../../../lib/data/rows.ts';
import { metricPointTable } from '../../../lib/data/tables.ts';
import { siteMetricPoints } from '../../../lib/site/metrics.ts';

/** A metric's figures across plans: one row per row of the metric page's table. */
export const { getStaticPaths, GET } = tableEndpoint(
  metricPointTable,
  ({ site }) => [...site.metricById.values()].map((metric) => ({ params: { id: metric.id }, item: metric })),
  (metric, ctx) => metricPointRows(metric, siteMetricPoints(ctx.site).get(metric.id) ?? [], ctx),
);
