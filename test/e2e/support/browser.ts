/** Launches the system Chromium for the browser tests (test tools cannot download browsers here). */
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../src/lib/browser/chromium.ts';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}
