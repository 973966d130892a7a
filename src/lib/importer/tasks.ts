import type { Deadline } from '../../schemas/deadline.ts';
import type { Level } from '../../schemas/common.ts';
import type { Programme } from '../../schemas/programme.ts';
import type { Task, TaskSection } from '../../schemas/task.ts';
import { parseDeadline } from '../deadline/parseDeadline.ts';
import { taskIdFromSection } from '../text/sectionId.ts';
import { proposeAgency, readAssignment, type AgencyIndex } from './agencyRoles.ts';
import { matchGroup } from './groups.ts';
import { foldKey } from './labels.ts';
import { descendants, type OutlineNode } from './outline.ts';
import type { AgencyProposal, Doubt } from './types.ts';

/** Tasks and the headings that group them, with what the importer doubted. */
export interface TaskReading {
  sections: TaskSection[];
  tasks: Task[];
  /** Outline nodes the tasks were read from (for the report's "placed" bookkeeping). */
  placed: Set<OutlineNode>;
}

/** The Roman sections that hold tasks: "NHIỆM VỤ VÀ GIẢI PHÁP", "NHIỆM VỤ, GIẢI PHÁP, THỜI GIAN THỰC HIỆN". */
export function taskSectionsOf(root: OutlineNode, ocr: boolean): OutlineNode[] {
  const romans = root.children.filter((n) => n.kind === 'roman');
  const named = romans.filter((n) => {
    const k = foldKey(n.text, ocr).replace(/\s+/g, '');
    return k.includes('nhiemvu') && !k.includes('phancong') && !k.includes('tochuc');
  });
  if (named.length > 0) return named;
  return romans.filter((n) => descendants(n).some((d) => d.field !== null));
}

/** Text children of an item before its first field: the rest of its wording. */
function bodyText(item: OutlineNode): { before: OutlineNode[]; after: OutlineNode[] } {
  const before: OutlineNode[] = [];
  const after: OutlineNode[] = [];
  let seenField = false;
  for (const c of item.children) {
    if (c.field) seenField = true;
    else if (c.kind === 'text') (seenField ? after : before).push(c);
  }
  return { before, after };
}

/**
 * Reads the tasks: every item (numbered, lettered or bulleted) of the tasks sections that carries
 * an agency or a deadline field. A bullet that is its own task keeps its item's numbering and gets
 * `-y<n>` in its id. When a tasks section carries no field at all (assignments kept in an
 * appendix), each of its bullets is a task without agency or deadline, and the report says so.
 */
