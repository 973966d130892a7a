import { z } from 'zod';
import { editorSchemaKey, slugId, year, level } from './common.ts';

/** One figure of a target: its number, unit, the level it applies to and the comparable metric. */
export const measure = z
  .object({
    /** The number as a JavaScript number, parsed from Vietnamese notation ("300.000" → 300000, "1,5" → 1.5). */
    value: z.number(),
    /** The unit as the document words it: "%", "tài khoản", "thủ tục". */
    unit: z.string().min(1),
    /** The level the figure applies to, for bullets such as "90 % … cấp tỉnh; 80 % … cấp huyện". */
    scope: level.nullable().optional(),
    /** A metric id from `content/metrics/`, when this figure is comparable across plans. */
    metric: slugId.nullable().optional(),
    /** How the number bounds the result: "tối thiểu 90%" is atLeast, "trên 35.000" is above. */
    bound: z.enum(['exactly', 'atLeast', 'above', 'atMost', 'below']).optional(),
  })
  .strict();

/** The phase a target belongs to, as written and as years. */
export const phase = z
  .object({
    /** The phase label verbatim: "Trong năm 2022", "Năm 2023 và những năm tiếp theo". */
    raw: z.string().min(1),
    /** First year of the phase. */
    from: year,
    /** Last year, or null when open-ended ("và những năm tiếp theo"). */
    to: year.nullable(),
  })
  .strict();

/** One target under "Mục tiêu cụ thể". The first figure sits at the top level (`value`, `unit`, `metric`); further levels' figures go in `also`. */
export const target = z
  .object({
    /** Anchor id, unique within the plan, starting "ct-". */
    id: slugId.refine((s) => s.startsWith('ct-'), 'mã chỉ tiêu phải bắt đầu bằng "ct-"'),
    /** The document's numbering of the heading the target sits under, e.g. "II.2.a". */
    section: z.string().min(1),
    /** Utility group id from the plan's programme. */
    group: slugId,
    /** The phase it belongs to. */
    phase,
    /** The target as the document words it, typos included. */
    text: z.string().min(1),
    ...measure.partial({ value: true, unit: true }).shape,
    /** Figures for further levels of the same bullet. */
    also: z.array(measure).optional(),
  })
  .strict()
  .refine((t) => (t.value === undefined) === (t.unit === undefined), {
    message: 'value và unit phải đi cùng nhau: có số thì phải có đơn vị',
    path: ['unit'],
  });

/** `content/plans/<plan-id>/targets.json`. */
export const targetFile = z.object({ ...editorSchemaKey, targets: z.array(target) }).strict();

export type Measure = z.infer<typeof measure>;
export type Phase = z.infer<typeof phase>;
export type Target = z.infer<typeof target>;
export type TargetFile = z.infer<typeof targetFile>;
