/** The real content as the site reads it, shared by the data tests. */
import { loadContent } from '../../../src/lib/content/loadContent.ts';
import type { RowContext } from '../../../src/lib/data/rows.ts';
import { buildSite, siteContentFromCorpus } from '../../../src/lib/site/site.ts';

export const site = buildSite(siteContentFromCorpus(loadContent('content').corpus));
export const ctx: RowContext = { site, today: '2026-12-06', origin: 'https://x.vn' };
export const bacKan = site.planById.get('tinh-bac-kan-2022')!;
