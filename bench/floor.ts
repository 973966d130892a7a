/**
 * The floor of the build benchmark: a bare Astro site with the same page paths and the same HTML
 * bytes per page as the site just built, and nothing else (one template, no content collections, no
 * components), indexed by Pagefind. What any static build of that much HTML costs on this machine.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkNodeModules } from './project.ts';

/** One page of the site to imitate: its URL path and its size. */
export interface PageSize {
  path: string;
  bytes: number;
}

/** Writes the bare project at `dir` (its own node_modules links to `projectRoot`'s). */
export function writeFloorProject(dir: string, pages: readonly PageSize[], projectRoot: string): void {
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  linkNodeModules(projectRoot, dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'floor', private: true, type: 'module' }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nexport default defineConfig({ site: 'https://floor.invalid', trailingSlash: 'always', build: { format: 'directory' } });\n`,
  );
  // Words to fill pages with: the site's own vocabulary, so Pagefind indexes comparable text.
  const words = [...new Set(readFileSync(join(projectRoot, 'content', 'plans', 'tinh-bac-kan-2022', 'tasks.json'), 'utf8').match(/\p{L}+/gu) ?? [])];
  writeFileSync(join(dir, 'words.json'), JSON.stringify(words));
  writeFileSync(join(dir, 'pages.json'), JSON.stringify(pages.filter((p) => p.path !== '/404.html')));
  writeFileSync(
    join(dir, 'src', 'pages', '[...slug].astro'),
    `---
import { readFileSync } from 'node:fs';
export function getStaticPaths() {
  const pages = JSON.parse(readFileSync('pages.json', 'utf8'));
  return pages.map((p, i) => ({ params: { slug: p.path.replace(/^\\/|\\/$/g, '') || undefined }, props: { bytes: p.bytes, i } }));
}
const words = JSON.parse(readFileSync('words.json', 'utf8'));
const { bytes, i } = Astro.props;
const paragraphs = [];
let size = 260;
let n = i * 7919;
while (size < bytes) {
  const parts = [];
  for (let k = 0; k < 60 && size < bytes; k += 1) {
    const w = words[(n = (n * 1103515245 + 12345) % 2147483648) % words.length];
    parts.push(w);
    size += Buffer.byteLength(w) + 1;
  }
  paragraphs.push(parts.join(' '));
  size += 7;
}
---
<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Trang {i}</title></head>
<body><main><h1>Trang {i}</h1>{paragraphs.map((p) => <p>{p}</p>)}</main></body></html>
`,
  );
  writeFileSync(
    join(dir, 'index.mjs'),
    `import * as pagefind from 'pagefind';
const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
const added = await index.addDirectory({ path: 'dist' });
await index.writeFiles({ outputPath: 'dist/pagefind' });
await pagefind.close();
console.log('pagefind pages', added.page_count);
`,
  );
}
