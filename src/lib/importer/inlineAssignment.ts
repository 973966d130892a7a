import { foldKeepingLength } from '../text/vietnamese.ts';
import { matchAgencies, type AgencyIndex } from './agencyRoles.ts';

/** "chủ trì" as a word (OCR "chu tri"). */
const LEAD_WORD = /(?:^|[^a-z])ch[a-z0-9]{0,2}\s+tr[i1l](?=[^a-z]|$)/;
/** Where the work begins after the agencies: the first verb of the task. */
const WORK_VERB =
  /(?:^|[^a-z])(thuc hien|trien khai|tham muu|theo doi|huong dan|kiem tra|xay dung|to chuc|ra soat|de xuat|bao dam|dam bao|tuyen truyen|ket noi|cap nhat)(?=[^a-z]|$)/;
/** Words that may open the clause before the agencies: "Giao …", "Đề nghị …". */
const OPENER = /^\s*(giao|de nghi|yeu cau)\s+/;

/**
 * The assignment a task's own words carry, when no field line names its agencies: "Phòng Văn hóa
 * và Thông tin chủ trì, phối hợp với Công an huyện hướng dẫn …" → "Phòng Văn hóa và Thông tin
 * chủ trì, phối hợp với Công an huyện". Only a clause that opens with catalogue agencies followed
 * by "chủ trì" counts, so a task that merely mentions an agency is not read as assigned to it.
 */
export function assignmentInText(text: string, agencies: AgencyIndex, ocr: boolean): string | null {
  const folded = foldKeepingLength(text.normalize('NFC'));
  const lead = LEAD_WORD.exec(folded);
  if (!lead) return null;
  const clauseStart = Math.max(0, ...[...folded.slice(0, lead.index).matchAll(/[.;:]\s+/g)].map((m) => m.index + m[0].length));
  const before = text.slice(clauseStart, lead.index + (lead[0].length - lead[0].trimStart().length));
  const opener = OPENER.exec(foldKeepingLength(before));
  const names = opener ? before.slice(opener[0].length) : before;
  const found = matchAgencies(names, agencies, ocr);
  // A short list of known agencies before "chủ trì": a long clause there is the task's own wording.
  const words = names.trim().split(/\s+/).filter(Boolean).length;
  if (found.ids.length === 0 || found.unknown.length > 0 || words > 14) return null;
  const afterLead = lead.index + lead[0].length;
  const verb = WORK_VERB.exec(folded.slice(afterLead));
  const end = verb ? afterLead + verb.index : (/[.;]/.exec(folded.slice(afterLead))?.index ?? folded.length - afterLead) + afterLead;
  return text
    .slice(clauseStart + (opener ? opener[0].length : 0), end)
    .replace(/[\s,;]+$/, '')
    .trim();
}
