import { z } from 'zod';
import { isoDate, level } from './common.ts';

/**
 * When a task is due, as the document words it.
 *
 * `raw` is always the document's words; `start`/`due` are ISO dates derived from them
 * (a month ends on its last day, a quarter on its last day, a year on 31 Dec).
 * The content must agree with `parseDeadline(raw)`; where a person knows better,
 * `override.reason` says why the stored reading differs.
 */
const base = {
  /** The deadline exactly as the document writes it, e.g. "Quý I/2023." */
  raw: z.string().min(1, 'không được để trống: chép nguyên văn thời hạn trong văn bản'),
  /** Present only when this reading deliberately differs from what `parseDeadline(raw)` returns. */
  override: z
    .object({ reason: z.string().min(10, 'hãy nêu lý do cụ thể (ít nhất 10 ký tự)') })
    .strict()
    .optional(),
};

/** One level's date in a staged deadline ("cấp huyện từ ngày 01/12/2022"). */
export const deadlineStage = z
  .object({
    /** The level the stage applies to, when the text names one. */
    level: level.nullable(),
    /** The words of this stage, e.g. "cấp huyện từ ngày 01/12/2022". */
    raw: z.string().min(1),
    /** The date this stage starts or is due. */
    date: isoDate,
  })
  .strict();

export const deadline = z.discriminatedUnion('kind', [
  /** A single day: "01/6/2023.", "Hoàn thành trước ngày 30/6/2023". */
  z.object({ kind: z.literal('date'), ...base, start: isoDate.optional(), due: isoDate }).strict(),
  /** A calendar month: "Trong tháng 3 năm 2022." */
  z.object({ kind: z.literal('month'), ...base, start: isoDate, due: isoDate }).strict(),
  /** A quarter: "Quý I/2023." */
  z.object({ kind: z.literal('quarter'), ...base, start: isoDate, due: isoDate }).strict(),
  /** A whole year: "Trong năm 2024." */
  z.object({ kind: z.literal('year'), ...base, start: isoDate, due: isoDate }).strict(),
  /** A span of several months or years: "Trong tháng 2 và 3 năm 2022." */
  z.object({ kind: z.literal('range'), ...base, start: isoDate, due: isoDate }).strict(),
  /** Different dates per level; `start` is the first stage, `due` the last. */
  z.object({ kind: z.literal('staged'), ...base, start: isoDate, due: isoDate, stages: z.array(deadlineStage).min(2) }).strict(),
  /** Continuous work: "Thực hiện thường xuyên.", "Từ tháng 4/2022." (with `start`). */
  z.object({ kind: z.literal('ongoing'), ...base, start: isoDate.optional() }).strict(),
  /** Due after something happens: "Ngay sau khi Chính phủ ban hành Nghị định." */
  z.object({ kind: z.literal('event'), ...base }).strict(),
  /** No date can be read: "Theo Thông tư của các Bộ, ngành." */
  z.object({ kind: z.literal('unspecified'), ...base }).strict(),
]);

export type Deadline = z.infer<typeof deadline>;
export type DeadlineKind = Deadline['kind'];
export type DeadlineStage = z.infer<typeof deadlineStage>;

/** Deadline kinds that carry a `due` date. */
export function hasDueDate(d: Deadline): d is Extract<Deadline, { due: string }> {
  return 'due' in d && typeof d.due === 'string';
}
