import { z } from 'zod';
import { isoDate, level, slugId } from './common.ts';

/**
 * An administrative unit at one period of its life. A unit that the 2025 reform changed is two records:
 * the former one (validTo 2025-06-30, successor = the new unit) and the new one (validFrom 2025-07-01).
 * Ids: provinces use the name ("bac-kan"); a former province whose name lives on in a new one adds "-cu"
 * ("bac-ninh-cu"); districts and communes add their type and GSO code ("huyen-krong-no-664"), and a former one whose name and code live on in a new unit adds "-cu" too ("xa-nam-da-24697-cu").
 */
export const region = z
  .object({
    id: slugId,
    /** Short name: "Bắc Kạn", "Krông Nô". */
    name: z.string().min(1),
    /** Name with its type: "Tỉnh Bắc Kạn", "Huyện Krông Nô". */
    fullName: z.string().min(1),
    level,
    /** The unit's type in Vietnamese: "tỉnh", "thành phố trực thuộc trung ương", "huyện", "xã", "thị trấn", "phường", "đặc khu". */
    type: z.string().min(1),
    /** GSO code in its era (codes were reused after 2025: always read with validFrom/validTo). */
    code: z.string().regex(/^\d{2,5}$/, 'mã GSO gồm 2 (tỉnh), 3 (huyện) hoặc 5 (xã) chữ số'),
    /** The unit it belonged to, null for provinces. */
    parent: slugId.nullable(),
    /** First day it existed in this form, null when before the period this site covers. */
    validFrom: isoDate.nullable(),
    /** Last day it existed in this form, null when it still exists. */
    validTo: isoDate.nullable(),
    /** The unit(s) it became part of, when it ended. */
    successors: z.array(slugId),
    /** How it ended or what it became, in Vietnamese, as the reference states it. */
    fate: z.string().min(1).nullable(),
    /** Where these facts come from. */
    sources: z.array(z.string().min(1)).min(1),
  })
  .strict()
  .refine((r) => !r.validFrom || !r.validTo || r.validFrom <= r.validTo, {
    message: 'validTo không được trước validFrom',
    path: ['validTo'],
  })
  .refine((r) => (r.level === 'province') === (r.parent === null), {
    message: 'tỉnh không có đơn vị cấp trên (parent: null); huyện và xã phải có',
    path: ['parent'],
  });

/** A `content/regions/*.json` file: a list of units. */
export const regionFile = z.array(region);

export type Region = z.infer<typeof region>;
