import type { Deadline } from '../../schemas/deadline.ts';
import { foldDiacritics } from '../text/vietnamese.ts';
import { isoParts, lastDayOfMonth } from '../calendar/calendar.ts';
import { LEVEL_NAME } from './names.ts';
import { quarterRoman } from './quarterNumeral.ts';

/**
 * A date as Vietnamese documents print it: day with two digits, month without a leading zero:
 * "2023-03-31" → "31/3/2023", "2022-06-01" → "01/6/2022".
 */
export function formatViDate(iso: string): string {
  const { year, month, day } = isoParts(iso);
  return `${String(day).padStart(2, '0')}/${month}/${year}`;
}

function isMonthStart(iso: string): boolean {
  return isoParts(iso).day === 1;
}

function isMonthEnd(iso: string): boolean {
  const { year, month, day } = isoParts(iso);
  return day === lastDayOfMonth(year, month);
}

/** "Tháng 2–3/2022", "Năm 2022–2023", "Tháng 11/2022–2/2023", else "01/6/2022–30/6/2023". */
function spanLabel(start: string, due: string): string {
  const a = isoParts(start);
  const b = isoParts(due);
  if (a.month === 1 && a.day === 1 && b.month === 12 && b.day === 31) {
    return a.year === b.year ? `Năm ${a.year}` : `Năm ${a.year}–${b.year}`;
  }
  if (isMonthStart(start) && isMonthEnd(due)) {
    if (a.year === b.year) return a.month === b.month ? `Tháng ${a.month}/${a.year}` : `Tháng ${a.month}–${b.month}/${a.year}`;
    return `Tháng ${a.month}/${a.year}–${b.month}/${b.year}`;
  }
  return `${formatViDate(start)}–${formatViDate(due)}`;
}

/**
 * "từ tháng 4/2022"; "từ Quý II/2022" or "từ năm 2022" when the words name a quarter or a year
 * (the start alone cannot tell "Quý II" from "tháng 4"); "từ 15/6/2022" for a day.
 */
function fromLabel(start: string, raw: string): string {
  const { year, month, day } = isoParts(start);
  if (day !== 1) return `từ ${formatViDate(start)}`;
  const words = foldDiacritics(raw).toLowerCase();
  const namesMonth = /\bth[a-np-z]ng\b|\d{1,2}\s*\/\s*\d{4}/.test(words);
  if (!namesMonth && /\bquy\b/.test(words) && month % 3 === 1) return `từ Quý ${quarterRoman((month + 2) / 3)}/${year}`;
  if (!namesMonth && month === 1) return `từ năm ${year}`;
  return `từ tháng ${month}/${year}`;
}

/**
 * A short Vietnamese label for the site's tables and cards: "31/3/2023", "Tháng 3/2022",
 * "Quý I/2023", "Năm 2024", "Tháng 2–3/2022", "Từ 01/6/2022 (cấp tỉnh) đến 01/6/2023 (cấp xã)",
 * "Thường xuyên", "Thường xuyên, từ tháng 4/2022", "Khi có sự kiện: …", "Không xác định thời hạn".
 */
export function formatDeadline(d: Deadline): string {
  switch (d.kind) {
    case 'date':
      return d.start === undefined ? formatViDate(d.due) : `${formatViDate(d.start)}–${formatViDate(d.due)}`;
    case 'month': {
      const { year, month } = isoParts(d.due);
      return `Tháng ${month}/${year}`;
    }
    case 'quarter': {
      const { year, month } = isoParts(d.due);
      return `Quý ${quarterRoman(Math.ceil(month / 3))}/${year}`;
    }
    case 'year':
      return `Năm ${isoParts(d.due).year}`;
    case 'range':
      return spanLabel(d.start, d.due);
    case 'staged': {
      const first = d.stages[0];
      const last = d.stages[d.stages.length - 1];
      const at = (s: typeof first) => (s?.level ? ` (${LEVEL_NAME[s.level]})` : '');
      return `Từ ${formatViDate(d.start)}${at(first)} đến ${formatViDate(d.due)}${at(last)}`;
    }
    case 'ongoing':
      return d.start === undefined ? 'Thường xuyên' : `Thường xuyên, ${fromLabel(d.start, d.raw)}`;
    case 'event':
      return `Khi có sự kiện: ${d.raw.replace(/\s+/g, ' ').replace(/[.;,\s]+$/, '')}`;
    case 'unspecified':
      return 'Không xác định thời hạn';
  }
}
