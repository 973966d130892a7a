import type { Level } from '../../schemas/common.ts';
import type { Metric } from '../../schemas/metric.ts';
import type { Programme } from '../../schemas/programme.ts';
import type { Measure, Phase, Target } from '../../schemas/target.ts';
import { boundOf, findNumbers } from '../number/parseVietnameseNumber.ts';
import { asciiSlug } from '../text/sectionId.ts';
import { normalizeForMatch } from '../text/vietnamese.ts';
import { matchGroup } from './groups.ts';
import { foldKey, LETTERS } from './labels.ts';
import { descendants, type OutlineNode } from './outline.ts';
import type { Doubt } from './types.ts';

/** The node "Mục tiêu cụ thể" (any level), or null. */
export function specificTargetsNode(root: OutlineNode, ocr: boolean): OutlineNode | null {
  return descendants(root).find((n) => n.kind !== 'text' && n.kind !== 'bullet' && /^muc ?tieu ?cu ?the/.test(foldKey(n.text, ocr))) ?? null;
}

/** A unit that qualifies who is counted rather than counting: "công dân từ đủ 14 tuổi trở lên", "trẻ em dưới 6 tuổi". */
const QUALIFIER_UNIT = /^tuoi\b/;

const LEVEL_WORDS: [RegExp, Level][] = [
  [/\b(cap tinh|tai tinh|tinh)\b/, 'province'],
  [/\b(cap huyen|tai huyen|huyen)\b/, 'district'],
  [/\b(cap xa|tai xa|xa)\b/, 'commune'],
];

/**
 * The figures of a target's text: each number with its unit ("%", "tài khoản"), bound ("Tối thiểu"
 * → atLeast, "trên" → above), the level it applies to when the bullet names several ("90% … cấp
 * tỉnh; 80% … cấp huyện") and the metric whose keyword appears in the figure's clause (longest
 * keyword first). An age that says who is counted ("từ đủ 14 tuổi trở lên") is not a figure.
 */
export function measuresOf(text: string, metrics: Metric[], ocr = false): Measure[] {
  // OCR prints letters as digits ("s6" for "số", "d0 4" for "độ 4"): there only percentages, bounded
  // figures and large counts are trusted.
  const found = findNumbers(text).filter(
    (f) =>
      f.unit !== null &&
      !QUALIFIER_UNIT.test(normalizeForMatch(f.unit)) &&
      (!ocr || f.unit === '%' || f.value >= 1000 || boundOf(text.slice(Math.max(0, f.index - 30), f.index)) !== null),
  );
  const keywords = metrics.flatMap((m) => m.keywords.map((k) => ({ id: m.id, k: normalizeForMatch(k) }))).sort((a, b) => b.k.length - a.k.length);
  const out: Measure[] = [];
  found.forEach((f, i) => {
    const end = found[i + 1]?.index ?? text.length;
    const clause = normalizeForMatch(text.slice(f.index, end));
    const m: Measure = { value: f.value, unit: f.unit! };
    if (found.length > 1) {
      const scope = LEVEL_WORDS.find(([re]) => re.test(clause.replace(/\bhanh chinh\b/g, '')))?.[1];
      if (scope && /\b(cap|tai) (tinh|huyen|xa)\b/.test(clause)) m.scope = scope;
    }
    const metric = keywords.find((k) => clause.includes(k.k));
    if (metric) m.metric = metric.id;
    const bound = boundOf(text.slice(Math.max(0, f.index - 30), f.index));
    if (bound && bound !== 'exactly') m.bound = bound;
    out.push(m);
  });
  return out;
}

/** Targets read under "Mục tiêu cụ thể", with the nodes used. */
export interface TargetReading {
  targets: Target[];
  placed: Set<OutlineNode>;
}

