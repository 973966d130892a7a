import type { Corpus } from '../content/corpus.ts';
import { sortFiguresByDate } from '../figures/sortFigures.ts';
import type { Site, SiteContent, SitePlan } from './types.ts';

/** A map from each item's `id` to the item. */
export function indexById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/**
 * The sort key of a plan's issue date: "2022-04" sorts as the start of April, a missing date
 * falls back to the first year of the plan's period.
 */
export function issueSortKey(plan: SitePlan): string {
  return plan.meta.issuedOn ?? `${plan.meta.period.from}-01`;
}

/** Plans newest first (by issue date, then id for a stable order). */
export function sortPlansNewestFirst(plans: readonly SitePlan[]): SitePlan[] {
  return [...plans].sort((a, b) => issueSortKey(b).localeCompare(issueSortKey(a)) || a.id.localeCompare(b.id));
}

/** Builds the lookups every page needs, once. */
export function buildSite(content: SiteContent): Site {
  const plans = sortPlansNewestFirst(content.plans);
  return {
    plans,
    planById: indexById(plans),
    regionById: indexById(content.regions),
    agencyById: indexById(content.agencies),
    metricById: indexById(content.metrics),
    programmeById: indexById(content.programmes),
    figures: sortFiguresByDate(content.figures ?? []),
  };
}

/** The site's view of a corpus read by `loadContent` (tests and benchmarks; pages use collections). */
export function siteContentFromCorpus(corpus: Corpus): SiteContent {
  return {
    plans: corpus.plans.map((p) => ({ id: p.id, meta: p.frontmatter, sections: p.sections, tasks: p.tasks, targets: p.targets })),
    regions: corpus.regions,
    agencies: corpus.agencies,
    metrics: corpus.metrics,
    programmes: corpus.programmes,
    figures: corpus.figures,
  };
}

/**
 * A per-site cached version of `compute`: every page of a build asks for the same aggregation
 * (plans per province, work per agency), and it is computed once.
 */
export function oncePerSite<T>(compute: (site: Site) => T): (site: Site) => T {
  const cache = new WeakMap<Site, T>();
  return (site) => {
    if (!cache.has(site)) cache.set(site, compute(site));
    return cache.get(site) as T;
  };
}
