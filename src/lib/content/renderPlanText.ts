/**
 * Renders a plan's full text (the MDX body of `plan.mdx`) to HTML with Satteri, the Markdown and
 * MDX engine Astro itself uses, with Astro's defaults: GitHub tables, smart punctuation and heading
 * ids from github-slugger. Done per page rather than as one compiled module per plan, so that at
 * national scale the build never holds every full text at once.
 *
 * A full text is prose: MDX comments (`{/* trang 3 *\/}`, the importer's page marks) are dropped,
 * and any other MDX (components, imports, expressions) is an error naming the line, because an
 * editor who wrote it expects something this page would not show.
 */
import GithubSlugger from 'github-slugger';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast, type HastNode } from 'satteri';
import type { Heading } from '../site/toc.ts';

export interface RenderedText {
  html: string;
  headings: Heading[];
}

/** An MDX construct a plan's full text may not hold. */
export class PlanTextError extends Error {}

const COMMENT_ONLY = /^\s*\/\*[\s\S]*\*\/\s*$/;
const HEADING = /^h[1-6]$/;
const MDX_LABELS: Record<string, string> = {
  mdxJsxFlowElement: 'thẻ thành phần (JSX)',
  mdxJsxTextElement: 'thẻ thành phần (JSX)',
  mdxjsEsm: 'dòng import/export',
  mdxFlowExpression: 'biểu thức {…}',
  mdxTextExpression: 'biểu thức {…}',
};

type Node = HastNode & { children?: Node[]; value?: string; tagName?: string; properties?: Record<string, unknown> };

export function renderPlanText(body: string): RenderedText {
  const tree = mdxToHast(body, { features: { gfm: true, smartPunctuation: true } }) as Node;
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  const visit = (node: Node): void => {
    if (!node.children) return;
    node.children = node.children.filter((child) => {
      const label = MDX_LABELS[child.type];
      if (label === undefined) return true;
      if (child.type.endsWith('Expression') && COMMENT_ONLY.test(child.value ?? '')) return false;
      const line = child.position?.start.line;
      throw new PlanTextError(`Toàn văn có ${label}${line === undefined ? '' : ` ở dòng ${line} của phần nội dung`}: toàn văn kế hoạch chỉ gồm chữ Markdown; chỉ được dùng chú thích {/* … */}.`);
    });
    for (const child of node.children) visit(child);
    if (node.type === 'element' && HEADING.test(node.tagName ?? '')) {
      const text = textOf(node);
      const existing = node.properties?.['id'];
      const slug = typeof existing === 'string' ? existing : slugger.slug(text);
      node.properties = { ...node.properties, id: slug };
      headings.push({ depth: Number(node.tagName[1]), slug, text });
    }
  };
  visit(tree);
  return { html: toHtml(tree, { characterReferences: { useNamedReferences: true } }), headings };
}

function textOf(node: Node): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}
