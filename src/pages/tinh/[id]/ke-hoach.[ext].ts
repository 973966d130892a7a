import { provinceUnitSources, tableEndpoint } from '../../_data/data.ts';
import { planRows } from '../../../lib/data/rows.ts';
import { planTable } from '../../../lib/data/tables.ts';

/** The plans of a provincial unit, as its page lists them (newest first). */
export const { getStaticPaths, GET } = tableEndpoint(planTable, provinceUnitSources, (unit, ctx) => planRows(unit.plans, ctx));
