import type { Deadline } from '../../schemas/deadline.ts';
import type { Programme } from '../../schemas/programme.ts';
import type { Task, TaskSection } from '../../schemas/task.ts';
import { parseDeadline } from '../deadline/parseDeadline.ts';
import { taskIdFromSection } from '../text/sectionId.ts';
import { normalizeForMatch } from '../text/vietnamese.ts';
import { resolveAssignees, type AssigneeContext, type AssignmentPart } from './assignees.ts';
import { matchGroup } from './groups.ts';
import type { PipeTable, TableRow } from './pipeTable.ts';

/** What a column of an assignment table holds, read from its header. */
export type ColumnRole = 'stt' | 'task' | 'lead' | 'support' | 'assignee' | 'deadline' | 'product' | 'note';

/** Header words of each role, folded; the first role that matches wins ("Cơ quan chủ trì" is lead, not assignee). */
const COLUMN_WORDS: [ColumnRole, RegExp][] = [
  ['stt', /^(stt|tt|so tt|so thu tu)$/],
  ['deadline', /thoi gian|thoi han|tien do|thoi diem/],
  ['lead', /chu tri/],
  ['support', /phoi hop/],
  ['assignee', /(co quan|don vi|bo phan)[^|]*thuc hien|trach nhiem|phan cong/],
  ['product', /san pham|ket qua/],
  ['note', /ghi chu/],
  ['task', /noi dung|nhiem vu|cong viec|giai phap|hoat dong|ten/],
];

/** The role of each column of a table, from its header cells (null for a column it does not know). */
export function columnRoles(header: string[]): (ColumnRole | null)[] {
  const seen = new Set<ColumnRole>();
  return header.map((h) => {
    const k = normalizeForMatch(h)
      .replace(/[^a-z0-9 ]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    const role = COLUMN_WORDS.find(([r, re]) => !seen.has(r) && re.test(k))?.[0] ?? null;
    if (role) seen.add(role);
    return role;
  });
}

/** True when a table assigns tasks: it has a task column and a column of agencies or deadlines. */
export function isAssignmentTable(t: PipeTable): boolean {
  const roles = columnRoles(t.header);
  return roles.includes('task') && (roles.includes('lead') || roles.includes('assignee') || roles.includes('deadline'));
}

const ROMAN = /^[IVXL]{1,6}$/;
const NUMBER = /^\d{1,3}(\.\d{1,3})*\.?$/;

/** Tasks and the group rows that head them, read from assignment tables. */
export interface TableReading {
  sections: TaskSection[];
  tasks: Task[];
}

/**
 * Reads the tasks of assignment tables ("Phụ lục phân công nhiệm vụ": STT | Nội dung | Cơ quan chủ
 * trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm). A row numbered in Roman ("I") or with
 * only its task cell filled heads a group (a task section, matched to the programme's groups by
 * name); a numbered row is a task, its section `PL.<group>.<STT>` ("PL.I.1"), its agencies read per
 * column (chủ trì → lead, phối hợp → support, "Cơ quan thực hiện" → from the wording) and its
 * deadline with `parseDeadline`; "Sản phẩm" and "Ghi chú" cells go to `note`. A row without a
 * number that follows a task continues its cells (a cell broken over two rows). A second table is
 * numbered "PL2.…", a third "PL3.…".
 */
export function readTableTasks(tables: PipeTable[], programme: Programme, ctx: AssigneeContext, takenIds: Set<string>): TableReading {
  const sections: TaskSection[] = [];
  const tasks: Task[] = [];
  tables.forEach((table, ti) => {
    const prefix = ti === 0 ? 'PL' : `PL${ti + 1}`;
    const roles = columnRoles(table.header);
    const col = (role: ColumnRole): number => roles.indexOf(role);
    const cell = (row: TableRow, role: ColumnRole): string => (col(role) >= 0 ? (row.cells[col(role)] ?? '') : '');
    let group: { section: string; id: string | null } | null = null;
    let unnamedGroups = 0;
    const rows: { row: TableRow; section: string; group: string | null }[] = [];
    for (const row of table.rows) {
      const stt = cell(row, 'stt').replace(/\.$/, '');
      const filled = row.cells.filter((c) => c.length > 0).length;
      const taskCell = cell(row, 'task');
      const last = rows[rows.length - 1];
      if (ROMAN.test(stt) || (stt === '' && filled === 1 && taskCell !== '' && !(last && /^\p{Ll}/u.test(taskCell)))) {
        const number = stt || `${++unnamedGroups}`;
        group = { section: `${prefix}.${number}`, id: matchGroup(taskCell, programme) };
        sections.push({ section: group.section, title: taskCell, group: group.id });
        continue;
      }
      if (stt === '' && last) {
        last.row = { ...last.row, cells: last.row.cells.map((c, i) => [c, row.cells[i] ?? ''].filter((x) => x.length > 0).join(' ')) };
        continue;
      }
      if (!NUMBER.test(stt) && stt !== '') continue;
      rows.push({ row, section: `${group?.section ?? prefix}.${stt || rows.length + 1}`, group: group?.id ?? null });
    }
    for (const { row, section, group: groupId } of rows) {
      let id = taskIdFromSection(section);
      if (takenIds.has(id)) {
        let n = 2;
        while (takenIds.has(`${id}-${n}`)) n++;
        ctx.doubts.push({ line: row.line, subject: id, message: `mã nhiệm vụ "${id}" bị trùng; dùng "${id}-${n}", cần người xem` });
        id = `${id}-${n}`;
      }
      takenIds.add(id);
      const parts: AssignmentPart[] = [];
      const labelled: string[] = [];
      for (const role of ['lead', 'support', 'assignee'] as const) {
        const value = cell(row, role).replace(/\n/g, '; ');
        if (!value) continue;
        parts.push({ value, role: role === 'assignee' ? 'all' : role, line: row.line });
        labelled.push(`${table.header[col(role)]}: ${value}`);
      }
      const { lead, support } = resolveAssignees(parts, id, ctx);
      const raw = cell(row, 'deadline').replace(/\n/g, ' ');
      let deadline: Deadline;
      if (raw) {
        deadline = parseDeadline(raw);
        if (deadline.kind === 'unspecified' || deadline.kind === 'event') {
          ctx.doubts.push({
            line: row.line,
            subject: id,
            message: `thời hạn "${deadline.raw}" đọc là "${deadline.kind}" (không có ngày cụ thể); cần người xem`,
          });
        }
      } else {
        deadline = { kind: 'unspecified', raw: 'Văn bản không ghi thời hạn' };
        ctx.doubts.push({ line: row.line, subject: id, message: 'nhiệm vụ không ghi thời hạn; cần người xem' });
      }
      const task: Task = {
        id,
        section,
        group: groupId,
        text: cell(row, 'task').replace(/\n/g, ' '),
        lead,
        support,
        assignee: parts.length === 0 ? null : parts.length === 1 ? parts[0]!.value : labelled.join('; '),
        deadline,
      };
      const note = (['product', 'note'] as const)
        .map((r) => (cell(row, r) ? `${table.header[col(r)]}: ${cell(row, r).replace(/\n/g, ' ')}` : ''))
        .filter(Boolean)
        .join(' ');
      if (note) task.note = note;
      tasks.push(task);
    }
  });
  return { sections, tasks };
}
