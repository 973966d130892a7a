/**
 * Long lists split into numbered pages, so that no aggregate page grows with the number of plans:
 * page 1 lives at the list's own URL, page n at `<base>trang-n/`.
 */

/**
 * Entries per page of a long list (tasks, duties, deadlines): about 15 kB of HTML gzip (120 entries
 * measured 9–12 kB), well under the 100 kB budget, while keeping the number of pages down.
 */
export const PAGE_SIZE = 200;

/** The items cut into pages of `size` (at least one page, possibly empty). */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  if (size < 1) throw new Error(`paginate: page size must be positive, got ${size}`);
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length > 0 ? pages : [[]];
}

/** The path segment of page `n`: none for the first page, "trang-2" for the second. */
export function pageSegment(n: number): string | null {
  return n <= 1 ? null : `trang-${n}`;
}

/** The URL of page `n` of a list whose first page is `base` (ending in "/"). */
export function pageUrl(base: string, n: number): string {
  const segment = pageSegment(n);
  return segment === null ? base : `${base}${segment}/`;
}

/** A numbered page's links to its neighbours and to every page, for a pager. */
export interface Pager {
  /** The page shown, from 1. */
  current: number;
  total: number;
  prev: string | null;
  next: string | null;
  pages: { number: number; href: string }[];
}

/** The pager of page `current` of `total` pages under `base`; null when there is only one page. */
export function pagerFor(base: string, current: number, total: number): Pager | null {
  if (total <= 1) return null;
  const pages = Array.from({ length: total }, (_, i) => ({ number: i + 1, href: pageUrl(base, i + 1) }));
  return {
    current,
    total,
    prev: current > 1 ? pageUrl(base, current - 1) : null,
    next: current < total ? pageUrl(base, current + 1) : null,
    pages,
  };
}
