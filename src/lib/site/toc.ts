/** A table of contents from a rendered full text's headings (see content/renderPlanText.ts). */

/** A heading of a rendered text: depth 1–6, the id it got, its text (as Astro's `render()` reports them). */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** One entry of a table of contents, with the entries under it. */
export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

/**
 * The headings from `minDepth` to `maxDepth` as a nested list: "I. MỤC ĐÍCH, YÊU CẦU" with
 * "1. Mục đích" and "2. Yêu cầu" under it. A deeper heading with no parent in range goes to the top.
 */
export function tocFromHeadings(headings: readonly Heading[], minDepth = 2, maxDepth = 3): TocEntry[] {
  const top: TocEntry[] = [];
  const stack: { depth: number; entry: TocEntry }[] = [];
  for (const h of headings) {
    if (h.depth < minDepth || h.depth > maxDepth || h.slug === '') continue;
    const entry: TocEntry = { slug: h.slug, text: h.text, children: [] };
    while (stack.length > 0 && stack[stack.length - 1]!.depth >= h.depth) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.entry.children : top).push(entry);
    stack.push({ depth: h.depth, entry });
  }
  return top;
}
