/**
 * A bad content fixture is `test/fixtures/good/content/` plus the small unified diff in
 * `test/fixtures/bad/<kind>/change.diff` (one mistake, or several for `many`). `badContent(kind)`
 * applies it to a fresh copy in a temporary folder and returns that copy's `content/` root, so that
 * the checker's file names read "content/plans/…" exactly as in `expected.txt`.
 *
 * `node test/support/badFixture.ts <kind>` prints that root, to run `npm run check -- <root>` by hand.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { applyPatch, parsePatch } from 'diff';

export const fixturesDir = join(import.meta.dirname, '..', 'fixtures');
export const goodContent = join(fixturesDir, 'good', 'content');

/** Every kind of bad fixture: the folders of `test/fixtures/bad/`. */
export function badKinds(): string[] {
  return readdirSync(join(fixturesDir, 'bad')).sort();
}

/** The report an editor must see for `kind`. */
export function expectedReport(kind: string): string {
  return readFileSync(join(fixturesDir, 'bad', kind, 'expected.txt'), 'utf8');
}

/** Writes good + `kind`'s diff into a new temporary folder and returns its content root. */
export function badContent(kind: string): string {
  const root = join(mkdtempSync(join(tmpdir(), `bad-${kind}-`)), 'content');
  cpSync(goodContent, root, { recursive: true });
  for (const patch of parsePatch(readFileSync(join(fixturesDir, 'bad', kind, 'change.diff'), 'utf8'))) {
    // A file the mistake adds has an empty old side ("@@ -0,0 …").
    const added = patch.hunks.length > 0 && patch.hunks.every((h) => h.oldLines === 0);
    const file = join(root, stripSide((added ? patch.newFileName : patch.oldFileName) ?? ''));
    if (added) mkdirSync(dirname(file), { recursive: true });
    if (patch.newFileName === '/dev/null') {
      rmSync(file);
      continue;
    }
    const patched = applyPatch(added ? '' : readFileSync(file, 'utf8'), patch);
    if (patched === false) throw new Error(`bad/${kind}/change.diff no longer applies to ${patch.oldFileName}: update it after changing good/`);
    writeFileSync(file, patched);
  }
  return root;
}

/** "a/plans/x/tasks.json" → "plans/x/tasks.json". */
function stripSide(name: string): string {
  return name.replace(/^[ab]\//, '');
}

if (import.meta.main) {
  const kind = process.argv[2];
  if (kind === undefined || !badKinds().includes(kind)) {
    console.error(`Cách dùng: node test/support/badFixture.ts <${badKinds().join('|')}>`);
    process.exit(2);
  }
  console.log(badContent(kind));
}
