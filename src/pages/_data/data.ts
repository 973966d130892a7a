/** What the download endpoints and the pages' download links share: the row context of this build. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { BUILD_DATE, getSite, SITE_ORIGIN } from './site.ts';
import type { RowContext } from '../../lib/data/rows.ts';
import { DATA_FORMATS } from '../../lib/data/paths.ts';
import { tableResponse } from '../../lib/data/respond.ts';
import type { Cell, DataTable } from '../../lib/data/table.ts';
import { provincialUnitSummaries, type ProvincialUnitSummary } from '../../lib/site/regions.ts';
import type { SitePlan } from '../../lib/site/types.ts';

/** The site, the build date and the origin, as every row builder takes them. */
export async function getRowContext(): Promise<RowContext> {
  return { site: await getSite(), today: BUILD_DATE, origin: SITE_ORIGIN };
}

/** One table file of an endpoint, before its format: the route's params and what its rows are built from. */
export interface TableSource<Item> {
  params: Record<string, string>;
  item: Item;
}

/**
 * Both exports of a table endpoint `<name>.[ext].ts`: a CSV and a JSON file for each source that
 * `sources` lists, their rows built by `rows` from the source's item.
 */
export function tableEndpoint<Item>(
  table: DataTable,
  sources: (ctx: RowContext) => readonly TableSource<Item>[],
  rows: (item: Item, ctx: RowContext) => readonly Record<string, Cell>[],
): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  return {
    getStaticPaths: async () =>
      sources(await getRowContext()).flatMap(({ params, item }) => DATA_FORMATS.map((ext) => ({ params: { ...params, ext }, props: { item } }))),
    GET: async ({ params, props }) => tableResponse(table, rows((props as { item: Item }).item, await getRowContext()), params['ext']),
  };
}

/** One table file per plan, at `/ke-hoach/<plan>/…`. */
export function planSources({ site }: RowContext): TableSource<SitePlan>[] {
  return site.plans.map((plan) => ({ params: { id: plan.id }, item: plan }));
}

/** One table file per provincial unit, current and former, at `/tinh/<unit>/…`. */
export function provinceUnitSources({ site }: RowContext): TableSource<ProvincialUnitSummary>[] {
  const { current, former } = provincialUnitSummaries(site);
  return [...current, ...former].map((unit) => ({ params: { id: unit.region.id }, item: unit }));
}
