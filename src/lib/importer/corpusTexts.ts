import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Every string in a parsed value that is prose, not an id ("cong-an") or a date. */
function stringsOf(value: unknown, out: string[]): void {
  if (typeof value === 'string') {
    if (!/^[a-z0-9-]+$/.test(value) && !/^\d{4}-\d{2}(-\d{2})?$/.test(value)) out.push(value);
  } else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, out);
}

/**
 * The published plans' Vietnamese text (MDX body, frontmatter prose, task and target texts) for
 * the diacritic model; plans whose text was itself restored from OCR are left out (their marks
 * came from this model's kind of guess), and so is every id in `exclude`. `only` reads that one
 * plan, restored or not (the reference a restoration is measured against).
 */
export function corpusTexts(contentRoot: string, exclude: ReadonlySet<string> = new Set(), only: string | null = null): string[] {
  const plansDir = join(contentRoot, 'plans');
  const out: string[] = [];
  for (const id of readdirSync(plansDir).sort()) {
    if (exclude.has(id) || (only !== null && id !== only)) continue;
    const mdxPath = join(plansDir, id, 'plan.mdx');
    if (!existsSync(mdxPath)) continue;
    const mdx = readFileSync(mdxPath, 'utf8');
    const [, fm = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx) ?? [];
    const frontmatter = parse(fm) as { source?: { restored?: boolean } } | null;
    if (frontmatter?.source?.restored && only === null) continue;
    stringsOf(frontmatter, out);
    out.push(body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').replace(/[*#_|>\\]/g, ' '));
    for (const f of ['tasks.json', 'targets.json']) {
      const p = join(plansDir, id, f);
      if (existsSync(p)) stringsOf(JSON.parse(readFileSync(p, 'utf8')), out);
    }
  }
  return out;
}
