/**
 * The one place pages read content: collections → typed `Site` with lookups, built once per build
 * and shared by every page (module state lives for the whole build). Everything computed from it
 * lives in `src/lib/site/` as pure functions.
 */
import { getCollection } from 'astro:content';
import { buildSite } from '../../lib/site/site.ts';
import { todayInVietnam } from '../../lib/site/deadlines.ts';
import type { Site } from '../../lib/site/types.ts';

let cached: Promise<Site> | undefined;

/** The site's content, loaded on first use. */
export function getSite(): Promise<Site> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Site> {
  const [plans, tasks, targets, regions, agencies, metrics, programmes] = await Promise.all([
    getCollection('plans'),
    getCollection('tasks'),
    getCollection('targets'),
    getCollection('regions'),
    getCollection('agencies'),
    getCollection('metrics'),
    getCollection('programmes'),
  ]);
  const figures = await getCollection('figures');
  const tasksById = new Map(tasks.map((t) => [t.id, t.data]));
  const targetsById = new Map(targets.map((t) => [t.id, t.data]));
  return buildSite({
    plans: plans.map((p) => ({
      id: p.id,
      meta: p.data,
      sections: tasksById.get(p.id)?.sections ?? [],
      tasks: tasksById.get(p.id)?.tasks ?? [],
      targets: targetsById.get(p.id)?.targets ?? [],
    })),
    regions: regions.map((r) => r.data),
    agencies: agencies.map((a) => ({ ...a.data, id: a.id })),
    metrics: metrics.map((m) => ({ ...m.data, id: m.id })),
    programmes: programmes.map((p) => ({ ...p.data, id: p.id })),
    figures: figures.map((f) => ({ ...f.data, id: f.id })),
  });
}

/**
 * The date deadline statuses are computed against when the page is built (Vietnam time), the
 * no-JavaScript fallback; browsers recompute against the visitor's date. `SITE_TODAY=YYYY-MM-DD`
 * pins it for reproducible builds and tests.
 */
export const BUILD_DATE = todayInVietnam(new Date(), process.env['SITE_TODAY']);

/** The site's origin without a trailing slash, for absolute links in downloads. */
export const SITE_ORIGIN = (import.meta.env.SITE ?? '').replace(/\/$/, '');
