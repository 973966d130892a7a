/**
 * The search's state in the page URL, so a search can be shared and the back button returns to it:
 * `/tim-kiem/?q=so+y+te&tinh=bac-kan&loai=nhiem-vu&loai=chi-tieu`.
 */
import { FILTER_KEYS, MULTI_VALUE_KEYS, PER_KIND_KEYS, perKindKey, RESULT_KINDS, type FilterKey, type FilterSelection, type ResultKind } from './filterKeys.ts';

/** What a search asks for. */
export interface SearchState {
  /** The query as typed ("" for a filter-only search). */
  q: string;
  /** Chosen filter values; keys without values are left out. */
  filters: FilterSelection;
}

/** A filter value as it may appear in a URL: ids and years, lowercase ASCII. */
const VALUE = /^[a-z0-9][a-z0-9-]{0,80}$/;

/**
 * Reads the state from a URL's query string. Unknown parameters, malformed values and values
 * repeated for a single-value filter (the first wins) are ignored, so an old or hand-edited link
 * still opens a search.
 */
export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: FilterSelection = {};
  for (const key of FILTER_KEYS) {
    let values = [
      ...new Set(
        params
          .getAll(key)
          .map((v) => v.trim())
          .filter((v) => VALUE.test(v)),
      ),
    ];
    if (key === 'loai') values = values.filter((v) => (RESULT_KINDS as readonly string[]).includes(v));
    if (!MULTI_VALUE_KEYS.includes(key)) values = values.slice(0, 1);
    if (values.length > 0) filters[key] = values;
  }
  return { q: (params.get('q') ?? '').replace(/\s+/g, ' ').trim(), filters };
}

/** The query string of a state: `q` first, then filters in the form's order; empty parts left out. */
export function stateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  const q = state.q.replace(/\s+/g, ' ').trim();
  if (q !== '') params.set('q', q);
  for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
  return params;
}

/** The URL of a search page showing `state`: "/tim-kiem/?q=so+y+te&tinh=bac-kan", or "/tim-kiem/" when empty. */
export function stateToUrl(pathname: string, state: SearchState): string {
  const query = stateToParams(state).toString();
  return query === '' ? pathname : `${pathname}?${query}`;
}

/** True when both states ask for the same search. */
export function sameState(a: SearchState, b: SearchState): boolean {
  return stateToParams(a).toString() === stateToParams(b).toString();
}

/** True when the state asks for nothing: no query and no filter. */
export function isEmptyState(state: SearchState): boolean {
  return state.q.trim() === '' && activeFilterKeys(state.filters).length === 0;
}

/** The filter keys that have at least one value, in the form's order. */
export function activeFilterKeys(filters: FilterSelection): FilterKey[] {
  return FILTER_KEYS.filter((key) => (filters[key]?.length ?? 0) > 0);
}

/** The state without one filter (for "remove this filter" suggestions). */
export function withoutFilter(state: SearchState, key: FilterKey): SearchState {
  const filters = { ...state.filters };
  delete filters[key];
  return { q: state.q, filters };
}

/** A Pagefind filter: keys ANDed, `any` ORs nested filters, a key's `any` ORs values. */
export type PagefindFilter = { [key: string]: string | { any: string[] } | PagefindFilter[] };

/**
 * Pagefind's filter argument for a selection: one value as a string, several as `{ any: [...] }`.
 * With kinds chosen, a year or group applies to those kinds only: tasks due in 2023 is
 * `nam-nhiem-vu: 2023`; tasks or targets in 2023 is `any: [{nam-nhiem-vu}, {nam-chi-tieu}]`.
 */
export function pagefindFilters(filters: FilterSelection): PagefindFilter {
  const out: PagefindFilter = {};
  const kinds = (filters.loai ?? []) as ResultKind[];
  const alternatives: PagefindFilter[][] = [];
  for (const key of activeFilterKeys(filters)) {
    const values = filters[key]!;
    const value = values.length === 1 ? values[0]! : { any: [...values] };
    const perKind = (PER_KIND_KEYS as readonly string[]).includes(key) && kinds.length > 0;
    if (!perKind) {
      out[key] = value;
      continue;
    }
    const k = key as (typeof PER_KIND_KEYS)[number];
    alternatives.push(kinds.map((kind) => ({ [perKindKey(k, kind)]: value })));
  }
  // Each per-kind key is one `any` of its kinds; several such keys must all hold.
  if (alternatives.length === 1) out['any'] = alternatives[0]!;
  else if (alternatives.length > 1) out['all'] = alternatives.map((any) => ({ any }));
  return out;
}

/**
 * True when a record's own filter values satisfy the selection: for each chosen key, one of its
 * values is chosen (kinds, years, lead agencies and groups differ between records of one page).
 */
export function recordPasses(recordFilters: Partial<Record<FilterKey, readonly string[]>>, filters: FilterSelection): boolean {
  for (const key of activeFilterKeys(filters)) {
    const own = recordFilters[key];
    if (own === undefined) continue; // a plan-wide key: Pagefind already checked it on the page
    if (!own.some((v) => filters[key]!.includes(v))) return false;
  }
  return true;
}
