/**
 * Installs the Debian packages the project needs and cannot get from npm: Chromium for the browser
 * tests, Tesseract with its Vietnamese model and poppler's pdftotext/pdftoppm for the importer
 * (PDF and OCR input), and the DejaVu font the importer tests print their PDF fixtures with. Test
 * tools cannot download browsers or models on these machines, so every fresh machine and CI gets
 * them here: installed with apt-get when missing and we are root, otherwise the exact command is
 * printed and the run stops.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromiumPath } from '../lib/browser/chromium.ts';
import { systemPackages } from '../lib/importer/sources/systemTools.ts';

const needed = [{ path: chromiumPath, pkg: 'chromium', what: 'Chromium (browser tests; or set CHROMIUM_PATH)' }, ...systemPackages];
const missing = needed.filter((n) => !existsSync(n.path));
if (missing.length === 0) process.exit(0);

const pkgs = [...new Set(missing.map((m) => m.pkg))];
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(
    `Missing system packages:\n${missing.map((m) => `  ${m.path} — ${m.what} (Debian package ${m.pkg})`).join('\n')}\n` +
      `Install them with: sudo apt-get update && sudo apt-get install -y ${pkgs.join(' ')}`,
  );
  process.exit(1);
}

console.log(`Installing Debian packages: ${pkgs.join(', ')}…`);
for (const args of [
  ['update', '-qq'],
  ['install', '-y', '-qq', ...pkgs],
]) {
  const run = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (run.status !== 0) {
    console.error(`apt-get ${args.join(' ')} failed (exit ${run.status ?? 'signal'}); install ${pkgs.join(' ')} by hand and retry.`);
    process.exit(1);
  }
}
const still = needed.filter((n) => !existsSync(n.path));
if (still.length > 0) {
  console.error(`apt-get ran, but these are still missing: ${still.map((s) => s.path).join(', ')}`);
  process.exit(1);
}
