import type { Programme } from '../../schemas/programme.ts';
import { normalizeForMatch } from '../text/vietnamese.ts';

/** Words that every group name shares and so tell nothing apart. */
const COMMON = new Set(['nhom', 'tien', 'ich', 'phuc', 'vu', 'cac', 'va', 'cua', 'trien', 'khai', 'cong', 'tac', 'muc', 'tieu']);

/** Digits OCR prints for letters inside a word: "s6" for "số", "x4" for "xã". */
const OCR_DIGITS: Record<string, string> = { '0': 'o', '1': 'i', '4': 'a', '6': 'o' };

function words(s: string): string[] {
  return normalizeForMatch(s)
    .replace(/[^a-z0-9\s]/g, ' ')
    .split(/\s+/)
    .map((w) => (/[a-z]/.test(w) && /\d/.test(w) ? w.replace(/\d/g, (d) => OCR_DIGITS[d] ?? d) : w))
    .filter((w) => w.length > 0 && !COMMON.has(w));
}

/**
 * The programme's utility group a heading names, matched on folded words: the group holding the
 * largest share of the heading's words, when that share is more than a half (two words of four,
 * "Công tác chỉ đạo, tuyên truyền", is a chance overlap). "Nhóm tiện ích phục vụ công dân số" →
 * "cong-dan-so"; "Tham gia hoàn thiện chính sách, pháp luật…" → null.
 */
export function matchGroup(heading: string, programme: Programme): string | null {
  const h = words(heading);
  if (h.length === 0) return null;
  let best: string | null = null;
  let bestScore = 0;
  let bestShare = 0;
  for (const g of programme.groups) {
    const gw = new Set(words(g.name));
    const share = h.filter((w) => gw.has(w)).length / h.length;
    const recall = h.filter((w) => gw.has(w)).length / Math.max(1, gw.size);
    const score = share + 0.01 * recall;
    if (score > bestScore) [best, bestScore, bestShare] = [g.id, score, share];
  }
  return bestShare > 0.5 ? best : null;
}
