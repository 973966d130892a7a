import { z } from 'zod';
import { editorSchemaKey, partialDate, slugId } from './common.ts';

/**
 * The id that stands for the whole country in a figure's `region`: national totals (VNeID accounts,
 * share of dossiers handled fully online) belong to no administrative unit of `content/regions`.
 */
export const NATIONAL_REGION = 'ca-nuoc';

/**
 * When a figure holds: a day (`2024-11-06`), a month (`2024-04`), a quarter (`2024-Q3`) or a year
 * (`2024`, for "cuối năm 2024" or "năm 2024").
 */
export const asOf = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?|-Q[1-4])?$/, 'phải là ngày (2024-11-06), tháng (2024-04), quý (2024-Q3) hoặc năm (2024)');

/** Where a reported figure was published. Every field is required: a figure without its source is not published. */
export const figureSource = z
  .object({
    /** The article's or document's title as published, or null when the copy read did not show it (print pages, tag pages). */
    title: z.string().min(1).nullable(),
    /** The address the figure was read at. */
    url: z.url({ protocol: /^https?$/, error: 'phải là địa chỉ http(s)://…' }),
    /** Who published it: "Báo Đắk Nông", "Cổng TTĐT tỉnh Bắc Ninh". */
    publisher: z.string().min(1),
    /** The publication date (YYYY-MM-DD or YYYY-MM), or null when the page carries none. */
    publishedOn: partialDate.nullable(),
    /** The sentence that states the figure, copied verbatim (the outlet's English when the page is an English edition). */
    quote: z.string().min(1),
    /** The quote's language: "en" for an English edition's translation, whose numbers use 1,234.5. */
    language: z.enum(['vi', 'en']),
  })
  .strict();

/** Who gave the figure: the unit itself (its People's Committee, portal or conference) or someone else (a ministry, a national report). */
export const figureReporter = z
  .object({
    /** "self" when the unit reports on itself, "third-party" otherwise. */
    kind: z.enum(['self', 'third-party']),
    /** Who, in Vietnamese: "UBND tỉnh Bắc Kạn", "Bộ Công an (Cục C06)". */
    name: z.string().min(1),
  })
  .strict();

/**
 * One reported figure (an actual, not a target): `content/figures/<id>.json`. It belongs to the unit
 * it was reported for, as that unit was on the as-of date (a former province keeps its figures; they are
 * never merged into its successor's), and to one metric of `content/metrics`.
 */
export const figure = z
  .object({
    ...editorSchemaKey,
    /** The unit the figure is about: a region id (current or former), or "ca-nuoc" for the whole country. */
    region: slugId,
    /** The metric it measures (a `content/metrics` id); its definition must match the source's words. */
    metric: slugId,
    /** The number, in JavaScript notation: 62.87, 313890, 65000000. */
    value: z.number(),
    /** The unit of `value`, the metric's own: "%", "tài khoản". */
    unit: z.string().min(1),
    /** How the source bounds the number: "trên 65 triệu" is above, "dưới 10%" below, "gần 1 triệu" about. */
    bound: z.enum(['exactly', 'above', 'below', 'about']).optional(),
    /** What a count is out of, when the source says: 313.890/324.898 tài khoản → { value: 324898, label: "hồ sơ đề nghị cấp tài khoản đã thu nhận" }. */
    denominator: z
      .object({
        /** The number, when the source gives it. */
        value: z.number().optional(),
        /** What it counts, in Vietnamese. */
        label: z.string().min(1),
      })
      .strict()
      .optional(),
    /** When the figure holds (day, month, quarter or year). */
    asOf,
    /** The source's own words for when, when they are looser than `asOf`: "6 tháng đầu năm 2022", "đến tháng 4/2024". */
    asOfText: z.string().min(1).optional(),
    /** Who reported it. */
    reporter: figureReporter,
    /** Where it was published. */
    source: figureSource,
    /** What a reader must know to read the figure right (definition, denominator, translation), in Vietnamese. */
    note: z.string().min(1).optional(),
  })
  .strict();

export type Figure = z.infer<typeof figure> & { id: string };
export type FigureSource = z.infer<typeof figureSource>;
