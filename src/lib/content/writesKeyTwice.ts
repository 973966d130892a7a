/** Every JSON string literal, with the colon that makes it a key when there is one. */
const STRING_LITERAL = /"(?:[^"\\]|\\.)*"(\s*:)?/g;

/**
 * Whether valid JSON `text`, which parsed to `data`, writes some key twice in one object: it then
 * writes more keys than `data` holds, since JSON.parse keeps only the last. Counting is far cheaper
 * than a positional scan, so only files that fail this need one to say where.
 */
export function writesKeyTwice(text: string, data: unknown): boolean {
  let written = 0;
  STRING_LITERAL.lastIndex = 0;
  for (let m = STRING_LITERAL.exec(text); m !== null; m = STRING_LITERAL.exec(text)) if (m[1] !== undefined) written += 1;
  return written !== keysIn(data);
}

function keysIn(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, item) => n + keysIn(item), 0);
  if (typeof value !== 'object' || value === null) return 0;
  let n = 0;
  for (const key in value) n += 1 + keysIn((value as Record<string, unknown>)[key]);
  return n;
}
