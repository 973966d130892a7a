/**
 * What `astro build` does after the pages are written, as an Astro integration: index the search
 * records with Pagefind, write the host headers file, check dist/ (links, anchors, HTML, sitemap) and
 * write precompressed copies.
 * Any problem throws and so fails `astro build`: a site with a broken search, link or page is never
 * published. Each stage's duration is logged, and appended as JSON lines to `$BUILD_TIMINGS_FILE`
 * when set (the build benchmark reads it).
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkDist, formatDistSummary } from './checkDist.ts';
import { hostHeaders } from './hostHeaders.ts';
import { precompress } from './precompress.ts';
import { releaseFreedMemory } from './releaseMemory.ts';
import { indexBuiltSite } from './searchIndex.ts';
import { walkDist } from './walkDist.ts';

/** The integration; list it after @astrojs/sitemap, whose sitemap the dist checks read. */
export function siteOutput(): AstroIntegration {
  return {
    name: 'site-output',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        if (!releaseFreedMemory()) logger.info('Không có node --expose-gc: bộ nhớ của bước render chưa được trả lại trước khi lập chỉ mục.');
        const search = await timed('index', logger, () => indexBuiltSite(dist));
        logger.info(`Tìm kiếm: ${search.records} bản ghi (${search.plans} kế hoạch) trong ${search.pages} trang chỉ mục`);

        writeFileSync(join(dist, '_headers'), hostHeaders());
        const files = walkDist(dist);
        const report = await timed('dist-checks', logger, () => checkDist(dist, { files }));
        logger.info(formatDistSummary(report));
        if (report.problems.length > 0) {
          const list = report.problems.map((p) => `  - ${p}`).join('\n');
          throw new Error(`checkDist: ${report.problems.length} vấn đề trong dist/:\n${list}`);
        }

        const packed = await timed('compress', logger, () => precompress(dist, files));
        const mb = (n: number): string => (n / 1e6).toFixed(1);
        logger.info(`Nén sẵn ${packed.files} tệp: ${mb(packed.bytes)} MB → gzip ${mb(packed.gzipBytes)} MB, brotli ${mb(packed.brotliBytes)} MB`);
      },
    },
  };
}

async function timed<T>(stage: string, logger: AstroIntegrationLogger, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  const ms = Math.round(performance.now() - started);
  logger.info(`${stage}: ${(ms / 1000).toFixed(1)} s`);
  const file = process.env['BUILD_TIMINGS_FILE'];
  if (file) appendFileSync(file, `${JSON.stringify({ stage, ms })}\n`);
  return result;
}
