import { DEADLINE_KIND_NAME } from '../deadline/names.ts';
import { formatDeadline } from '../deadline/parseDeadline.ts';
import { mentionsIn } from './agencies.ts';
import { targetMeasures } from './metrics.ts';
import { groupInfo } from './targets.ts';
import type { Site, SitePlan } from './types.ts';

/** Byte-order mark: without it Excel reads UTF-8 CSV as a legacy code page and garbles Vietnamese. */
export const UTF8_BOM = '\uFEFF';

/** One CSV field: quoted when it holds a comma, quote, or line break; quotes doubled (RFC 4180). */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV document (RFC 4180, CRLF line ends) with a UTF-8 BOM, from a header and rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return UTF8_BOM + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Header of the tasks CSV. */
export const TASK_CSV_HEADER = [
  'Mã',
  'Mục',
  'Nhóm tiện ích',
  'Nội dung',
  'Chủ trì',
  'Phối hợp',
  'Mã cơ quan chủ trì',
  'Mã cơ quan phối hợp',
  'Giao nhiệm vụ (nguyên văn)',
  'Thời hạn (nguyên văn)',
  'Thời hạn',
  'Loại thời hạn',
  'Bắt đầu',
  'Hạn',
  'Liên kết',
] as const;

/** The tasks CSV of a plan; `siteUrl` is the site's origin, for each task's link. */
export function taskCsv(plan: SitePlan, site: Site, siteUrl: string): string {
  const programme = site.programmeById.get(plan.meta.programme);
  const rows = plan.tasks.map((t) => {
    const d = t.deadline;
    return [
      t.id,
      t.section,
      t.group ? groupInfo(t.group, programme).name : '',
      t.text,
      mentionsIn(plan, t.lead, site).map((m) => m.name).join('; '),
      mentionsIn(plan, t.support, site).map((m) => m.name).join('; '),
      t.lead.join(' '),
      t.support.join(' '),
      t.assignee,
      d.raw,
      formatDeadline(d),
      DEADLINE_KIND_NAME[d.kind],
      'start' in d ? d.start : '',
      'due' in d ? d.due : '',
      `${siteUrl}/ke-hoach/${plan.id}/#${t.id}`,
    ];
  });
  return toCsv(TASK_CSV_HEADER, rows);
}

/** Header of the targets CSV: one row per figure (a target with three levels gives three rows). */
export const TARGET_CSV_HEADER = [
  'Mã',
  'Mục',
  'Nhóm tiện ích',
  'Giai đoạn (nguyên văn)',
  'Từ năm',
  'Đến năm',
  'Nội dung',
  'Giá trị',
  'Đơn vị',
  'Phạm vi',
  'Giới hạn',
  'Mã chỉ số',
  'Liên kết',
] as const;

/** The targets CSV of a plan: a row per figure, and one row for a target without figures. */
export function targetCsv(plan: SitePlan, site: Site, siteUrl: string): string {
  const programme = site.programmeById.get(plan.meta.programme);
  const rows = plan.targets.flatMap((t) => {
    const base = [t.id, t.section, groupInfo(t.group, programme).name, t.phase.raw, t.phase.from, t.phase.to, t.text];
    const link = `${siteUrl}/ke-hoach/${plan.id}/#${t.id}`;
    const measures = targetMeasures(t);
    if (measures.length === 0) return [[...base, '', '', '', '', '', link]];
    return measures.map((m) => [...base, m.value, m.unit, m.scope ?? '', m.bound ?? '', m.metric ?? '', link]);
  });
  return toCsv(TARGET_CSV_HEADER, rows);
}

/** The plan as one JSON document for open-data users: its facts, task headings, tasks and targets. */
export function planJson(plan: SitePlan, siteUrl: string): string {
  return JSON.stringify(
    {
      id: plan.id,
      url: `${siteUrl}/ke-hoach/${plan.id}/`,
      ...plan.meta,
      sections: plan.sections,
      tasks: plan.tasks,
      targets: plan.targets,
    },
    null,
    2,
  );
}
