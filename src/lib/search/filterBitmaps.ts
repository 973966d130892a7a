/**
 * A search's filters (as `pagefindFilters` writes them for Pagefind) checked on page bitmaps
 * (`pageBitmap.ts`), so a search the index answers in the site's order is filtered without
 * Pagefind, with Pagefind's meaning: keys ANDed, `any` ORs, `all` ANDs, a value list ORs.
 */
import type { PagefindFilter } from './urlState.ts';

/** The (key, value) pairs a filter looks at, each once, as `filterValueKey` writes them. */
export function filterValues(filter: PagefindFilter): string[] {
  const out = new Set<string>();
  const walk = (f: PagefindFilter): void => {
    for (const [key, value] of Object.entries(f)) {
      if (Array.isArray(value)) value.forEach(walk);
      else if (typeof value === 'string') out.add(filterValueKey(key, value));
      else value.any.forEach((v) => out.add(filterValueKey(key, v)));
    }
  };
  walk(filter);
  return [...out];
}

/** "tinh" + "thai-nguyen" → "tinh:thai-nguyen". */
export function filterValueKey(key: string, value: string): string {
  return `${key}:${value}`;
}

/** Whether a page passes `filter`, given whether it has each value (`has` takes a `filterValueKey`). */
export function passesFilter(filter: PagefindFilter, has: (valueKey: string) => boolean): boolean {
  return Object.entries(filter).every(([key, value]) => {
    if (Array.isArray(value)) return key === 'all' ? value.every((f) => passesFilter(f, has)) : value.some((f) => passesFilter(f, has));
    if (typeof value === 'string') return has(filterValueKey(key, value));
    return value.any.some((v) => has(filterValueKey(key, v)));
  });
}
