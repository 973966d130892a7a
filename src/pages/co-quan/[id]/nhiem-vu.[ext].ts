import { tableEndpoint } from '../../_data/data.ts';
import { agencyTaskRows } from '../../../lib/data/rows.ts';
import { agencyTaskTable } from '../../../lib/data/tables.ts';
import { agencyDutyList } from '../../../lib/site/agencyDuties.ts';

/** An agency's tasks everywhere (led and supported), province by province as its pages list them. */
export const { getStaticPaths, GET } = tableEndpoint(
  agencyTaskTable,
  ({ site }) => [...site.agencyById.values()].map((agency) => ({ params: { id: agency.id }, item: agency })),
  (agency, ctx) => agencyTaskRows(agency, agencyDutyList(agency.id, ctx.site), ctx),
);
