/**
 * Calendar arithmetic for deadlines. Everything is in ISO `YYYY-MM-DD` strings and pure integer
 * math (no `Date` time zones): a month ends on its last day, a quarter on the last day of its
 * third month, a year on 31 December (CONTRIBUTING "Deadlines").
 */

/** A first-to-last-day span of calendar days, as ISO dates. */
export interface DaySpan {
  start: string;
  due: string;
}

/** True for Gregorian leap years. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1–12) of `year`: 28–31. */
export function lastDayOfMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `YYYY-MM-DD`, or null when the day does not exist on the calendar (31/4, 29/2/2023, month 13). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > lastDayOfMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** First to last day of a month: 3/2022 → 2022-03-01 … 2022-03-31. */
export function monthSpan(year: number, month: number): DaySpan {
  return {
    start: isoDate(year, month, 1) ?? '',
    due: isoDate(year, month, lastDayOfMonth(year, month)) ?? '',
  };
}

/** First to last day of a quarter (1–4): Quý I/2023 → 2023-01-01 … 2023-03-31. */
export function quarterSpan(year: number, quarter: number): DaySpan {
  return { start: monthSpan(year, quarter * 3 - 2).start, due: monthSpan(year, quarter * 3).due };
}

/** 1 January to 31 December of a year. */
export function yearSpan(year: number): DaySpan {
  return { start: `${year}-01-01`, due: `${year}-12-31` };
}

/** Year, month and day of an ISO date. */
export function isoParts(iso: string): { year: number; month: number; day: number } {
  const [y, m, d] = iso.split('-').map(Number);
  return { year: y ?? NaN, month: m ?? NaN, day: d ?? NaN };
}