/**
 * Reads the targets under "Mục tiêu cụ thể": group headings (matched to the programme's utility
 * groups by name, else by position), phase labels ("Trong năm 2022", "Giai đoạn 2023 - 2025",
 * "Năm 2023 và những năm tiếp theo" → to null) and, under each phase, every bullet and paragraph
 * as one target. Ids: `ct-` + the heading's section + the phase's first year + the position.
 */
export function readTargets(root: OutlineNode, programme: Programme, metrics: Metric[], ocr: boolean, doubts: Doubt[]): TargetReading {
  const node = specificTargetsNode(root, ocr);
  const targets: Target[] = [];
  const placed = new Set<OutlineNode>();
  if (!node) return { targets, placed };
  placed.add(node);
  const headings = node.children.filter((c) => (c.kind === 'letter' || c.kind === 'number') && c.field === null);
  const ids = new Set<string>();
  headings.forEach((h, position) => {
    let group = matchGroup(h.text, programme);
    if (group === null) {
      const byLetter = h.kind === 'letter' ? LETTERS.indexOf(h.key) : position;
      group = programme.groups[byLetter]?.id ?? null;
      if (group !== null)
        doubts.push({
          line: h.para.line,
          subject: `mục ${h.section}`,
          message: `tên nhóm "${h.text}" không khớp nhóm tiện ích nào; xếp vào nhóm "${group}" theo thứ tự, cần người xem`,
        });
    }
    if (group === null) return;
    placed.add(h);
    let phase: Phase | null = null;
    const counters = new Map<string, number>();
    const add = (n: OutlineNode, text: string): void => {
      placed.add(n);
      if (!phase) {
        doubts.push({
          line: n.para.line,
          subject: `mục ${h.section}`,
          message: 'đoạn này không thuộc giai đoạn nào nên không nhập thành chỉ tiêu; giữ trong nội dung',
        });
        placed.delete(n);
        return;
      }
      const k = `${phase.from}`;
      const pos = (counters.get(k) ?? 0) + 1;
      counters.set(k, pos);
      let id = `ct-${asciiSlug(h.section.replace(/đ/g, 'dd').replace(/\./g, '-'))}-${phase.from}-${pos}`;
      while (ids.has(id)) id += 'b';
      ids.add(id);
      const figures = measuresOf(text, metrics, ocr);
      const t: Target = { id, section: h.section, group, phase: { ...phase }, text };
      if (figures.length > 0) {
        const [first, ...rest] = figures;
        Object.assign(t, first);
        if (rest.length > 0) t.also = rest;
      }
      targets.push(t);
    };
    const walk = (children: OutlineNode[]): void => {
      for (let ci = 0; ci < children.length; ci++) {
        const c = children[ci]!;
        if (c.field) continue;
        if (c.kind === 'text' && !c.phase) {
          // Unlabelled paragraphs in a row are one paragraph that a line join split at a sentence end.
          const run = [c];
          while (children[ci + 1]?.kind === 'text' && !children[ci + 1]!.phase && !children[ci + 1]!.field) run.push(children[++ci]!);
          add(c, run.map((r) => r.text).join(' '));
          for (const r of run) placed.add(r);
          continue;
        }
        if (c.phase) {
          phase = { raw: c.phase.raw, from: c.phase.from, to: c.phase.to };
          placed.add(c);
          if (c.phase.rest) {
            // The paragraphs right under an inline phase ("- Năm 2022: Bảo đảm …") continue its text.
            let k = 0;
            const more: string[] = [];
            while (c.children[k]?.kind === 'text' && !c.children[k]!.field && !c.children[k]!.phase) more.push(c.children[k++]!.text);
            add(c, [c.phase.rest, ...more].join(' '));
            for (const m of c.children.slice(0, k)) placed.add(m);
            walk(c.children.slice(k));
          } else walk(c.children);
          continue;
        }
        if (c.kind === 'text' || c.kind === 'bullet') add(c, c.text);
        if (c.kind === 'bullet' || c.kind === 'text') walk(c.children);
      }
    };
    walk(h.children);
  });
  return { targets, placed };
}
