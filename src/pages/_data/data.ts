/** What the download endpoints and the pages' download links share: the row context of this build. */
import { BUILD_DATE, getSite, SITE_ORIGIN } from './site.ts';
import type { RowContext } from '../../lib/data/rows.ts';
import { DATA_FORMATS } from '../../lib/data/paths.ts';

/** The site, the build date and the origin, as every row builder takes them. */
export async function getRowContext(): Promise<RowContext> {
  return { site: await getSite(), today: BUILD_DATE, origin: SITE_ORIGIN };
}

/** Static paths for a table endpoint named `<name>.[ext].ts`: one per format and per id. */
export function formatPaths<P extends Record<string, unknown>>(items: readonly { params: Record<string, string>; props?: P }[]) {
  return items.flatMap((item) => DATA_FORMATS.map((ext) => ({ params: { ...item.params, ext }, props: item.props ?? ({} as P) })));
}
