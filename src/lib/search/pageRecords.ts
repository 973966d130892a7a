/**
 * Splits an index page that Pagefind returned back into its records, with each record's words,
 * using what Pagefind's `result.data()` gives: the page's processed `content` (whitespace-separated
 * words), the `anchors` (element ids and the word position where each starts) and the `meta`.
 */
import { decodePlan, decodeRecords, META, SECTION_ID, type StoredPlan, type StoredRecord } from './indexFormat.ts';

/** The parts of Pagefind's result data this code reads. */
export interface PageData {
  content: string;
  anchors: readonly { id: string; location: number }[];
  meta: Readonly<Record<string, string>>;
}

/** A record with the words of its section (text and context), as Pagefind stored them. */
export interface PageRecord extends StoredRecord {
  words: string[];
}

/** An index page read back. */
export interface ReadPage {
  plan: StoredPlan;
  /** Words of the plan's place line, which every record of the plan is found by. */
  placeWords: string[];
  records: PageRecord[];
}

/** Reads a page; a record whose section Pagefind did not report keeps its stored text as its words. */
export function readPage(data: PageData): ReadPage {
  const planJson = data.meta[META.plan];
  const recordsJson = data.meta[META.records];
  if (planJson === undefined || recordsJson === undefined) throw new Error('Trang chỉ mục thiếu dữ liệu kế hoạch (meta p, r).');
  const plan = decodePlan(planJson);
  const stored = decodeRecords(recordsJson, plan);
  const contentWords = data.content.split(/\s+/);
  const anchors = [...data.anchors].sort((a, b) => a.location - b.location);
  const sectionWords = new Map<string, string[]>();
  anchors.forEach((anchor, i) => {
    const end = anchors[i + 1]?.location ?? contentWords.length;
    sectionWords.set(anchor.id, contentWords.slice(anchor.location, end).filter((w) => w !== ''));
  });
  return {
    plan,
    placeWords: sectionWords.get(SECTION_ID.place) ?? [],
    records: stored.map((r) => ({ ...r, words: sectionWords.get(r.sectionId) ?? r.text.split(/\s+/) })),
  };
}
