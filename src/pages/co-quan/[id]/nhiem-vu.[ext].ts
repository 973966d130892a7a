import type { APIRoute, GetStaticPaths } from 'astro';
import { formatPaths, getRowContext } from '../../_data/data.ts';
import { agencyTaskRows } from '../../../lib/data/rows.ts';
import { agencyTaskTable } from '../../../lib/data/tables.ts';
import { tableResponse } from '../../../lib/data/respond.ts';
import { agencyDutyList } from '../../../lib/site/agencyDuties.ts';
import type { Agency } from '../../../schemas/index.ts';

export const getStaticPaths = (async () => {
  const { site } = await getRowContext();
  return formatPaths([...site.agencyById.values()].map((a) => ({ params: { id: a.id }, props: { agency: a } })));
}) satisfies GetStaticPaths;

/** An agency's tasks everywhere (led and supported), province by province as its pages list them. */
export const GET: APIRoute = async ({ params, props }) => {
  const ctx = await getRowContext();
  const { agency } = props as { agency: Agency };
  return tableResponse(agencyTaskTable, agencyTaskRows(agency, agencyDutyList(agency.id, ctx.site), ctx), params['ext']);
};
