/**
 * How search records travel inside the Pagefind index, shared by the indexer (Node) and the search
 * page (browser) so the two cannot disagree.
 *
 * Pagefind keeps a few bytes per indexed page in the metadata file every first search downloads,
 * so records are packed several to an index page (see `indexPages.ts`): each record is a section
 * whose `id` is its anchor, and the page's metadata carries the plan and the records' facts as JSON.
 */
import type { RecordFacts, RecordFilters, PlanContext, SearchRecord } from './buildRecords.ts';
import type { ResultKind } from './filterKeys.ts';

/** Metadata keys of an index page. */
export const META = {
  /** The plan the page's records belong to (`WirePlan` JSON). */
  plan: 'p',
  /** The page's records (`WireRecord[]` JSON), in the order of their sections. */
  records: 'r',
} as const;

/** Element ids inside an index page that are not records. */
export const SECTION_ID = {
  /** The plan's place words ("xã Lục Bình, … tỉnh Bắc Kạn"), which every record of the plan is found by. */
  place: '_c',
  /** The đ-words of the page folded to d ("de dinh dien"), so queries without diacritics find them. */
  folded: '_d',
  /** The section of the plan record itself (it has no anchor on the plan page). */
  plan: '_p',
} as const;

/** A plan as stored in an index page. */
export interface WirePlan {
  id: string;
  /** URL of the plan page. */
  u: string;
  /** Title verbatim. */
  t: string;
  /** Short name. */
  n: string;
  /** Place line. */
  r: string;
}

/** A record as stored in an index page: short keys, empty lists left out. */
export interface WireRecord {
  /** Anchor on the plan page, "" for the plan itself. */
  a: string;
  k: ResultKind;
  /** Text shown. */
  t: string;
  f: RecordFacts;
  /** Years (`nam`). */
  y?: string[];
  /** Lead agency ids (`co-quan`). */
  l?: string[];
  /** Utility group ids (`nhom`). */
  g?: string[];
}

export function encodePlan(plan: PlanContext): string {
  const wire: WirePlan = { id: plan.id, u: plan.url, t: plan.title, n: plan.name, r: plan.place };
  return JSON.stringify(wire);
}

export function encodeRecords(records: readonly SearchRecord[]): string {
  return JSON.stringify(records.map(toWire));
}

function toWire(r: SearchRecord): WireRecord {
  return {
    a: r.anchor ?? '',
    k: r.kind,
    t: r.text,
    f: r.facts,
    ...(r.filters.nam.length > 0 ? { y: r.filters.nam } : {}),
    ...(r.filters['co-quan'].length > 0 ? { l: r.filters['co-quan'] } : {}),
    ...(r.filters.nhom.length > 0 ? { g: r.filters.nhom } : {}),
  };
}

/** A plan read back from an index page. */
export interface StoredPlan {
  id: string;
  url: string;
  title: string;
  name: string;
  place: string;
}

/** A record read back from an index page: what the browser ranks, filters and shows. */
export interface StoredRecord {
  kind: ResultKind;
  /** Section id in the index page: the anchor, or `SECTION_ID.plan`. */
  sectionId: string;
  url: string;
  text: string;
  facts: RecordFacts;
  filters: RecordFilters;
}

/** Reads the plan of an index page's metadata; throws on a page this code did not write. */
export function decodePlan(json: string): StoredPlan {
  const w = JSON.parse(json) as WirePlan;
  return { id: w.id, url: w.u, title: w.t, name: w.n, place: w.r };
}

/** Reads the records of an index page's metadata, with their URLs on the plan's page. */
export function decodeRecords(json: string, plan: StoredPlan): StoredRecord[] {
  const wire = JSON.parse(json) as WireRecord[];
  return wire.map((w) => ({
    kind: w.k,
    sectionId: w.a === '' ? SECTION_ID.plan : w.a,
    url: w.a === '' ? plan.url : `${plan.url}#${w.a}`,
    text: w.t,
    facts: w.f,
    filters: { loai: [w.k], nam: w.y ?? [], 'co-quan': w.l ?? [], nhom: w.g ?? [] },
  }));
}
