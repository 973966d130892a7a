/**
 * One screenshot of the viewport scrolled to an element, for looking at a part of a long page:
 * `node test/e2e/support/shoot.ts <path> <width> [selector] [out.png]`.
 */
import { launchBrowser } from './browser.ts';
import { serveStatic } from '../../../src/lib/browser/staticServer.ts';

const [path = '/', width = '1280', selector, out = '/tmp/screens/shot.png'] = process.argv.slice(2);
const server = await serveStatic('dist');
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(width) < 600 ? 740 : 900 } });
  await page.goto(server.origin + path, { waitUntil: 'networkidle' });
  if (selector)
    await page
      .locator(selector)
      .first()
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(300);
  await page.screenshot({ path: out });
  console.log(out);
} finally {
  await browser.close();
  await server.close();
}
