import { descendants, type OutlineNode } from './outline.ts';
import { isPipeRow, isSeparatorRow, splitCells } from './pipeTable.ts';
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

/** A table row with each cell MDX-escaped (and a bar inside a cell written "\|"); the "|---|" line as it is. */
function tableRow(text: string): string {
  if (isSeparatorRow(text)) return text.trim().replace(/\s+/g, '');
  return `| ${splitCells(text)
    .map((c) => escapeMdx(c.replace(/\n/g, ' ')).replace(/\|/g, '\\|'))
    .join(' | ')} |`;
}

/**
 * The plan's full text as consistent Markdown for the MDX body: Roman sections as `##`, numbered
 * headings as `###`/`####`, an appendix heading as `##`, table rows as a Markdown table, bullets as
 * list items ("+" nested under "-"), every other paragraph as it stands with wrapped lines joined;
 * MDX-escaped, nothing dropped (page numbers kept as comments).
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
    if (n.kind === 'text' && isPipeRow(n.para.text)) {
      out.push(tableRow(n.para.text));
      lastWasList = false;
      continue;
    }
    if (n.kind === 'appendix' || (n.kind === 'roman' && n.label)) {
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
  // List items stay together, and so do table rows; everything else is separated by a blank line.
  const lines: string[] = [];
  const group = (l: string): string | null => (/^\s*- /.test(l) ? 'list' : l.startsWith('|') ? 'table' : null);
  out.forEach((l, i) => {
    const g = group(l);
    if (i > 0 && !(g !== null && g === group(out[i - 1]!))) lines.push('');
    lines.push(l);
  });
  return `${lines.join('\n')}\n`;
}
