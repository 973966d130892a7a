/**
 * Shared set-up of the browser tests: a static server over dist/ and one Chromium per test file,
 * plus the checks several tests use (axe, horizontal overflow, canvas pixels).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveStatic, type StaticServer } from '../../../src/lib/browser/staticServer.ts';

export const distDir = fileURLToPath(new URL('../../../dist', import.meta.url));
const axePath = fileURLToPath(new URL('../../../node_modules/axe-core/axe.min.js', import.meta.url));

/** Starts the server and browser before the file's tests and stops them after. */
export function useSite(): { origin: () => string; newPage: (options?: BrowserContextOptions) => Promise<Page> } {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (!existsSync(`${distDir}/index.html`)) throw new Error('dist/ is empty: run "npm run build" before the browser tests.');
    server = await serveStatic(distDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    origin: () => server!.origin,
    newPage: async (options = {}) => {
      const context = await browser!.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', ...options });
      return context.newPage();
    },
  };
}

/** The WCAG tags the site must pass. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core's violations on the page, as "rule: target" lines (empty when the page passes). axe is
 * loaded as a same-origin file (intercepted, never on the server): the pages' Content-Security-Policy
 * blocks inline scripts, and the tests keep that policy on.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const axeUrl = new URL('/__test-axe.min.js', page.url()).href;
  await page.route(axeUrl, (route) => route.fulfill({ path: axePath, contentType: 'text/javascript; charset=utf-8' }));
  await page.addScriptTag({ url: axeUrl });
  const violations = await page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map(
      (v) =>
        `${v.id} (${v.help}): ${v.nodes
          .slice(0, 5)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
  }, WCAG_TAGS);
  return violations;
}

/** How far the page scrolls sideways (0 when nothing sticks out). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** How many pixels of a canvas are not transparent. */
export function paintedPixels(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((canvas: HTMLCanvasElement) => {
      const ctx = canvas.getContext('2d');
      if (!ctx || canvas.width === 0 || canvas.height === 0) return 0;
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n += 1;
      return n;
    });
}
