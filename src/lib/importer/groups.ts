import type { Programme } from '../../schemas/programme.ts';
import { normalizeForMatch } from '../text/vietnamese.ts';

/** Words that every group name shares and so tell nothing apart. */
const COMMON = new Set(['nhom', 'tien', 'ich', 'phuc', 'vu', 'cac', 'va', 'cua', 'trien', 'khai', 'cong', 'tac', 'muc', 'tieu']);

function words(s: string): string[] {
  return normalizeForMatch(s)
    .replace(/[^a-z0-9\s]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0 && !COMMON.has(w));
}

/**
 * The programme's utility group a heading names, matched on folded words: the group holding the
 * largest share of the heading's words, when that share is at least a half. "Nhóm tiện ích phục
 * vụ công dân số" → "cong-dan-so"; "Tham gia hoàn thiện chính sách, pháp luật…" → null.
 */
export function matchGroup(heading: string, programme: Programme): string | null {
  const h = words(heading);
  if (h.length === 0) return null;
  let best: string | null = null;
  let bestScore = 0;
  for (const g of programme.groups) {
    const gw = new Set(words(g.name));
    const share = h.filter((w) => gw.has(w)).length / h.length;
    const recall = h.filter((w) => gw.has(w)).length / Math.max(1, gw.size);
    const score = share + 0.01 * recall;
    if (score > bestScore) [best, bestScore] = [g.id, score];
  }
  return bestScore >= 0.5 ? best : null;
}
