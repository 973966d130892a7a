/** A step into JSON or YAML data: an object key or an array index. */
export type PathSegment = string | number;

/**
 * The path of a field as editors read it: ["tasks", 3, "deadline", "due"] → "tasks[3].deadline.due",
 * [12, "parent"] → "[12].parent", [] → "".
 */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

/** The path one level up, or null at the top: "tasks[3].deadline" → "tasks[3]", "tasks[3]" → "tasks", "tasks" → "". */
export function parentPath(field: string): string | null {
  if (field === '') return null;
  const cut = Math.max(field.lastIndexOf('.'), field.lastIndexOf('['));
  return cut <= 0 ? '' : field.slice(0, cut);
}