export function readTasks(
  root: OutlineNode,
  programme: Programme,
  agencies: AgencyIndex,
  level: Level,
  ocr: boolean,
  doubts: Doubt[],
  proposals: Map<string, AgencyProposal>,
): TaskReading {
  const sections: TaskSection[] = [];
  const tasks: Task[] = [];
  const placed = new Set<OutlineNode>();
  const ids = new Set<string>();
  for (const roman of taskSectionsOf(root, ocr)) {
    const all = descendants(roman);
    const hasFields = all.some((n) => n.field !== null);
    const items = all.filter((n) => ['number', 'letter', 'bullet'].includes(n.kind) && n.field === null && (hasFields ? n.children.some((c) => c.field !== null) : n.kind === 'bullet'));
    if (!hasFields && items.length > 0) {
      doubts.push({ line: roman.para.line, subject: `mục ${roman.section}`, message: 'mục nhiệm vụ không ghi cơ quan thực hiện và thời hạn (có thể nằm trong phụ lục không kèm theo): mỗi gạch đầu dòng được nhập thành một nhiệm vụ không có cơ quan, thời hạn "unspecified"; cần người xem' });
    }
    const appendixNote = !hasFields ? all.find((n) => /phu luc/.test(foldKey(n.para.text, ocr)) && n.kind === 'text')?.para.text.replace(/^[(*\s]+|[)*\s]+$/g, '') : undefined;
    for (const item of items) {
      const { before, after } = bodyText(item);
      const isHeadingItem = item.kind === 'number' && before.length > 0;
      const text = (isHeadingItem ? before.map((b) => b.text) : [item.text, ...before.map((b) => b.text)]).join(' ').trim();
      const bulletIndex = item.kind === 'bullet' ? item.parent!.children.filter((c) => c.kind === 'bullet' && c.field === null).indexOf(item) + 1 : undefined;
      let id = taskIdFromSection(item.section, bulletIndex);
      if (ids.has(id)) {
        let n = 2;
        while (ids.has(`${id}-${n}`)) n++;
        doubts.push({ line: item.para.line, subject: id, message: `mã nhiệm vụ "${id}" bị trùng (nhãn lặp lại trong văn bản); dùng "${id}-${n}", cần người xem` });
        id = `${id}-${n}`;
      }
      ids.add(id);
      placed.add(item);
      for (const b of before) placed.add(b);

      const fields = item.children.filter((c) => c.field !== null);
      for (const f of fields) placed.add(f);
      const agencyFields = fields.filter((f) => f.field!.kind === 'agency');
      const deadlineField = fields.find((f) => f.field!.kind === 'deadline');
      const lead: string[] = [];
      const support: string[] = [];
      for (const f of agencyFields) {
        const a = readAssignment(f.field!.value, f.field!.role, agencies, ocr);
        for (const x of a.lead) if (!lead.includes(x)) lead.push(x);
        for (const x of a.support) if (!support.includes(x) && !lead.includes(x)) support.push(x);
        for (const [names, target] of [[a.unknownLead, lead], [a.unknownSupport, support]] as const) {
          for (const name of names) {
            const p = proposeAgency(name, level, f.para.line);
            const existing = proposals.get(p.id);
            if (existing) {
              if (!existing.aliases.includes(name)) existing.aliases.push(name);
              existing.lines.push(f.para.line);
            } else proposals.set(p.id, p);
            if (!target.includes(p.id)) target.push(p.id);
            doubts.push({ line: f.para.line, subject: id, message: `cơ quan "${name}" chưa có trong danh mục: đề xuất mã "${p.id}" (agencies.proposed.json); cần người quyết định`, blocking: true });
          }
        }
        if (a.lead.length + a.support.length + a.unknownLead.length + a.unknownSupport.length === 0) {
          doubts.push({ line: f.para.line, subject: id, message: `không nhận ra cơ quan nào trong "${f.field!.value}"; cần người xem` });
        }
      }
      const assignee = agencyFields.length === 0 ? null : agencyFields.length === 1 ? agencyFields[0]!.field!.value : agencyFields.map((f) => `${f.field!.label}: ${f.field!.value}`).join('; ');
      let deadline: Deadline;
      if (deadlineField && deadlineField.field!.value.length > 0) {
        deadline = parseDeadline(deadlineField.field!.value);
        if (deadline.kind === 'unspecified' || deadline.kind === 'event') {
          doubts.push({ line: deadlineField.para.line, subject: id, message: `thời hạn "${deadline.raw}" đọc là "${deadline.kind}" (không có ngày cụ thể); cần người xem` });
        }
      } else {
        const raw = appendixNote ?? 'Văn bản không ghi thời hạn';
        deadline = parseDeadline(raw).kind === 'unspecified' ? { kind: 'unspecified', raw } : { kind: 'unspecified', raw, override: { reason: 'Câu dẫn chiếu phụ lục, không phải thời hạn của nhiệm vụ; cần người điền thời hạn.' } };
        if (hasFields) doubts.push({ line: item.para.line, subject: id, message: 'nhiệm vụ không ghi thời hạn; cần người xem' });
      }
      const task: Task = { id, section: item.section, group: null, text, lead, support, assignee: assignee && assignee.length > 0 ? assignee : null, deadline };
      const note = after.map((a) => a.text).join(' ').trim();
      if (note) {
        task.note = note;
        for (const a of after) placed.add(a);
      }
      tasks.push(task);
    }
    // Headings that group tasks: numbered and lettered items that are not tasks themselves.
    for (const n of all) {
      if (!['number', 'letter'].includes(n.kind) || placed.has(n)) continue;
      if (!descendants(n).some((d) => placed.has(d))) continue;
      const group = n.parent === roman ? matchGroup(n.text, programme) : null;
      sections.push({ section: n.section, title: n.text, group });
      placed.add(n);
    }
  }
  // A task belongs to the group of the heading above it.
  const bySection = new Map(sections.map((s) => [s.section, s.group ?? null]));
  for (const t of tasks) {
    const parts = t.section.split('.');
    let group: string | null = null;
    for (let i = parts.length; i > 0 && group === null; i--) group = bySection.get(parts.slice(0, i).join('.')) ?? null;
    t.group = group;
  }
  return { sections, tasks, placed };
}
