import type { Deadline } from '../../schemas/deadline.ts';
import type { Level } from '../../schemas/common.ts';
import type { Programme } from '../../schemas/programme.ts';
import type { Task, TaskSection } from '../../schemas/task.ts';
import { parseDeadline } from '../deadline/parseDeadline.ts';
import { taskIdFromSection } from '../text/sectionId.ts';
import type { AgencyIndex } from './agencyRoles.ts';
import { resolveAssignees, type AssignmentPart } from './assignees.ts';
import { assignmentInText } from './inlineAssignment.ts';
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
 * appendix), each of its bullets is a task without agency or deadline, and the report says so —
 * unless `assignmentTable`: the plan's assignment table holds its tasks (see `readTableTasks`) and
 * the bullets are general solutions. A task without an agency field whose own words assign it
 * ("Phòng X chủ trì, phối hợp với Y …") takes its agencies from them.
 */
export function readTasks(
  root: OutlineNode,
  programme: Programme,
  agencies: AgencyIndex,
  level: Level,
  ocr: boolean,
  doubts: Doubt[],
  proposals: Map<string, AgencyProposal>,
  assignmentTable = false,
): TaskReading {
  const sections: TaskSection[] = [];
  const tasks: Task[] = [];
  const placed = new Set<OutlineNode>();
  const ids = new Set<string>();
  for (const roman of taskSectionsOf(root, ocr)) {
    const all = descendants(roman);
    const hasFields = all.some((n) => n.field !== null);
    // Without fields, the bullets are the tasks — unless an assignment table holds them.
    const items = all.filter(
      (n) =>
        ['number', 'letter', 'bullet'].includes(n.kind) &&
        n.field === null &&
        (hasFields ? n.children.some((c) => c.field !== null) : n.kind === 'bullet' && !assignmentTable),
    );
    if (!hasFields && items.length > 0) {
      doubts.push({
        line: roman.para.line,
        subject: `mục ${roman.section}`,
        message:
          'mục nhiệm vụ không ghi cơ quan thực hiện và thời hạn (có thể nằm trong phụ lục không kèm theo): mỗi gạch đầu dòng được nhập thành một nhiệm vụ không có cơ quan, thời hạn "unspecified"; cần người xem',
      });
    }
    const appendixNote = !hasFields
      ? all.find((n) => /phu luc/.test(foldKey(n.para.text, ocr)) && n.kind === 'text')?.para.text.replace(/^[(*\s]+|[)*\s]+$/g, '')
      : undefined;
    for (const item of items) {
      const { before, after } = bodyText(item);
      const isHeadingItem = item.kind === 'number' && before.length > 0;
      const text = (isHeadingItem ? before.map((b) => b.text) : [item.text, ...before.map((b) => b.text)]).join(' ').trim();
      const bulletIndex = item.kind === 'bullet' ? item.parent!.children.filter((c) => c.kind === 'bullet' && c.field === null).indexOf(item) + 1 : undefined;
      let id = taskIdFromSection(item.section, bulletIndex);
      if (ids.has(id)) {
        let n = 2;
        while (ids.has(`${id}-${n}`)) n++;
        doubts.push({
          line: item.para.line,
          subject: id,
          message: `mã nhiệm vụ "${id}" bị trùng (nhãn lặp lại trong văn bản); dùng "${id}-${n}", cần người xem`,
        });
        id = `${id}-${n}`;
      }
      ids.add(id);
      placed.add(item);
      for (const b of before) placed.add(b);

      const fields = item.children.filter((c) => c.field !== null);
      for (const f of fields) placed.add(f);
      const agencyFields = fields.filter((f) => f.field!.kind === 'agency');
      const deadlineField = fields.find((f) => f.field!.kind === 'deadline');
      const inline = agencyFields.length === 0 && hasFields ? assignmentInText(text, agencies, ocr) : null;
      const parts: AssignmentPart[] = agencyFields.map((f) => ({ value: f.field!.value, role: f.field!.role, line: f.para.line }));
      if (inline) parts.push({ value: inline, role: 'all', line: item.para.line });
      const { lead, support } = resolveAssignees(parts, id, { agencies, level, ocr, doubts, proposals });
      const assignee =
        agencyFields.length === 0
          ? inline
          : agencyFields.length === 1
            ? agencyFields[0]!.field!.value
            : agencyFields.map((f) => `${f.field!.label}: ${f.field!.value}`).join('; ');
      let deadline: Deadline;
      if (deadlineField && deadlineField.field!.value.length > 0) {
        deadline = parseDeadline(deadlineField.field!.value);
        if (deadline.kind === 'unspecified' || deadline.kind === 'event') {
          doubts.push({
            line: deadlineField.para.line,
            subject: id,
            message: `thời hạn "${deadline.raw}" đọc là "${deadline.kind}" (không có ngày cụ thể); cần người xem`,
          });
        }
      } else {
        const raw = appendixNote ?? 'Văn bản không ghi thời hạn';
        deadline =
          parseDeadline(raw).kind === 'unspecified'
            ? { kind: 'unspecified', raw }
            : { kind: 'unspecified', raw, override: { reason: 'Câu dẫn chiếu phụ lục, không phải thời hạn của nhiệm vụ; cần người điền thời hạn.' } };
        if (hasFields) doubts.push({ line: item.para.line, subject: id, message: 'nhiệm vụ không ghi thời hạn; cần người xem' });
      }
      // A numbered item that is a task and a heading at once ("4. Phục vụ phát triển công dân số" with its text below) names its group.
      const ownGroup = isHeadingItem && item.parent === roman ? matchGroup(item.text, programme) : null;
      const task: Task = {
        id,
        section: item.section,
        group: ownGroup,
        text,
        lead,
        support,
        assignee: assignee && assignee.length > 0 ? assignee : null,
        deadline,
      };
      const note = after
        .map((a) => a.text)
        .join(' ')
        .trim();
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
    t.group = group ?? t.group ?? null;
  }
  return { sections, tasks, placed };
}
