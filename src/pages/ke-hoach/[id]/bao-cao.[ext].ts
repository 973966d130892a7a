import { planSources, tableEndpoint } from '../../_data/data.ts';
import { dutyRows } from '../../../lib/data/rows.ts';
import { dutyTable } from '../../../lib/data/tables.ts';

/** The plan's reporting duties: one row per duty of the page's table. */
export const { getStaticPaths, GET } = tableEndpoint(dutyTable, planSources, (plan, ctx) => dutyRows([plan], ctx));
