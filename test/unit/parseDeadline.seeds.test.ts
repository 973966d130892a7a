import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../src/lib/deadline/parseDeadline.ts';
import { deadline } from '../../src/schemas/deadline.ts';
import { foldKeepingLength } from '../../src/lib/text/vietnamese.ts';
import { hasShared, sharedPath } from '../support/shared.ts';

const SEEDS = `${sharedPath('seeds')}/`;

/** "- Thời gian hoàn thành:", "Thời gian thực hiện:", "Thời gian:" and their OCR spellings ("Thot gian thuc hién:"), folded. */
const LABEL = /^\s*[-+]?\s*th[a-z]{1,3}\s+gian(?:\s+(?:hoan thanh|th[a-z]{1,3}\s+hien))?\s*:/;
/** A line that starts a new item rather than continuing a hard-wrapped deadline: "c) …", "g. …", "- …", "IV. …". */
const NEW_ITEM = /^\s*(?:[a-zđ]\s*[).]|[-+*#]|[ivx\d]+\s*[.)]|th[a-z]{1,3}\s+gian)/;
/** A phase heading of the targets, alone on its line: "**- Giai đoạn năm 2022 - 2023**", "- Năm 2023 và các năm tiếp theo:", OCR "- Nam 2023 va nhiing nam tiép theo: …". */
const PHASE = /^[\s*#+-]*((?:giai doan|nam)\s+(?:nam\s+)?\d{4}[^:*,;.]*?)[\s*]*(?::|$)/;
/** Deadlines written inside task text (seed 002 and the phase texts of 000/001/003). */
const IN_TEXT = [
  /(?:hoan thanh\s+)?truoc ngay\s+[\d/* ]*\d\**(?:\s+h[a-z]{1,2}ng thang)?/g,
  /\btrong quy\s+[ivx1l]+\s+(?:nam\s+)?\/?\s*\d{4}/g,
  /\bbat dau (?:tu|tir)\s+quy\s+[ivx1l]+\s+nam\s+\d{4}/g,
];

interface SeedDeadline {
  file: string;
  line: number;
  text: string;
}

/** Every deadline phrase of a seed: the words after a deadline label (hard-wrapped continuations joined with a space) and in-text deadlines. */
function extract(file: string): SeedDeadline[] {
  const lines = readFileSync(`${SEEDS}${file}`, 'utf8').normalize('NFC').split(/\r?\n/);
  const out: SeedDeadline[] = [];
  lines.forEach((line, i) => {
    const folded = foldKeepingLength(line);
    const label = LABEL.exec(folded);
    if (label !== null) {
      let text = line.slice(label[0].length).trim();
      for (let j = i + 1; j < lines.length && !/\.\s*$/.test(text); j++) {
        const next = lines[j]?.trim() ?? '';
        if (next === '') continue;
        if (!/^\p{Ll}/u.test(next) || NEW_ITEM.test(foldKeepingLength(next))) break;
        text = `${text} ${next}`;
      }
      out.push({ file, line: i + 1, text });
    }
    const phase = PHASE.exec(folded);
    if (phase?.[1] !== undefined) {
      const start = folded.indexOf(phase[1]);
      out.push({ file, line: i + 1, text: line.slice(start, start + phase[1].length) });
    }
    for (const re of IN_TEXT) {
      for (const m of folded.matchAll(re)) out.push({ file, line: i + 1, text: line.slice(m.index, m.index + m[0].length) });
    }
  });
  return out;
}

/** Phrases judged to give no date at all: "according to" someone else's schedule, or a day without a year. */
const TRULY_UNSPECIFIED = new Set([
  'Theo Thông tư của các Bộ, ngành.',
  'Theo Kế hoạch của các Bộ, ngành.',
  'Thực hiện theo Hướng dẫn của các Bộ, ngành.',
  'Theo Kế hoạch.',
  'Theo 10 trinh cia Cong an huyén, UBND huyén.', // OCR of "Theo lộ trình của Công an huyện, UBND huyện."
  'trước ngày 10/6', // "báo cáo sơ kết 6 tháng (trước ngày 10/6)": a yearly report day, no year
  'trước ngày 10/12',
]);

// it.each needs the phrases while the tests are listed; without ../shared there are none and the suite skips.
const seeds = hasShared('seeds')
  ? readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .sort()
  : [];
const all = seeds.flatMap(extract);

describe.skipIf(!hasShared('seeds'))('parseDeadline over every deadline phrase in the seeds', () => {
  it('finds the seeds and their deadline phrases', () => {
    expect(seeds).toHaveLength(5);
    expect(all.length).toBeGreaterThan(100);
    for (const file of ['000', '001', '003', '004']) expect(all.some((d) => d.file.startsWith(file))).toBe(true);
  });

  it.each(all.map((d) => [`${d.file}:${d.line}`, d.text] as const))('reads %s "%s"', (_where, text) => {
    const d = deadline.parse(parseDeadline(text));
    expect(d.raw).toBe(text.trim());
    if (TRULY_UNSPECIFIED.has(text.trim())) expect(d.kind).toBe('unspecified');
    else expect(d.kind).not.toBe('unspecified');
  });
});

export { extract as extractSeedDeadlines };
