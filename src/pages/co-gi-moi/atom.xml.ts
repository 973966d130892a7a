import type { APIRoute } from 'astro';
import { BUILD_DATE, getSite, SITE_ORIGIN } from '../_data/site.ts';
import { getHistory } from '../_data/history.ts';
import { newsFeed, newsItems } from '../../lib/data/news.ts';

/** The Atom feed of plans added or changed (the newest 50). */
export const GET: APIRoute = async () => {
  const items = newsItems(await getSite(), getHistory(), 50);
  return new Response(newsFeed(items, SITE_ORIGIN, BUILD_DATE), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
