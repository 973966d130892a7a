import { descendants, type OutlineNode } from './outline.ts';
import type { PageMark } from './types.ts';

/** Escapes what MDX would read as code or markup: `{ } < >`, and Markdown emphasis marks. */
export function escapeMdx(text: string): string {
  return text.replace(/[\\{}<>*_`[\]]/g, (c) => `\\${c}`);
}

/** Escapes a paragraph's start so Markdown does not read it as a heading, list or quote. */
function escapeStart(text: string): string {
  return text.replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([#+\-=|~])/, '\\$1');
}

function isHeadingLike(n: OutlineNode): boolean {
  return n.para.text.length < 180 && !/[.;]$/.test(n.para.text) && (n.children.length > 0 || n.kind === 'roman');
}

/**
 * The plan's full text as consistent Markdown for the MDX body: Roman sections as `##`, numbered
 * headings as `###`/`####`, bullets as list items ("+" nested under "-"), every other paragraph as
 * it stands with wrapped lines joined; MDX-escaped, nothing dropped (page numbers kept as comments).
 */
export function renderBody(root: OutlineNode, pageMarks: PageMark[]): string {
  const out: string[] = [];
  const marks = [...pageMarks];
  let lastWasList = false;
  for (const n of descendants(root)) {
    while (marks.length > 0 && marks[0]!.line < n.para.line) {
      out.push(`{/* ${marks.shift()!.text.replace(/\*\//g, '* /')} */}`);
      lastWasList = false;
    }
    const text = escapeMdx(n.para.text);
    if (n.kind === 'roman' && n.label) {
      out.push(`## ${text}`);
      lastWasList = false;
    } else if (n.kind === 'number' && isHeadingLike(n)) {
      out.push(`${n.key.includes('.') ? '####' : '###'} ${text}`);
      lastWasList = false;
    } else if (n.kind === 'bullet' && n.label) {
      const rest = escapeMdx(n.label.rest);
      const nested = n.label.printed !== '-' && lastWasList;
      out.push(`${nested ? '  ' : ''}- ${rest}`);
      lastWasList = true;
      continue;
    } else {
      out.push(escapeStart(text));
      lastWasList = false;
    }
  }
  for (const m of marks) out.push(`{/* ${m.text} */}`);
  // List items stay together; everything else is separated by a blank line.
  const lines: string[] = [];
  out.forEach((l, i) => {
    const isItem = /^\s*- /.test(l);
    const prevItem = i > 0 && /^\s*- /.test(out[i - 1]!);
    if (i > 0 && !(isItem && prevItem)) lines.push('');
    lines.push(l);
  });
  return `${lines.join('\n')}\n`;
}
