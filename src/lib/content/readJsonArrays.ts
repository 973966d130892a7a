import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';

/**
 * Reads every `*.json` file in `dir`, each holding an array of entries with an `id`,
 * and returns them all in file-name order. Used where one entity has many small records
 * (regions), so that editors keep them in a few files instead of hundreds.
 */
export function readJsonArrays<T extends { id: string }>(dir: string, schema: z.ZodType<T[]>): T[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => schema.parse(JSON.parse(readFileSync(join(dir, name), 'utf8'))));
}
