/**
 * The hand-over between the Astro build and the search indexer: one JSON file per plan under
 * `dist/search-records/`, written by the page route `src/pages/search-records/[id].json.ts` from the
 * same collections as the pages, read and deleted by the build integration.
 */
import type { PlanRecords } from './buildRecords.ts';

/** The folder of dist/ the record files are written to (and removed from after indexing). */
export const RECORD_DIR = 'search-records';

/** A record file's name without ".json": the plan's place in the site's order, zero-padded so names sort in that order, then its id. */
export function recordFileKey(order: number, planId: string): string {
  return `${String(order).padStart(6, '0')}-${planId}`;
}

/** One plan's (or unit list's) records and its place in the site's order (unit lists, then plans newest issue first). */
export interface RecordFile {
  order: number;
  plan: PlanRecords;
}

/** The file's text. */
export function encodeRecordFile(order: number, plan: PlanRecords): string {
  return JSON.stringify({ order, plan } satisfies RecordFile);
}

/** Reads a record file; throws naming `name` when it is not one. */
export function decodeRecordFile(text: string, name: string): RecordFile {
  const value = JSON.parse(text) as Partial<RecordFile>;
  if (typeof value.order !== 'number' || !value.plan || !Array.isArray(value.plan.records)) {
    throw new Error(`${name} không phải tệp bản ghi tìm kiếm.`);
  }
  return value as RecordFile;
}

/** The plans' records in the site's order. */
export function inSiteOrder(files: readonly RecordFile[]): PlanRecords[] {
  return [...files].sort((a, b) => a.order - b.order).map((f) => f.plan);
}
