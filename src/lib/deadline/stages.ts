import type { DeadlineStage } from '../../schemas/deadline.ts';
import type { Level } from '../../schemas/common.ts';
import type { TimeExpression } from './timeExpressions.ts';

/** Level words in folded text; the last one before a stage's date names its level. */
const LEVEL_WORD = /\b(?:cap\s+)?(tinh|huyen|quan|thi xa|xa|phuong|thi tran)\b/g;

/** The level a folded word names: "tỉnh" province, "huyện"/"quận"/"thị xã" district, "xã"/"phường"/"thị trấn" commune. */
function levelOf(word: string): Level {
  if (word === 'tinh') return 'province';
  if (word === 'huyen' || word === 'quan' || word === 'thi xa') return 'district';
  return 'commune';
}

/**
 * The stages of a deadline that gives one date per level ("Tại Bộ phận một cửa cấp tỉnh từ ngày
 * 01/6/2022; cấp huyện từ ngày 01/12/2022; cấp xã từ ngày 01/6/2023."), or null when fewer than
 * two dates are tied to a level. Each stage's words run from the end of the previous date (minus
 * separators) to the end of its own date; its level is the last level word in those words.
 */
export function readStages(text: string, scan: string, dates: TimeExpression[]): DeadlineStage[] | null {
  if (dates.length < 2) return null;
  let from = 0;
  let withLevel = 0;
  const stages: DeadlineStage[] = [];
  for (const d of dates) {
    const words = scan.slice(from, d.index);
    let level: Level | null = null;
    for (const m of words.matchAll(LEVEL_WORD)) level = levelOf(m[1] ?? '');
    if (level !== null) withLevel += 1;
    const raw = text
      .slice(from, d.end)
      .replace(/^[\s;,.]+/, '')
      .replace(/\s+/g, ' ')
      .trim();
    stages.push({ level, raw, date: d.start });
    from = d.end;
  }
  return withLevel >= 2 ? stages : null;
}
