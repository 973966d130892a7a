import { unzipSync } from 'fflate';

/** Largest document.xml read (a plan is well under 5 MB of XML; a zip bomb is not). */
const MAX_XML_BYTES = 50 * 1024 * 1024;

/** The text of a .docx, or why it cannot be read. */
export type DocxReading = { ok: true; text: string; tables: number } | { ok: false; error: string };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITIES[e.toLowerCase()]!,
  );
}

/** The text of one `<w:p>`: its runs' `<w:t>`, tabs as spaces, line breaks as newlines. */
function paragraphText(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>/g)) {
    if (m[1] !== undefined) out += decodeXml(m[1]);
    else out += m[2] === 'tab' ? ' ' : '\n';
  }
  return out.replace(/[ \t\u00a0]+/g, ' ').trim();
}

/** Splits `xml` into its top-level `<w:tag>…</w:tag>` elements (nesting of the same tag respected). */
function topLevel(xml: string, tags: string[]): { tag: string; xml: string }[] {
  const out: { tag: string; xml: string }[] = [];
  const open = new RegExp(`<w:(${tags.join('|')})\\b[^>]*?(/?)>`, 'g');
  let m: RegExpExecArray | null;
  while ((m = open.exec(xml)) !== null) {
    const tag = m[1]!;
    if (m[2] === '/') continue; // empty element
    let depth = 1;
    const re = new RegExp(`<(/?)w:${tag}\\b[^>]*?(/?)>`, 'g');
    re.lastIndex = open.lastIndex;
    let end = xml.length;
    let n: RegExpExecArray | null;
    while ((n = re.exec(xml)) !== null) {
      if (n[2] === '/') continue;
      depth += n[1] === '/' ? -1 : 1;
      if (depth === 0) {
        end = re.lastIndex;
        break;
      }
    }
    out.push({ tag, xml: xml.slice(m.index, end) });
    open.lastIndex = end;
  }
  return out;
}

/** A table as Markdown pipe rows: one row per `<w:tr>`, a cell's paragraphs joined by "<br>", the first row the header. */
function tableMarkdown(xml: string): string[] {
  const inner = xml.replace(/^<w:tbl\b[^>]*>/, '');
  const rows = topLevel(inner, ['tr']).map((tr) =>
    topLevel(tr.xml.replace(/^<w:tr\b[^>]*>/, ''), ['tc']).map((tc) => {
      const paras = topLevel(tc.xml.replace(/^<w:tc\b[^>]*>/, ''), ['p', 'tbl']).map((p) =>
        p.tag === 'p' ? paragraphText(p.xml) : tableMarkdown(p.xml).join(' '),
      );
      return paras
        .filter((p) => p !== '')
        .join('<br>')
        .replace(/\|/g, '\\|')
        .replace(/\n/g, '<br>');
    }),
  );
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (rows.length === 0 || width < 2) return rows.map((r) => r.join(' ')).filter((r) => r.trim() !== '');
  const line = (cells: string[]): string => `| ${[...cells, ...Array<string>(width - cells.length).fill('')].join(' | ')} |`;
  return [line(rows[0]!), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)];
}

/**
 * Reads a Word document's body in order: each paragraph a line (blank line between), each table
 * as a Markdown pipe table, so the importer reads an appendix table of tasks (STT | Nhiệm vụ | Cơ
 * quan chủ trì | …) with its usual table reader. Refuses a file that is not a zip or has no
 * word/document.xml, with a one-line Vietnamese reason.
 */
export function readDocx(bytes: Uint8Array): DocxReading {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b))
    return { ok: false, error: 'tệp .docx không phải tệp zip (có thể bị hỏng hoặc là tệp .doc cũ đổi đuôi); hãy lưu lại thành .docx' };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' && f.originalSize <= MAX_XML_BYTES });
  } catch (e) {
    return { ok: false, error: `tệp .docx hỏng, không giải nén được (${(e as Error).message})` };
  }
  const doc = files['word/document.xml'];
  if (!doc) return { ok: false, error: 'tệp zip không có word/document.xml: không phải tệp Word .docx (hoặc nội dung quá lớn)' };
  const xml = new TextDecoder('utf-8').decode(doc);
  const body = /<w:body\b[^>]*>([\s\S]*)<\/w:body>/.exec(xml)?.[1] ?? '';
  const lines: string[] = [];
  let tables = 0;
  for (const el of topLevel(body, ['p', 'tbl', 'sdt'])) {
    if (el.tag === 'tbl') {
      tables++;
      lines.push('', ...tableMarkdown(el.xml), '');
    } else if (el.tag === 'sdt') {
      for (const p of topLevel(el.xml, ['p'])) lines.push(paragraphText(p.xml), '');
    } else {
      const t = paragraphText(el.xml);
      if (t !== '') lines.push(t, '');
    }
  }
  const text = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (text === '') return { ok: false, error: 'tệp .docx không có chữ nào' };
  return { ok: true, text: `${text}\n`, tables };
}
