import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `../shared` beside the project (seeds and reference data): present on every machine that builds
 * the site, absent in a bare clone. Suites that read it skip with `describe.skipIf(!hasShared(…))`
 * and read it only inside their tests or hooks, so that a missing folder skips instead of failing.
 */
export const sharedDir = join(import.meta.dirname, '..', '..', '..', 'shared');

/** The absolute path of `rel` inside ../shared. */
export function sharedPath(rel: string): string {
  return join(sharedDir, rel);
}

/** True when `rel` exists inside ../shared. */
export function hasShared(rel: string): boolean {
  return existsSync(sharedPath(rel));
}
