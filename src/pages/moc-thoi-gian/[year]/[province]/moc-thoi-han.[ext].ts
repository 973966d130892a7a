import { tableEndpoint } from '../../../_data/data.ts';
import { timelineRows } from '../../../../lib/data/rows.ts';
import { timelineTable } from '../../../../lib/data/tables.ts';
import { siteTimeline, timelinePages } from '../../../../lib/site/timelinePages.ts';

// One file per province page of a year too big for one page (the years `timelinePages` splits), for all its numbered pages.
/** The dated points of one year in one current province, as that province's timeline pages list them. */
export const { getStaticPaths, GET } = tableEndpoint(
  timelineTable,
  ({ site, today }) => {
    const { byYear } = siteTimeline(site);
    return timelinePages(site, today)
      .filter((page) => page.province !== null && page.segments.length === 2)
      .map((page) => ({
        params: { year: String(page.year), province: page.province!.id },
        item: byYear.get(page.year)!.provinces.get(page.province!.id)!.entries,
      }));
  },
  (entries, ctx) => timelineRows(entries, ctx),
);
