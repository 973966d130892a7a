/**
 * The id of the list entry a path points into, for labelling problems: in tasks.json
 * ["tasks", 3, "deadline"] gives that task's `id`, ["sections", 0, "group"] that heading's `section`;
 * in a regions file [12, "parent"] gives that unit's `id`. Undefined when the path is not inside a list
 * entry or the entry has no string id.
 */
export function entryIdAt(data: unknown, path: readonly PropertyKey[]): string | undefined {
  const depth = typeof path[0] === 'number' ? 1 : typeof path[1] === 'number' ? 2 : 0;
  if (depth === 0) return undefined;
  let entry = data;
  for (const segment of path.slice(0, depth)) {
    if (typeof entry !== 'object' || entry === null) return undefined;
    entry = (entry as Record<PropertyKey, unknown>)[segment];
  }
  if (typeof entry !== 'object' || entry === null) return undefined;
  const { id, section } = entry as { id?: unknown; section?: unknown };
  return typeof id === 'string' ? id : typeof section === 'string' ? section : undefined;
}
