import { tableEndpoint } from '../_data/data.ts';
import { timelineRows } from '../../lib/data/rows.ts';
import { timelineTable } from '../../lib/data/tables.ts';
import { deadlineEntries } from '../../lib/site/deadlines.ts';

/** Every dated point of every plan, as the timeline page lists them. */
export const { getStaticPaths, GET } = tableEndpoint(
  timelineTable,
  ({ site }) => [{ params: {}, item: site.plans }],
  (plans, ctx) => timelineRows(deadlineEntries(plans), ctx),
);
