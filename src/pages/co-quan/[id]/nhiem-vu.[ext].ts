import type { APIRoute, GetStaticPaths } from 'astro';
import { formatPaths, getRowContext } from '../../_data/data.ts';
import { agencyTaskRows } from '../../../lib/data/rows.ts';
import { agencyTaskTable } from '../../../lib/data/tables.ts';
import { tableResponse } from '../../../lib/data/respond.ts';
import { agencyWork } from '../../../lib/site/agencies.ts';
import type { Agency } from '../../../schemas/index.ts';
export const getStaticPaths = (async () => {
  const { site } = await getRowContext();
  return formatPaths([...site.agencyById.values()].map((a) => ({ params: { id: a.id }, props: { agency: a } })));
}) satisfies GetStaticPaths;

/** An agency's tasks: the led ones, then the supported ones, as its page lists them. */
export const GET: APIRoute = async ({ params, props }) => {
  const ctx = await getRowContext();
  return tableResponse(agencyTaskTable, agencyTaskRows((props as { agency: Agency }).agency, agencyWork((props as { agency: Agency }).agency.id, ctx.site), ctx), params['ext']);
};
