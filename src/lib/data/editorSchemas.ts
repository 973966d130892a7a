import { z } from 'zod';
import { agency, figure, metric, planFrontmatter, programme, regionFile, targetFile, taskFile } from '../../schemas/index.ts';

/**
 * The content files' JSON Schemas for editors, by the name under /schema/<name>.json that a file's
 * `$schema` names: VS Code and other editors then complete field names and mark errors as you type.
 */
export const EDITOR_SCHEMAS = {
  tasks: { schema: taskFile, title: 'Nhiệm vụ của một kế hoạch (content/plans/<mã>/tasks.json)' },
  targets: { schema: targetFile, title: 'Chỉ tiêu của một kế hoạch (content/plans/<mã>/targets.json)' },
  agency: { schema: agency, title: 'Một cơ quan (content/agencies/<mã>.json)' },
  metric: { schema: metric, title: 'Một chỉ số so sánh được (content/metrics/<mã>.json)' },
  figure: { schema: figure, title: 'Một số liệu đã báo cáo (content/figures/<mã>.json)' },
  programme: { schema: programme, title: 'Một chương trình quốc gia (content/programmes/<mã>.json)' },
  regions: { schema: regionFile, title: 'Danh sách đơn vị hành chính (content/regions/*.json)' },
  plan: { schema: planFrontmatter, title: 'Phần đầu (frontmatter YAML) của content/plans/<mã>/plan.mdx' },
} as const;

export type EditorSchemaName = keyof typeof EDITOR_SCHEMAS;

/**
 * The JSON Schema (draft 2020-12) of a content file, as an editor reads it: the input form
 * (what one writes), with an `$id` at its stable URL. Refinements zod cannot express (a date
 * that exists on the calendar) stay with `npm run check`.
 */
export function editorSchema(name: EditorSchemaName, origin: string): object {
  const { schema, title } = EDITOR_SCHEMAS[name];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return { ...json, $id: `${origin}/schema/${name}.json`, title };
}
