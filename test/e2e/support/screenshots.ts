/**
 * Takes phone (360 px) and desktop screenshots of key pages into /tmp/screens, for a person to
 * look at: `node test/e2e/support/screenshots.ts [path …]` after a build.
 */
import { mkdirSync } from 'node:fs';
import { launchBrowser } from './browser.ts';
import { serveStatic } from '../../../src/lib/browser/staticServer.ts';

const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/', '/ke-hoach/tinh-bac-kan-2022/', '/moc-thoi-gian/'];
// SCREENS_DIR keeps one person's screenshots apart from another's on a shared machine.
const out = process.env['SCREENS_DIR'] ?? '/tmp/screens';
mkdirSync(out, { recursive: true });
const server = await serveStatic('dist');
const browser = await launchBrowser();
try {
  for (const [name, width, height] of [
    ['phone', 360, 740],
    ['desktop', 1280, 900],
  ] as const) {
    const page = await browser.newPage({ viewport: { width, height } });
    for (const path of paths) {
      await page.goto(server.origin + path, { waitUntil: 'networkidle' });
      const slug = path.replace(/^\/|\/$/g, '').replace(/[^a-z0-9]+/gi, '-') || 'home';
      await page.screenshot({ path: `${out}/${slug}-${name}.png`, fullPage: process.env['FULL'] === '1' });
      console.log(`${out}/${slug}-${name}.png`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
