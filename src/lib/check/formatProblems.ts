import type { Corpus } from '../content/corpus.ts';
import type { Problem } from '../validate/problem.ts';

/**
 * The report an editor reads: problems grouped by file (in the order given), each with its field,
 * what is wrong, how to fix it, and `file:line` when the line is known; then the count.
 *
 *     ✗ content/plans/tinh-bac-kan-2022/tasks.json
 *       tasks[3] (nv-iii-2-dd) › deadline.due: "2022-13-01" không phải ngày có thật.
 *         Cách sửa: ghi ngày theo dạng YYYY-MM-DD, ví dụ 2022-06-30.
 *         → content/plans/tinh-bac-kan-2022/tasks.json:57
 *
 *     Tìm thấy 1 lỗi trong 1 tệp. Nội dung chưa được xuất bản.
 */
export function formatProblems(problems: readonly Problem[]): string {
  const files = new Map<string, Problem[]>();
  for (const p of problems) files.set(p.file, [...(files.get(p.file) ?? []), p]);
  const blocks = [...files].map(([file, list]) =>
    [
      `✗ ${file}`,
      ...list.flatMap((p) => [`  ${label(p)}${p.message}`, `    Cách sửa: ${p.hint}`, ...(p.line === undefined ? [] : [`    → ${p.file}:${p.line}`])]),
    ].join('\n'),
  );
  return `${blocks.join('\n\n')}\n\nTìm thấy ${problems.length} lỗi trong ${files.size} tệp. Nội dung chưa được xuất bản.\n`;
}

/** "tasks[3] (nv-iii-2-dd) › deadline.due: ", "region: ", or "" for a problem about the whole file. */
function label(p: Problem): string {
  if (p.field === '') return '';
  const m = /^([^.[\]]*\[\d+\])(?:\.(.+))?$/.exec(p.field);
  if (p.entry === undefined || m === null) return `${p.field}: `;
  return `${m[1]} (${p.entry})${m[2] === undefined ? '' : ` › ${m[2]}`}: `;
}

/** The one line printed when all content is valid: "Nội dung hợp lệ: 4 kế hoạch, 139 nhiệm vụ, …". */
export function formatSummary(corpus: Corpus): string {
  const tasks = corpus.plans.reduce((n, p) => n + p.tasks.length, 0);
  const targets = corpus.plans.reduce((n, p) => n + p.targets.length, 0);
  return (
    `Nội dung hợp lệ: ${corpus.plans.length} kế hoạch, ${tasks} nhiệm vụ, ${targets} chỉ tiêu, ` +
    `${corpus.regions.length} đơn vị hành chính, ${corpus.agencies.length} cơ quan, ${corpus.metrics.length} chỉ số, ` +
    `${corpus.programmes.length} chương trình${corpus.figures.length > 0 ? `, ${corpus.figures.length} số liệu báo cáo` : ''}.\n`
  );
}
