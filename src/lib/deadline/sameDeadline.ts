import type { Deadline } from '../../schemas/deadline.ts';

/** Whitespace-insensitive form of words, so a re-wrapped line compares equal. */
function words(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The parts of a deadline that carry meaning, as a comparable string. */
function key(d: Deadline): string {
  return JSON.stringify({
    kind: d.kind,
    raw: words(d.raw),
    start: 'start' in d ? (d.start ?? null) : null,
    due: 'due' in d ? d.due : null,
    stages: d.kind === 'staged' ? d.stages.map((s) => [s.level, words(s.raw), s.date]) : null,
  });
}

/**
 * True when two deadlines say the same thing: same kind, raw words (whitespace aside), start,
 * due and stages. `override` is ignored: the checker uses this to compare a stored deadline with
 * `parseDeadline(raw)`, and the override is exactly what explains a difference.
 */
export function sameDeadline(a: Deadline, b: Deadline): boolean {
  return key(a) === key(b);
}
