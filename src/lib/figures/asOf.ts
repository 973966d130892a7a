import { formatViDate } from '../deadline/formatDeadline.ts';
import { quarterRoman } from '../deadline/quarterNumeral.ts';

/**
 * Reading a figure's `asOf` ("2024-11-06", "2024-04", "2024-Q3", "2024"): the first and last day it
 * covers, and its words. A figure "as of April 2024" holds at the end of April, so charts and
 * statuses place it at `asOfEnd`; "in the future" is judged by `asOfStart`.
 */
export function asOfStart(asOf: string): string {
  if (/^\d{4}$/.test(asOf)) return `${asOf}-01-01`;
  const q = /^(\d{4})-Q([1-4])$/.exec(asOf);
  if (q) return `${q[1]}-${String(Number(q[2]) * 3 - 2).padStart(2, '0')}-01`;
  return asOf.length === 7 ? `${asOf}-01` : asOf;
}

/** The last day `asOf` covers: "2024-04" → "2024-04-30", "2024-Q1" → "2024-03-31", "2024" → "2024-12-31". */
export function asOfEnd(asOf: string): string {
  if (/^\d{4}$/.test(asOf)) return `${asOf}-12-31`;
  const q = /^(\d{4})-Q([1-4])$/.exec(asOf);
  const [y, m] = q ? [Number(q[1]), Number(q[2]) * 3] : [Number(asOf.slice(0, 4)), Number(asOf.slice(5, 7))];
  if (!q && asOf.length === 10) return asOf;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${String(m).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/** Words for `asOf`: "08/10/2024", "tháng 4/2024", "quý III/2024", "năm 2024". */
export function formatAsOf(asOf: string): string {
  if (/^\d{4}$/.test(asOf)) return `năm ${asOf}`;
  const q = /^(\d{4})-Q([1-4])$/.exec(asOf);
  if (q) return `quý ${quarterRoman(Number(q[2]))}/${q[1]}`;
  const [y, m, d] = asOf.split('-');
  return d === undefined ? `tháng ${Number(m)}/${y}` : formatViDate(asOf);
}
