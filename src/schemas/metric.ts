import { z } from 'zod';
import { editorSchemaKey } from './common.ts';

/** A KPI that recurs across plans, so targets can be compared. */
export const metric = z
  .object({
    ...editorSchemaKey,
    /** Short Vietnamese name: "Tài khoản định danh điện tử (VNeID)". */
    name: z.string().min(1),
    /** What is counted, in one Vietnamese sentence. */
    description: z.string().min(1),
    /** The unit figures are given in: "%", "tài khoản". */
    unit: z.string().min(1),
    /** Whether a higher or a lower figure is better. */
    direction: z.enum(['higher-is-better', 'lower-is-better']),
    /** Phrases whose presence in a target's text marks it as this metric (lowercase, with diacritics), for the importer. */
    keywords: z.array(z.string().min(1)).min(1),
  })
  .strict();

export type Metric = z.infer<typeof metric> & { id: string };
