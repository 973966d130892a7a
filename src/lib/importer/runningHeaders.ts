/**
 * Source lines (1-based) that are running headers or footers of a PDF copy ("UBND huyện Đại Lộc -
 * Kế hoạch số 86/KH-UBND" at the foot of every page): a short line that recurs, digits aside, at
 * least three times, nearly always (two times in three) right beside a page-number line. Such
 * lines are set apart like page numbers so that they never run into the paragraph a page break cuts.
 */
export function runningHeaderLines(lines: string[], isPageNumber: (text: string) => boolean): Set<number> {
  const text = lines.map((l) => l.replace(/[*#_]/g, '').replace(/\s+/g, ' ').trim());
  const nonBlank = text.map((t, i) => (t === '' ? -1 : i)).filter((i) => i >= 0);
  const groups = new Map<string, number[]>();
  nonBlank.forEach((i, pos) => {
    const t = text[i]!;
    if (t.length < 5 || t.length > 120 || isPageNumber(t)) return;
    const key = t.replace(/\d+/g, '#');
    const g = groups.get(key) ?? [];
    g.push(pos);
    groups.set(key, g);
  });
  const out = new Set<number>();
  for (const positions of groups.values()) {
    if (positions.length < 3) continue;
    const beside = positions.filter((pos) => [nonBlank[pos - 1], nonBlank[pos + 1]].some((j) => j !== undefined && isPageNumber(text[j]!))).length;
    if (beside >= Math.max(2, Math.ceil((2 * positions.length) / 3))) for (const pos of positions) out.add(nonBlank[pos]! + 1);
  }
  return out;
}
