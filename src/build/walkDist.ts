/**
 * The one walk over a built site: every file under `dist/`, relative and "/"-separated, sorted.
 * The dist checks, the precompression and the build benchmark all list files through it.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `root` (relative, "/"-separated, sorted). */
export function walkDist(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, prefix: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const rel = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      if (entry.isDirectory()) walk(join(dir, entry.name), rel);
      else out.push(rel);
    }
  };
  walk(root, '');
  return out.sort();
}
