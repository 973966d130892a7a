import { planSources, tableEndpoint } from '../../_data/data.ts';
import { taskRows } from '../../../lib/data/rows.ts';
import { taskTable } from '../../../lib/data/tables.ts';

/** The plan's tasks as CSV (UTF-8 with BOM) or JSON: one row per task of the page's task table. */
export const { getStaticPaths, GET } = tableEndpoint(taskTable, planSources, (plan, ctx) => taskRows([plan], ctx));
