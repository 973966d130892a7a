import { isoDate, monthSpan, quarterSpan, yearSpan } from '../calendar/calendar.ts';
import { readQuarterNumeral } from './quarterNumeral.ts';
import { blank } from './scanText.ts';

/** A span of time named in a deadline: "01/6/2023", "tháng 3 năm 2022", "Quý II/2022", "năm 2022 - 2023". */
export interface TimeExpression {
  /** What the words name; a span over several months, quarters or years is a `range`. */
  kind: 'date' | 'month' | 'quarter' | 'year' | 'range';
  /** First day the words cover (the day itself for a `date`). */
  start: string;
  /** Last day the words cover. */
  due: string;
  /** Where the words start and end in the scanned text. */
  index: number;
  end: number;
}

// Folded spellings, tolerant of the OCR garbles seen in Lục Bình's scan: "thdng" (tháng), "ndm" (năm).
const MONTH = String.raw`th[a-np-z]ng`;
const YEAR = String.raw`n[a-z]m`;
/** Between a month or quarter and its year: "6/2022", "6-2022", "6 năm 2022". */
const OF_YEAR = String.raw`(?:\s*\/\s*|\s*-\s*(?=\d{4})|\s+${YEAR}\s+)`;
/** A quarter numeral as printed or as OCR read it: "II", "11", "2". */
const QUARTER_NUMERAL = String.raw`([ivxl1|]{1,4}|[1-4])`;
const YYYY = String.raw`((?:19|20)\d{2})`;
const AND = String.raw`\s*(?:va|,|-|den|toi)\s*`;

interface Pattern {
  re: RegExp;
  read: (m: RegExpMatchArray) => Omit<TimeExpression, 'index' | 'end'> | null;
}

function num(s: string | undefined): number {
  return Number(s);
}

/** Most specific first: a span matched by one pattern is hidden from the later ones. */
const PATTERNS: Pattern[] = [
  {
    re: new RegExp(String.raw`(?<![\d/])(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})(?![\d/])`, 'g'),
    read: (m) => day(num(m[3]), num(m[2]), num(m[1])),
  },
  {
    re: new RegExp(String.raw`ngay\s+(\d{1,2})\s+${MONTH}\s+(\d{1,2})\s+${YEAR}\s+(\d{4})`, 'g'),
    read: (m) => day(num(m[3]), num(m[2]), num(m[1])),
  },
  {
    re: new RegExp(String.raw`${MONTH}\s+(\d{1,2})${AND}(?:${MONTH}\s+)?(\d{1,2})${OF_YEAR}(\d{4})`, 'g'),
    read: (m) => span(monthSpan(num(m[3]), num(m[1])), monthSpan(num(m[3]), num(m[2])), valid(m[1], m[2])),
  },
  {
    re: new RegExp(String.raw`quy\s+${QUARTER_NUMERAL}${AND}(?:quy\s+)?${QUARTER_NUMERAL}${OF_YEAR}(\d{4})`, 'g'),
    read: (m) => {
      const a = readQuarterNumeral(m[1] ?? '');
      const b = readQuarterNumeral(m[2] ?? '');
      if (a === null || b === null || b <= a) return null;
      return span(quarterSpan(num(m[3]), a), quarterSpan(num(m[3]), b), true);
    },
  },
  {
    re: new RegExp(String.raw`${MONTH}\s+(\d{1,2})${OF_YEAR}(\d{4})`, 'g'),
    read: (m) => (valid(m[1]) ? { kind: 'month', ...monthSpan(num(m[2]), num(m[1])) } : null),
  },
  {
    re: new RegExp(String.raw`quy\s+${QUARTER_NUMERAL}${OF_YEAR}(\d{4})`, 'g'),
    read: (m) => {
      const q = readQuarterNumeral(m[1] ?? '');
      return q === null ? null : { kind: 'quarter', ...quarterSpan(num(m[2]), q) };
    },
  },
  {
    re: new RegExp(String.raw`(?:(?:${YEAR}|giai doan)\s+(?:${YEAR}\s+)?)?(?<![\d/])${YYYY}\s*(?:-|den\s+(?:${YEAR}\s+)?)\s*${YYYY}(?![\d/])`, 'g'),
    read: (m) => {
      const from = num(m[1]);
      const to = num(m[2]);
      return to > from ? { kind: 'range', start: yearSpan(from).start, due: yearSpan(to).due } : null;
    },
  },
  {
    // A lone year needs "năm"/"đến"/"từ"/"trước"/"trong" before it, or nothing at all ("2024."):
    // "Sau khi Luật Căn cước 2023 có hiệu lực" names a law, not a deadline.
    re: new RegExp(String.raw`(?:(?:${YEAR}|den|tu|truoc|trong)\s+|^\s*)${YYYY}(?![\d/]|[.,]\d)`, 'g'),
    read: (m) => ({ kind: 'year', ...yearSpan(num(m[1])) }),
  },
];

function day(year: number, month: number, d: number): Omit<TimeExpression, 'index' | 'end'> | null {
  const iso = isoDate(year, month, d);
  return iso === null ? null : { kind: 'date', start: iso, due: iso };
}

function valid(...months: Array<string | undefined>): boolean {
  const ns = months.map(num);
  return ns.every((n) => n >= 1 && n <= 12) && ns.every((n, i) => i === 0 || n > (ns[i - 1] ?? 0));
}

function span(first: { start: string }, last: { due: string }, ok: boolean): Omit<TimeExpression, 'index' | 'end'> | null {
  return ok ? { kind: 'range', start: first.start, due: last.due } : null;
}

/**
 * Every span of time named in `scan` (a `scanText` with cited documents masked), in reading order.
 * Dates must exist ("31/4/2022" is not read), month ranges must run forward ("tháng 2 và 3").
 */
export function findTimeExpressions(scan: string): TimeExpression[] {
  let rest = scan;
  const found: TimeExpression[] = [];
  for (const { re, read } of PATTERNS) {
    for (const m of rest.matchAll(re)) {
      const e = read(m);
      if (e === null) continue;
      found.push({ ...e, index: m.index, end: m.index + m[0].length });
    }
    for (const f of found) rest = blank(rest, f.index, f.end);
  }
  return found.sort((a, b) => a.index - b.index);
}
