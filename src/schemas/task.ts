import { z } from 'zod';
import { deadline } from './deadline.ts';
import { editorSchemaKey, slugId } from './common.ts';

/**
 * One task of a plan: an item of its tasks section that carries an agency or a deadline.
 * The text is verbatim; agencies are ids in `content/agencies/`.
 */
export const task = z
  .object({
    /** Anchor id, unique within the plan: "nv-" + the section in ASCII, đ written "dd" (III.2.đ → "nv-iii-2-dd"); a bullet that is its own task adds "-y<n>" ("nv-iii-5-a-y2"). */
    id: slugId.refine((s) => s.startsWith('nv-'), 'mã nhiệm vụ phải bắt đầu bằng "nv-"'),
    /** The document's numbering of the item as printed, e.g. "III.2.đ" (a bullet that is its own task keeps its item's numbering; its id tells it apart). */
    section: z.string().min(1),
    /** Utility group id from the plan's programme, when the task's section belongs to one. */
    group: slugId.nullable().optional(),
    /** The task as the document words it, typos included. */
    text: z.string().min(1),
    /** Agency ids that lead the task ("A chủ trì", or every name in a bare list). */
    lead: z.array(slugId),
    /** Agency ids that support it ("phối hợp với B"). */
    support: z.array(slugId),
    /** The assignment line verbatim, e.g. "Công an tỉnh chủ trì, phối hợp với các sở, ban, ngành liên quan thực hiện."; null when the text names no one. */
    assignee: z.string().min(1).nullable(),
    /** When it is due. */
    deadline,
    /** Anything else the document says about this task that is not part of its text (kept verbatim). */
    note: z.string().min(1).optional(),
  })
  .strict();

/** A heading of the tasks section that groups tasks (it is not itself a task). */
export const taskSection = z
  .object({
    /** The document's numbering, e.g. "III.2". */
    section: z.string().min(1),
    /** The heading verbatim, e.g. "Phục vụ giải quyết thủ tục hành chính, cung cấp dịch vụ công trực tuyến". */
    title: z.string().min(1),
    /** Utility group id from the plan's programme, when the heading is one of its groups. */
    group: slugId.nullable().optional(),
  })
  .strict();

/** `content/plans/<plan-id>/tasks.json`. */
export const taskFile = z
  .object({
    ...editorSchemaKey,
    /** Headings that group the tasks, in document order. */
    sections: z.array(taskSection),
    /** Every task, in document order. */
    tasks: z.array(task),
  })
  .strict();

export type Task = z.infer<typeof task>;
export type TaskSection = z.infer<typeof taskSection>;
export type TaskFile = z.infer<typeof taskFile>;
