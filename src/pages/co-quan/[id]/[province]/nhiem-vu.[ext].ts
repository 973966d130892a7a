import type { APIRoute, GetStaticPaths } from 'astro';
import { formatPaths, getRowContext } from '../../../_data/data.ts';
import { agencyTaskRows } from '../../../../lib/data/rows.ts';
import { agencyTaskTable } from '../../../../lib/data/tables.ts';
import { tableResponse } from '../../../../lib/data/respond.ts';
import { agencyDuties, provinceDutyList } from '../../../../lib/site/agencyDuties.ts';
import type { AgencyDuty } from '../../../../lib/site/agencyDuties.ts';
import type { Agency } from '../../../../schemas/index.ts';

// Files beside the agency's province pages (`[...part].astro`): `/co-quan/<agency>/<province>/nhiem-vu.csv`
// never collides with a page, whose paths end in a province, a year or "trang-N".
export const getStaticPaths = (async () => {
  const { site } = await getRowContext();
  return formatPaths(
    [...site.agencyById.values()].flatMap((agency) =>
      [...agencyDuties(agency.id, site).provinces.values()]
        .filter((p) => p.counts.lead + p.counts.support > 0)
        .map((p) => ({ params: { id: agency.id, province: p.province.id }, props: { agency, duties: provinceDutyList(p) } })),
    ),
  );
}) satisfies GetStaticPaths;

/** An agency's tasks in one current province, as its province pages list them (newest plan year first). */
export const GET: APIRoute = async ({ params, props }) => {
  const ctx = await getRowContext();
  const { agency, duties } = props as { agency: Agency; duties: AgencyDuty[] };
  return tableResponse(agencyTaskTable, agencyTaskRows(agency, duties, ctx), params['ext']);
};
