import { z } from 'zod';
import { isoDate as calendarDate, isoParts } from '../lib/calendar/calendar.ts';

/** A calendar date written `YYYY-MM-DD` that exists (no 31/4, no 29/2 in 2023). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'phải là ngày dạng YYYY-MM-DD, ví dụ 2023-03-31')
  .refine(isRealDate, 'ngày này không có trên lịch');

/** A date known to the day (`YYYY-MM-DD`) or only to the month (`YYYY-MM`), as documents sometimes leave the day blank. */
export const partialDate = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'phải là YYYY-MM-DD hoặc YYYY-MM, ví dụ 2022-04')
  .refine((s) => (s.length === 7 ? isRealDate(`${s}-01`) : isRealDate(s)), 'ngày này không có trên lịch');

/** A lowercase ASCII id made of words joined by hyphens: `cong-an`, `bac-kan`, `nv-iii-2-dd`. */
export const slugId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'chỉ gồm chữ thường không dấu, số và dấu gạch nối, ví dụ "cong-an"');

/** A calendar year within the span plans can plausibly talk about. */
export const year = z.number().int().min(1945).max(2100);

/** Administrative level of a unit or of a plan's issuer. */
export const level = z.enum(['province', 'district', 'commune']);
export type Level = z.infer<typeof level>;

/** The deadline calendar's own test, so that the checker and the deadline parser agree on which days exist. */
function isRealDate(s: string): boolean {
  const { year, month, day } = isoParts(s);
  return calendarDate(year, month, day) !== null;
}

/**
 * The `$schema` key a content JSON file may carry so that editors offer completion and mark errors:
 * the URL of its JSON Schema, e.g. "https://…/schema/tasks.json". The site ignores it.
 */
export const editorSchemaKey = { $schema: z.string().min(1).optional() };
