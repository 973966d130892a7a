/**
 * The pages keep to the Content-Security-Policy the README asks hosts to send (the test server sends
 * it, see support/staticServer.ts): searching, drawing a chart and filtering tasks raise no
 * violation, and a script the policy does not allow is reported (so the listener does hear).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { paintedPixels, useSite } from './support/harness.ts';

const site = useSite();

/** Opens a page that records every CSP violation (DOM event and console message) from its first script on. */
async function watchedPage(): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  const page = await site.newPage();
  const console: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) console.push(m.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  return {
    page,
    violations: async () => [...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)), ...console],
  };
}

describe('Content-Security-Policy', () => {
  it('is sent with every page', async () => {
    const response = await fetch(`${site.origin()}/`);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });

  it('allows searching (Pagefind and its WebAssembly)', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${site.origin()}/tim-kiem/?q=c%C4%83n+c%C6%B0%E1%BB%9Bc`);
    await page.waitForFunction(() => /Tìm thấy|Gần đúng/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, { timeout: 20_000 });
    expect(await page.locator('a.search-hit-link').count()).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it('allows drawing a chart and filtering the tasks of a plan', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${site.origin()}/ke-hoach/tinh-bac-kan-2022/`);
    await page.locator('figure[data-chart]').first().scrollIntoViewIfNeeded();
    await page.waitForSelector('figure[data-chart-drawn]');
    expect(await paintedPixels(page, 'figure[data-chart] canvas')).toBeGreaterThan(500);
    const rows = page.locator('table.task-table tr[id]:visible');
    const all = await rows.count();
    await page.selectOption('#loc-co-quan', 'cong-an');
    await expect.poll(() => rows.count()).toBeLessThan(all);
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it('reports a script it does not allow, so the tests above can fail', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${site.origin()}/gioi-thieu/`);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.body.append(s);
    });
    await expect.poll(async () => (await violations()).length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    await page.context().close();
  });
});
