/**
 * The Astro loader of the `plans` collection: one entry per `content/plans/<id>/plan.mdx`, holding
 * the validated frontmatter and the file's path, but not the full text.
 *
 * Astro's glob loader would also keep each body in the data store (which the build embeds whole in
 * its server bundle) and compile each one as an MDX module: at 5,000 plans, about 400 MB of text
 * and 5,000 modules held through the build. The full-text page reads and renders its one body
 * instead (planFullText.ts).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { PLAN_FILES } from './layout.ts';
import { readFrontmatter } from './readFrontmatter.ts';
import { readFrontmatterHead } from './readFrontmatterHead.ts';

export function planLoader(plansDir: string): Loader {
  return {
    name: 'plan-frontmatter',
    async load(context) {
      const { store, watcher } = context;
      const root = context.config.root.pathname;
      const base = resolve(root, plansDir);
      const loadOne = async (id: string): Promise<void> => {
        const path = join(base, id, PLAN_FILES.plan.name);
        if (!existsSync(path)) return;
        const head = readFrontmatterHead(path);
        const filePath = relative(root, path);
        const { data, errors } = readFrontmatter(head, false);
        // `npm run check` reports these with their lines before Astro runs; this is the fallback.
        if (errors.length > 0) throw new Error(`${filePath}: ${errors.map((e) => e.message).join(' ')}`);
        const parsed = await context.parseData({ id, data: data as Record<string, unknown>, filePath });
        store.set({ id, data: parsed, filePath, digest: context.generateDigest(head) });
      };

      store.clear();
      const ids = readdirSync(base, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort();
      for (const id of ids) await loadOne(id);

      // `astro dev`: reload a plan when its file changes.
      watcher?.add(base);
      watcher?.on('all', (event, changed) => {
        const rel = relative(base, changed).split(/[\\/]/);
        if (rel.length !== 2 || rel[1] !== PLAN_FILES.plan.name) return;
        if (event === 'unlink') store.delete(rel[0]!);
        else void loadOne(rel[0]!);
      });
    },
  };
}
