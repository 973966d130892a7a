import type { ReportingSchedule } from '../../schemas/plan.ts';
import { foldDiacritics } from '../text/vietnamese.ts';

/**
 * The schedule a reporting duty's `when` names, or null when it names none ("theo yêu cầu",
 * "nếu có khó khăn, vướng mắc", "theo quy định"):
 * - "Trước ngày 15 hằng tháng", "Định kỳ ngày 13 hằng tháng", "Trước ngày mùng 9 hằng tháng" → monthly on that day;
 * - "Hằng tháng", "Định kỳ hàng tháng" → monthly, no day named;
 * - "trước ngày 25/4/2022" → once, on that date;
 * - "trước ngày 10/6" (a half-year or year-end report) → every year on 10 June.
 */
export function parseReportingSchedule(when: string | null): ReportingSchedule | null {
  if (when === null) return null;
  const k = foldDiacritics(when.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ');
  const once = /ngay (\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(k);
  if (once) {
    const date = `${once[3]}-${once[2]!.padStart(2, '0')}-${once[1]!.padStart(2, '0')}`;
    return isRealDate(date) ? { kind: 'once', date } : null;
  }
  const yearly = /ngay (\d{1,2})\/(\d{1,2})(?![\d/])/.exec(k);
  if (yearly) {
    const day = Number(yearly[1]);
    const month = Number(yearly[2]);
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { kind: 'yearly', day, month } : null;
  }
  const monthlyDay = /ngay (?:mung )?(\d{1,2}) hang thang/.exec(k);
  if (monthlyDay) {
    const day = Number(monthlyDay[1]);
    return day >= 1 && day <= 31 ? { kind: 'monthly', day } : null;
  }
  if (/\bh[a-z]ng thang\b/.test(k)) return { kind: 'monthly', day: null };
  return null;
}

function isRealDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}
