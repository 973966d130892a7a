import type { Task } from '../../schemas/task.ts';
import type { Target } from '../../schemas/target.ts';
import type { AgencyProposal, Doubt, Unplaced } from './types.ts';

/** What the importer found and doubted, for the editor. */
export interface ImportReport {
  planId: string;
  form: string;
  tasks: number;
  targets: number;
  sections: number;
  agencies: string[];
  proposals: AgencyProposal[];
  deadlineKinds: Record<string, number>;
  doubts: Doubt[];
  unplaced: Unplaced[];
}

/** Counts and lists for the report from the draft's tasks and targets. */
export function summarise(
  planId: string,
  form: string,
  sections: number,
  tasks: Task[],
  targets: Target[],
  proposals: AgencyProposal[],
  doubts: Doubt[],
  unplaced: Unplaced[],
): ImportReport {
  const agencies = [...new Set(tasks.flatMap((t) => [...t.lead, ...t.support]))].sort();
  const deadlineKinds: Record<string, number> = {};
  for (const t of tasks) deadlineKinds[t.deadline.kind] = (deadlineKinds[t.deadline.kind] ?? 0) + 1;
  const sorted = [...doubts].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { planId, form, tasks: tasks.length, targets: targets.length, sections, agencies, proposals, deadlineKinds, doubts: sorted, unplaced };
}

/** The report as text (Vietnamese), one fact or doubt per line with its source line. */
export function formatReport(r: ImportReport, outDir: string): string {
  const lines: string[] = [];
  lines.push(`Bản nháp: ${outDir}`);
  lines.push(`Dạng văn bản: ${r.form}`);
  lines.push(`Tìm thấy: ${r.tasks} nhiệm vụ (${r.sections} đề mục), ${r.targets} chỉ tiêu, ${r.agencies.length} cơ quan (${r.proposals.length} đề xuất mới)`);
  lines.push(
    `Thời hạn theo loại: ${
      Object.entries(r.deadlineKinds)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ') || 'không có'
    }`,
  );
  if (r.proposals.length > 0) {
    lines.push('', 'Cơ quan chưa có trong danh mục (đề xuất trong agencies.proposed.json, cần người quyết định):');
    for (const p of r.proposals) lines.push(`  dòng ${p.lines.join(', ')}: "${p.name}" → ${p.id} (trong "${p.phrases[0]}")`);
  }
  const blocking = r.doubts.filter((d) => d.blocking);
  lines.push('', `Chỗ chưa chắc chắn (${r.doubts.length}, trong đó ${blocking.length} cần người quyết định trước khi chạy npm run check):`);
  for (const d of r.doubts)
    lines.push(`  ${d.line === null ? 'toàn văn bản' : `dòng ${d.line}`}: [${d.subject}] ${d.message}${d.blocking ? ' (BẮT BUỘC)' : ''}`);
  lines.push('', `Đoạn không xếp được vào trường nào (vẫn giữ trong nội dung plan.mdx): ${r.unplaced.length}`);
  for (const u of r.unplaced) lines.push(`  dòng ${u.line}: ${u.why}: "${u.text.length > 120 ? `${u.text.slice(0, 117)}…` : u.text}"`);
  return `${lines.join('\n')}\n`;
}
