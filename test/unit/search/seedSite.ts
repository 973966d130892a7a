/** The bundled plans (content/) read with the plain-fs loader, as the indexer reads them. */
import { loadContent } from '../../../src/lib/content/loadContent.ts';
import { buildRecords } from '../../../src/lib/search/buildRecords.ts';
import { buildSite, siteContentFromCorpus } from '../../../src/lib/site/site.ts';

export const seedCorpus = loadContent('content').corpus;
export const seedSite = buildSite(siteContentFromCorpus(seedCorpus));
export const seedRecords = buildRecords(seedSite);
