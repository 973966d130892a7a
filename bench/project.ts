/**
 * Copies of the project for benchmark builds in a temporary folder: the sources and configuration
 * copied, node_modules linked package by package (so Astro's caches under node_modules/.astro stay
 * the copy's own and every build starts cold), and a content folder of the bench's choosing.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

const COPIED = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', '.htmlvalidate.json'];

/** Links every package of `from`/node_modules into `to`/node_modules, but Astro's and Vite's caches. */
export function linkNodeModules(from: string, to: string): void {
  const target = join(to, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(join(from, 'node_modules'))) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(join(from, 'node_modules', name), join(target, name));
  }
}

/** Writes a copy of the project at `dir` (content/ is the caller's). */
export function copyProject(projectRoot: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const name of COPIED) if (existsSync(join(projectRoot, name))) cpSync(join(projectRoot, name), join(dir, name), { recursive: true });
  linkNodeModules(projectRoot, dir);
}
