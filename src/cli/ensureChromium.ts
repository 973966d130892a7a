/**
 * Makes sure the browser tests have a Chromium to drive. Test tools cannot download browsers on
 * these machines, so the tests use Debian's `chromium` package: installed here when missing and we
 * are root (a fresh CI machine), otherwise the exact command is printed and the run stops.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromiumPath } from '../lib/browser/chromium.ts';

if (existsSync(chromiumPath)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(
    `Browser tests need Chromium at ${chromiumPath}, and it is not installed.\n` +
      'Install it with: sudo apt-get update && sudo apt-get install -y chromium\n' +
      '(or set CHROMIUM_PATH to another Chromium binary).',
  );
  process.exit(1);
}

console.log(`Chromium not found at ${chromiumPath}: installing Debian's chromium package…`);
for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'chromium']]) {
  const run = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (run.status !== 0) {
    console.error(`apt-get ${args.join(' ')} failed (exit ${run.status ?? 'signal'}); install chromium by hand and retry.`);
    process.exit(1);
  }
}
if (!existsSync(chromiumPath)) {
  console.error(`apt-get installed chromium, but ${chromiumPath} is still missing; set CHROMIUM_PATH.`);
  process.exit(1);
}
