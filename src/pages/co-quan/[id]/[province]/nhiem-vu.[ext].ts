import { tableEndpoint } from '../../../_data/data.ts';
import { agencyTaskRows } from '../../../../lib/data/rows.ts';
import { agencyTaskTable } from '../../../../lib/data/tables.ts';
import { agencyDuties, provinceDutyList } from '../../../../lib/site/agencyDuties.ts';

// Files beside the agency's province pages (`[...part].astro`): `/co-quan/<agency>/<province>/nhiem-vu.csv`
// never collides with a page, whose paths end in a province, a year or "trang-N".
/** An agency's tasks in one current province, as its province pages list them (newest plan year first). */
export const { getStaticPaths, GET } = tableEndpoint(
  agencyTaskTable,
  ({ site }) =>
    [...site.agencyById.values()].flatMap((agency) =>
      [...agencyDuties(agency.id, site).provinces.values()]
        .filter((p) => p.counts.lead + p.counts.support > 0)
        .map((p) => ({ params: { id: agency.id, province: p.province.id }, item: { agency, duties: provinceDutyList(p) } })),
    ),
  ({ agency, duties }, ctx) => agencyTaskRows(agency, duties, ctx),
);
