import { z } from 'zod';
import { editorSchemaKey, isoDate, slugId, year } from './common.ts';

/** A national programme that local plans implement, e.g. Đề án 06. */
export const programme = z
  .object({
    ...editorSchemaKey,
    /** Short name: "Đề án 06 (2022–2025)". */
    name: z.string().min(1),
    /** Full title verbatim from the decision. */
    title: z.string().min(1),
    /** The approving decision. */
    decision: z.object({ number: z.string().min(1), date: isoDate, issuer: z.string().min(1) }).strict(),
    period: z.object({ from: year, to: year, vision: year.nullable() }).strict(),
    /** The utility or objective groups targets are organised by, in order. */
    groups: z
      .array(
        z
          .object({
            id: slugId,
            /** Its number in the decision (1–5 or 1–6). */
            number: z.number().int().positive(),
            /** Its name in Vietnamese. */
            name: z.string().min(1),
            /** A few words for chart labels. */
            shortName: z.string().min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type Programme = z.infer<typeof programme> & { id: string };
