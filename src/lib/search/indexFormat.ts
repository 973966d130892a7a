/**
 * How search records travel from the indexer (Node) to the search page (browser), in one module so
 * the two cannot disagree.
 *
 * Records are packed several to an index page (see `indexPages.ts`). Pagefind indexes each page's
 * tokens; the page's records themselves (what a result shows, and what the browser needs to decide
 * per record whether it matches) are in a "record sheet", a gzipped JSON file beside the index,
 * named by the id Pagefind gives the page in search results (the name of the page's fragment file,
 * which the indexer reads after Pagefind wrote it). So a result's records are fetched without
 * Pagefind's fragment, which holds only the page's tokens. They cannot be Pagefind metadata:
 * Pagefind 1.5+ indexes every metadata value as searchable words.
 */
import type { RecordFacts, RecordFilters, PlanContext, SearchRecord } from './buildRecords.ts';
import type { ResultKind } from './filterKeys.ts';

/** Folder of the record sheets inside the Pagefind bundle. */
export const SHEET_DIR = 'records';

/** Where the list of common words (`queryPlan.ts`) is, in the bundle: gzipped JSON. */
export const COMMON_WORDS_FILE = `${SHEET_DIR}/common.json.gz`;

/**
 * Where the record masks of a folded word the index leaves out are, for the n-th slice of the
 * site's order (`recordMasks.ts`): gzipped text, named by the word's UTF-8 bytes in hex, so any
 * word makes a plain file name.
 */
export function wordMasksFile(folded: string, slice: number): string {
  return `${SHEET_DIR}/words/${hex(folded)}-${slice}.txt.gz`;
}

/**
 * Records per part of an index page. Besides its whole record sheet, each index page is written in
 * parts of this many records (`sheetPartFile`), so a search read in the site's order, which knows
 * from the record masks which records hold its words (`recordMasks.ts`), fetches the parts holding
 * them (2–4 kB of gzip each at 5,000 plans) instead of the whole sheet (4–9 kB).
 */
export const SHEET_PART_SIZE = 16;

/** Part `part` (from 0) of the index page at `position` in the site's order: a record sheet of its records in that range. */
export function sheetPartFile(position: number, part: number): string {
  return `${SHEET_DIR}/parts/${position}-${part}.json.gz`;
}

/** Where the page bitmap of a filter value (`pageBitmap.ts`; "tinh:thai-nguyen") is: gzipped base64. */
export function filterPagesFile(valueKey: string): string {
  return `${SHEET_DIR}/filters/${hex(valueKey)}.txt.gz`;
}

function hex(text: string): string {
  return [...new TextEncoder().encode(text)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Index pages listed per order file. */
export const SHEET_ORDER_SIZE = 256;

/**
 * The n-th file (from 0) listing the index pages' result ids in the site's order (unit lists, then newest plan
 * first), `SHEET_ORDER_SIZE` to a file: what a search with filters only reads instead of asking
 * Pagefind (`readInOrder` in the search page). Gzipped JSON: an array of ids.
 */
export function sheetOrderFile(n: number): string {
  return `${SHEET_DIR}/order-${n}.json.gz`;
}

/** A sheet's path in the bundle, from the page's Pagefind result id ("vi_2d3fba8" → "records/vi_2d3fba8.json.gz"). */
export function sheetFile(resultId: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(resultId)) throw new Error(`Mã kết quả Pagefind lạ: "${resultId}".`);
  return `${SHEET_DIR}/${resultId}.json.gz`;
}

/** A record sheet: an index page's plan and records. */
export interface WireSheet {
  p: WirePlan;
  r: WireRecord[];
}

/** A plan as stored in an index page. */
export interface WirePlan {
  id: string;
  /** URL of the plan page. */
  u: string;
  /** Short name. */
  n: string;
  /** Place line. */
  r: string;
}

/** A record as stored in an index page: short keys, empty parts left out. */
export interface WireRecord {
  /** Anchor on the plan page, "" for the plan itself. */
  a: string;
  k: ResultKind;
  /** Text shown. */
  t: string;
  f: RecordFacts;
  /** Words it is found by but does not show. */
  x?: string;
  /** Years (`nam`). */
  y?: string[];
  /** Lead agency ids (`co-quan`). */
  l?: string[];
  /** Utility group ids (`nhom`). */
  g?: string[];
  /** A task's last due date (ISO). */
  d?: string;
  /** The record's own page, when it is not the group's page plus the anchor (a commune's page). */
  u?: string;
}

/** The JSON of an index page's record sheet. */
export function encodeSheet(plan: PlanContext, records: readonly SearchRecord[]): string {
  const sheet: WireSheet = { p: { id: plan.id, u: plan.url, n: plan.name, r: plan.place }, r: records.map((r) => toWire(r, plan.url)) };
  return JSON.stringify(sheet);
}

function toWire(r: SearchRecord, groupUrl: string): WireRecord {
  return {
    a: r.anchor ?? '',
    k: r.kind,
    t: r.text,
    f: r.facts,
    ...(r.extra !== '' ? { x: r.extra } : {}),
    ...(r.filters.nam.length > 0 ? { y: r.filters.nam } : {}),
    ...(r.filters['co-quan'].length > 0 ? { l: r.filters['co-quan'] } : {}),
    ...(r.filters.nhom.length > 0 ? { g: r.filters.nhom } : {}),
    ...(r.due !== null ? { d: r.due } : {}),
    ...(r.anchor === null && r.url !== groupUrl ? { u: r.url } : {}),
  };
}

/** A plan read back from an index page. */
export interface StoredPlan {
  id: string;
  url: string;
  name: string;
  place: string;
}

/** A record read back from an index page: what the browser ranks, filters and shows. */
export interface StoredRecord {
  kind: ResultKind;
  url: string;
  text: string;
  facts: RecordFacts;
  extra: string;
  filters: RecordFilters;
  /** A task's last due date (ISO), or null. */
  due: string | null;
}

/** A record sheet read back. */
export interface StoredSheet {
  plan: StoredPlan;
  records: StoredRecord[];
}

/** Reads a record sheet's JSON; throws on anything this site's indexer did not write. */
export function decodeSheet(json: string): StoredSheet {
  const sheet = JSON.parse(json) as WireSheet;
  if (!sheet || typeof sheet !== 'object' || !Array.isArray(sheet.r) || typeof sheet.p?.u !== 'string') {
    throw new Error('Tệp dữ liệu tìm kiếm không đúng định dạng.');
  }
  const plan: StoredPlan = { id: sheet.p.id, url: sheet.p.u, name: sheet.p.n, place: sheet.p.r };
  return {
    plan,
    records: sheet.r.map((w) => ({
      kind: w.k,
      url: w.u ?? (w.a === '' ? plan.url : `${plan.url}#${w.a}`),
      text: w.t,
      facts: w.f,
      extra: w.x ?? '',
      filters: { loai: [w.k], nam: w.y ?? [], 'co-quan': w.l ?? [], nhom: w.g ?? [] },
      due: w.d ?? null,
    })),
  };
}

/**
 * Every word a record is found by, the same on both sides: its text, the facts it shows (agencies,
 * deadline, group, figures…) and its extra words.
 */
export function searchableText(record: Pick<StoredRecord, 'text' | 'facts' | 'extra'>): string {
  // Object.values types an interface's values as any; every fact is a string or absent.
  return [record.text, ...(Object.values(record.facts) as Array<string | undefined>), record.extra].join('\n');
}
