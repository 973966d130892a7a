import { parentPath } from '../validate/fieldPath.ts';
import { readFrontmatter } from '../content/readFrontmatter.ts';
import { scanJson } from '../content/scanJson.ts';
import type { Problem } from '../validate/problem.ts';

/**
 * Problems with the line of their field filled in where it can be found: in a JSON file the line
 * of the field (or, for a missing field, of the nearest enclosing one); in plan.mdx the line of the
 * frontmatter field. `readText` gives a file's text by its problem path, or null when it cannot be
 * read; only files that have problems are read, each once.
 */
export function addLines(problems: readonly Problem[], readText: (file: string) => string | null): Problem[] {
  const maps = new Map<string, Map<string, number> | null>();
  const linesOf = (file: string): Map<string, number> | null => {
    if (!maps.has(file)) {
      const text = readText(file);
      let lines: Map<string, number> | null = null;
      if (text !== null && file.endsWith('.json')) lines = scanJson(text, true).lines;
      else if (text !== null && file.endsWith('.mdx')) lines = readFrontmatter(text, true).lines;
      maps.set(file, lines);
    }
    return maps.get(file) ?? null;
  };
  return problems.map((problem) => {
    if (problem.line !== undefined || problem.field === '') return problem;
    const lines = linesOf(problem.file);
    for (let field: string | null = problem.field; field !== null && lines !== null; field = parentPath(field)) {
      const line = lines.get(field);
      if (line !== undefined) return { ...problem, line };
    }
    return problem;
  });
}
