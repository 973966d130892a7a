import { Feed } from 'feed';
import { planFullName } from '../site/plans.ts';
import type { Site, SitePlan } from '../site/types.ts';
import { changeSummary, type PlansHistory } from './history.ts';

/** One item of "Có gì mới" and of the Atom feed: a plan added or changed on a day. */
export interface NewsItem {
  plan: SitePlan;
  /** YYYY-MM-DD. */
  date: string;
  added: boolean;
  /** What changed, one Vietnamese sentence. */
  summary: string;
  /** A stable id for the item (commit and plan, or the plan's addition). */
  key: string;
}

/**
 * The newest `limit` items: from git history when the build has it (changes to plans that still
 * exist), else each plan's addition date (`addedOn`). Linear in the history's length.
 */
export function newsItems(site: Site, history: PlansHistory, limit: number): NewsItem[] {
  if (!history.available) {
    return [...site.plans]
      .sort((a, b) => b.meta.addedOn.localeCompare(a.meta.addedOn) || a.id.localeCompare(b.id))
      .slice(0, limit)
      .map((plan) => ({ plan, date: plan.meta.addedOn, added: true, summary: 'Đăng kế hoạch lên trang.', key: `${plan.id}/them` }));
  }
  const items: NewsItem[] = [];
  for (const change of history.recent) {
    if (items.length >= limit) break;
    const plan = site.planById.get(change.planId);
    if (!plan) continue;
    items.push({ plan, date: change.date, added: change.added, summary: changeSummary(change), key: `${change.planId}/${change.sha.slice(0, 12)}` });
  }
  return items;
}

/** The Atom feed of plans added or changed, newest first; `updated` is the build date. */
export function newsFeed(items: readonly NewsItem[], origin: string, updated: string): string {
  const feed = new Feed({
    id: `${origin}/co-gi-moi/`,
    title: 'Kế hoạch Đề án 06 – Có gì mới',
    description: 'Kế hoạch triển khai Đề án 06 mới được đăng hoặc được sửa trên trang.',
    link: `${origin}/co-gi-moi/`,
    language: 'vi',
    updated: new Date(`${items[0]?.date ?? updated}T00:00:00Z`),
    feedLinks: { atom: `${origin}/co-gi-moi/atom.xml` },
    copyright: 'Nội dung văn bản thuộc cơ quan ban hành; văn bản gốc có giá trị pháp lý.',
    generator: false,
  });
  for (const item of items) {
    const link = `${origin}/ke-hoach/${item.plan.id}/`;
    feed.addItem({
      id: `${origin}/co-gi-moi/#${item.key}`,
      title: `${item.added ? 'Kế hoạch mới' : 'Cập nhật'}: ${planFullName(item.plan)}`,
      link,
      date: new Date(`${item.date}T00:00:00Z`),
      description: `${item.summary} ${item.plan.meta.summary}`,
    });
  }
  return feed.atom1();
}
