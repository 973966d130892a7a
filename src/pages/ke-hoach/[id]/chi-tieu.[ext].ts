import { planSources, tableEndpoint } from '../../_data/data.ts';
import { targetRows } from '../../../lib/data/rows.ts';
import { targetTable } from '../../../lib/data/tables.ts';

/** The plan's targets: one row per target listed on the page. */
export const { getStaticPaths, GET } = tableEndpoint(targetTable, planSources, (plan, ctx) => targetRows([plan], ctx));
