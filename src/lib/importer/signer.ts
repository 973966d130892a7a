import { foldKeepingLength } from '../text/vietnamese.ts';
import { foldKey } from './labels.ts';

/** Who signed the plan, with the source line of the name (1-based). */
export interface Signer {
  name: string;
  title: string;
  line: number;
}

const NAME_LIKE = /^(?:[\p{Lu}][\p{Ll}\p{M}]*\s+){1,4}[\p{Lu}][\p{Ll}\p{M}]*$/u;
/** A signature title at the end of a line: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH". */
const TITLE_AT_END = /(?:^|\s)((?:tm|kt)\.\s*[a-z ]{3,40}|(?:pho )?chu tich)\s*$/;

/**
 * The title fragment a line ends with, verbatim, or null. PDF and OCR copies put the signature
 * column on the same line as the recipients ("- UBND tỉnh (b/c);      PHÓ CHỦ TỊCH").
 */
function titleAtEnd(line: string, ocr: boolean): string | null {
  const m = TITLE_AT_END.exec(foldKeepingLength(line));
  if (m) return line.slice(m.index + m[0].indexOf(m[1]!)).trim();
  // OCR may garble the words: a line that is a title as a whole still counts.
  return TITLE_AT_END.exec(foldKey(line, ocr))?.index === 0 ? line : null;
}

function nameIn(t: string): string | null {
  const s = t.replace(/[”"’'.,;:]+$/, '').trim();
  return NAME_LIKE.test(s) && s.split(/\s+/).length >= 2 ? s : null;
}

/** A name glued to the end of another line ("- Lưu: VT. Hoàng Văn Thắng"): 2 to 4 capitalised words after a punctuation mark. */
function trailingName(t: string): string | null {
  if (/[.,;:)]$/.test(t)) return null;
  const words = t.split(/\s+/);
  const run: string[] = [];
  for (let i = words.length - 1; i >= 0 && run.length < 4; i--) {
    const w = words[i]!;
    if (!/^[\p{Lu}][\p{Ll}\p{M}]+$/u.test(w)) {
      if (run.length >= 2 && /[.,;:)]$/.test(w)) return run.join(' ');
      return null;
    }
    run.unshift(w);
  }
  return null;
}

function titleCase(parts: string[]): string {
  const words = parts.map((p) => {
    const k = p.replace(/\s+/g, ' ').trim();
    const m = /^(TM\.|KT\.)\s*(.*)$/i.exec(k);
    const body = (m ? m[2]! : k).toLowerCase();
    const cased = body
      .replace(/(^|\s)(ủy|uỷ|uy) ban nhân dân/u, '$1Ủy ban nhân dân')
      .replace(/^(phó )?chủ tịch/u, (s) => s.charAt(0).toUpperCase() + s.slice(1));
    return m ? `${m[1]!.toUpperCase()} ${cased.charAt(0).toUpperCase()}${cased.slice(1)}` : cased.charAt(0).toUpperCase() + cased.slice(1);
  });
  return words.join(', ') || 'Chủ tịch';
}

/**
 * The signer: the name under the last signature title ("CHỦ TỊCH", "PHÓ CHỦ TỊCH", "TM. …",
 * "KT. …"), with the title lines above it as its title. Titles may end a line that starts with
 * something else (the recipients column of a PDF or OCR copy), and the name may be glued to the
 * end of a recipients line ("- Lưu: VT. Hoàng Văn Thắng").
 */
export function readSigner(rawLines: string[], ocr: boolean): Signer | null {
  const clean = rawLines.map((l) => l.replace(/[*#_]/g, '').trim());
  for (let i = clean.length - 1; i >= 0; i--) {
    const own = titleAtEnd(clean[i]!, ocr);
    if (!own) continue;
    const titleParts: string[] = [own];
    for (let j = i - 1; j >= 0 && titleParts.length < 3; j--) {
      if (clean[j] === '') continue;
      const t = titleAtEnd(clean[j]!, ocr);
      if (!t || !/^(tm|kt)\./.test(foldKey(t, ocr))) break;
      titleParts.unshift(t);
    }
    for (let n = i + 1; n < Math.min(clean.length, i + 40); n++) {
      const t = clean[n]!;
      if (t === '') continue;
      const more = titleAtEnd(t, ocr);
      if (more && /^(pho )?chu tich$/.test(foldKey(more, ocr))) {
        titleParts.push(more);
        continue;
      }
      const name = nameIn(t) ?? trailingName(t);
      if (name) return { name, title: titleCase(titleParts), line: n + 1 };
    }
  }
  // OCR copies glue the name to another line: take a name-like fragment at the end of the document.
  for (let i = clean.length - 1; i >= Math.max(0, clean.length - 8); i--) {
    const frag =
      clean[i]!.split(/[—–-]{2,}|\s{3,}/)
        .pop()
        ?.trim() ?? '';
    const name = nameIn(frag);
    if (name) return { name, title: 'TM. Ủy ban nhân dân', line: i + 1 };
  }
  return null;
}
