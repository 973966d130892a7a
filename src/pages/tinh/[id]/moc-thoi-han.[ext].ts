import { provinceUnitSources, tableEndpoint } from '../../_data/data.ts';
import { timelineRows } from '../../../lib/data/rows.ts';
import { timelineTable } from '../../../lib/data/tables.ts';
import { deadlineEntries } from '../../../lib/site/deadlines.ts';

/** The dated points of a provincial unit's plans, as its timeline lists them. */
export const { getStaticPaths, GET } = tableEndpoint(timelineTable, provinceUnitSources, (unit, ctx) => timelineRows(deadlineEntries(unit.plans), ctx));
