import { z } from 'zod';
import { editorSchemaKey, slugId } from './common.ts';

/**
 * A kind of body that plans assign work to, named at each level: `cong-an` is "Công an tỉnh",
 * "Công an huyện", "Công an xã". Collective assignees ("các sở, ban, ngành liên quan") are agencies too.
 */
export const agency = z
  .object({
    ...editorSchemaKey,
    /** The agency's own name without a level, used in lists: "Công an", "Sở Y tế". */
    name: z.string().min(1),
    /** Its name at each level where it exists; a level it has no body at is left out. */
    names: z
      .object({
        province: z.string().min(1).optional(),
        district: z.string().min(1).optional(),
        commune: z.string().min(1).optional(),
      })
      .strict(),
    /** Other ways documents write it, matched without regard to case or spacing: "Văn phòng HĐND&UBND huyện". */
    aliases: z.array(z.string().min(1)),
    /** True for collective assignees such as "các sở, ban, ngành, địa phương liên quan". */
    collective: z.boolean(),
    /** What sort of body it is, for grouping on the agencies page. */
    sector: z.enum(['chinh-quyen', 'cong-an', 'chuyen-mon', 'tu-phap-toa-an', 'doan-the', 'dang', 'doanh-nghiep', 'trung-uong', 'tap-the']),
  })
  .strict();

export type Agency = z.infer<typeof agency> & { id: string };
export { slugId as agencyId };
