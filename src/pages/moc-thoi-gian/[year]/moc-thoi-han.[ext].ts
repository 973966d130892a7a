import { tableEndpoint } from '../../_data/data.ts';
import { timelineRows } from '../../../lib/data/rows.ts';
import { timelineTable } from '../../../lib/data/tables.ts';
import { siteTimeline } from '../../../lib/site/timelinePages.ts';

// `/moc-thoi-gian/<year>/moc-thoi-han.csv` sits beside the year page of `[...part].astro` and never collides with one.
/** Every dated point of one year, as its timeline page (or its province pages) list them. */
export const { getStaticPaths, GET } = tableEndpoint(
  timelineTable,
  ({ site }) => [...siteTimeline(site).byYear.values()].map((y) => ({ params: { year: String(y.year) }, item: y.entries })),
  (entries, ctx) => timelineRows(entries, ctx),
);
