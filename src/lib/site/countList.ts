/**
 * The lists of narrower pages that agency and timeline pages show (provinces, years), each with a
 * note of what the page holds: one row shape, so one component renders them all.
 */
import { countsSentence, type CountLink } from './agencyDuties.ts';
import type { TimelineCountLink } from './timelinePages.ts';

/** One line of a count list: the page's name, its link (null when there is no page), and what it holds. */
export interface CountListRow {
  label: string;
  href: string | null;
  note: string;
}

/** An agency's province or year: "2 nhiệm vụ chủ trì, 1 nghĩa vụ báo cáo trong 3 kế hoạch". */
export function dutyCountRow(link: CountLink): CountListRow {
  return { label: link.label, href: link.href, note: `${countsSentence(link.counts)} trong ${link.plans} kế hoạch` };
}

/**
 * A timeline year or province: "12 mốc, 5 mốc đã qua hạn"; a year without any deadline has no
 * page to link to and says so.
 */
export function timelineCountRow(link: TimelineCountLink): CountListRow {
  return link.count === 0
    ? { label: link.label, href: null, note: 'không có mốc thời hạn nào' }
    : { label: link.label, href: link.href, note: `${link.count} mốc, ${link.passed} mốc đã qua hạn` };
}
