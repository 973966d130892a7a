/**
 * Summary sentences that must stay true whatever the content holds: a recent-deadlines list that
 * says which window it covers, a plan glance that tells "no dated deadline at all" from "none
 * left", and the facts lines of a plan page (place, source notice). Pages only print them.
 */
import { formatViDate } from '../deadline/parseDeadline.ts';
import { isPassed, type DeadlineEntry } from './deadlines.ts';
import type { PlanGlance } from './plans.ts';
import { currentProvinceOf, isFormer, placeLine } from './regions.ts';
import type { Site, SitePlan } from './types.ts';

/** How far back "Vừa đến hạn" looks, in days. */
export const RECENT_WINDOW_DAYS = 90;

/** The ISO date `days` days before `iso`. */
export function daysBefore(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** The recently passed points of the home page and the sentence that says which window they come from. */
export interface RecentlyDue {
  entries: DeadlineEntry[];
  /** "Các mốc đã qua trong 90 ngày, từ 07/9/2026 đến trước ngày 06/12/2026." */
  window: string;
  /** What to say when the window holds none; null when it holds some. */
  empty: string | null;
}

/**
 * The last `n` points due within `days` days before `today`, most recent first (expects `entries`
 * sorted by date). Older points stay on the timeline: a 2023 deadline is not "vừa đến hạn" in 2026.
 */
export function recentlyDueWithin(entries: readonly DeadlineEntry[], today: string, n: number, days = RECENT_WINDOW_DAYS): RecentlyDue {
  const from = daysBefore(today, days);
  const inWindow = entries.filter((e) => isPassed(e.due, today) && e.due >= from);
  const window = `Các mốc đã qua trong ${days} ngày gần nhất, từ ${formatViDate(from)} đến trước ngày ${formatViDate(today)}.`;
  return {
    entries: inWindow.slice(-n).reverse(),
    window,
    empty: inWindow.length === 0 ? `Không có mốc thời hạn nào đến hạn trong ${days} ngày gần nhất.` : null,
  };
}

/** What a plan's glance says about deadlines, ready to print. */
export interface GlanceDeadlines {
  /** The soonest point's date and task, or null with `nextText` saying why there is none. */
  next: DeadlineEntry | null;
  nextText: string;
  /** "3/12" when the plan has dated points; null when it has none (no "0/0"). */
  passedFigure: string | null;
  /** The words after the figure, or the whole sentence when there is no figure. */
  passedText: string;
}

/**
 * The glance's deadline lines: a plan that dates nothing says "Kế hoạch không ghi thời hạn cụ thể"
 * instead of "Không còn mốc nào" and "0/0"; one whose dated points are all passed says so.
 */
export function glanceDeadlines(g: PlanGlance): GlanceDeadlines {
  if (g.dated === 0) {
    return { next: null, nextText: 'Kế hoạch không ghi thời hạn cụ thể', passedFigure: null, passedText: 'Không có mốc thời hạn nào ghi ngày' };
  }
  return {
    next: g.next,
    nextText: g.next ? formatViDate(g.next.due) : 'Mọi mốc thời hạn đã qua',
    passedFigure: `${g.passed}/${g.dated}`,
    passedText: 'mốc thời hạn đã qua',
  };
}

/** The place line of a plan's facts, split so a page can link the province. */
export interface PlaceFacts {
  /** "xã Lục Bình, huyện Bạch Thông, tỉnh Bắc Kạn". */
  place: string;
  /** The current province's page and name. */
  province: { id: string; fullName: string };
  /** True when the unit no longer exists in this form: "(nay thuộc …)" instead of "· Trang …". */
  former: boolean;
}

/** Where a plan was issued and the current province it lies in (see `PlanFacts.astro`). */
export function placeFacts(plan: SitePlan, site: Site): PlaceFacts {
  const region = site.regionById.get(plan.meta.region);
  const province = currentProvinceOf(plan.meta.region, site.regionById);
  return {
    place: placeLine(plan.meta.region, site.regionById),
    province: { id: province.id, fullName: province.fullName },
    former: region !== undefined && isFormer(region),
  };
}

/**
 * The notice a plan page opens with about its text, or null when the copy needs none: an OCR copy
 * or one whose diacritics were restored, with the editor's note when there is one.
 */
export function sourceNotice(plan: SitePlan): string | null {
  const s = plan.meta.source;
  if (!s.restored && s.kind !== 'ocr') return null;
  return s.note ?? 'Văn bản được nhận dạng từ bản quét; nội dung có thể sai sót so với bản gốc.';
}
