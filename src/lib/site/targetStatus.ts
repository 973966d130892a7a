import type { Figure } from '../../schemas/figure.ts';
import { asOfEnd } from '../figures/asOf.ts';

/** What a target promises, as the status needs it. */
export interface StatusTarget {
  /** The target's figure: 100 (%), 300000 (tài khoản). */
  value: number;
  unit: string;
  /** How the figure bounds the result ("trên 300.000" is above). */
  bound?: 'exactly' | 'atLeast' | 'above' | 'atMost' | 'below' | undefined;
  /** The last day of the target's phase (ISO), or null when the phase is open-ended. */
  due: string | null;
  /** The metric's direction. */
  direction: 'higher-is-better' | 'lower-is-better';
}

/** A target's status on a given day, computed from its own unit's figures only. */
export type TargetStatus =
  { kind: 'met'; figure: Figure } | { kind: 'not-met'; figure: Figure } | { kind: 'in-progress'; figure: Figure; percent: number } | { kind: 'no-data' };

/**
 * The status of `target` on `today` (ISO), from `figures` of the target's own unit and metric:
 * - "Đạt" when the latest figure meets the target;
 * - "Chưa đạt" when the due date has passed and the latest figure does not;
 * - "Đang thực hiện — đạt x % mục tiêu" before the due date (x = latest ÷ target, rounded down);
 * - "Chưa có số liệu" when no figure in the target's unit holds by `today`.
 * The latest figure is the one whose as-of period ends last, on or before `today`. A figure bounded
 * from above ("dưới 10%") never meets a higher-is-better target, since its true value is unknown.
 */
export function targetStatus(target: StatusTarget, figures: readonly Figure[], today: string): TargetStatus {
  const usable = figures.filter((f) => f.unit === target.unit && asOfEnd(f.asOf) <= today).sort((a, b) => asOfEnd(a.asOf).localeCompare(asOfEnd(b.asOf)));
  const figure = usable[usable.length - 1];
  if (figure === undefined) return { kind: 'no-data' };
  if (meets(target, figure)) return { kind: 'met', figure };
  if (target.due !== null && target.due < today) return { kind: 'not-met', figure };
  const ratio = target.direction === 'higher-is-better' ? figure.value / target.value : target.value / figure.value;
  return { kind: 'in-progress', figure, percent: Math.max(0, Math.min(99, Math.floor(ratio * 100))) };
}

function meets(target: StatusTarget, figure: Figure): boolean {
  const v = figure.value;
  if (target.direction === 'higher-is-better') {
    if (figure.bound === 'below' || figure.bound === 'about') return false;
    return target.bound === 'above' ? v > target.value || (figure.bound === 'above' && v >= target.value) : v >= target.value;
  }
  if (figure.bound === 'above' || figure.bound === 'about') return false;
  return target.bound === 'below' ? v < target.value || (figure.bound === 'below' && v <= target.value) : v <= target.value;
}

/** The status in words, never a colour alone: "Đạt", "Chưa đạt", "Đang thực hiện — đạt 62 % mục tiêu", "Chưa có số liệu". */
export function targetStatusLabel(status: TargetStatus): string {
  switch (status.kind) {
    case 'met':
      return 'Đạt';
    case 'not-met':
      return 'Chưa đạt';
    case 'in-progress':
      return `Đang thực hiện — đạt ${status.percent} % mục tiêu`;
    case 'no-data':
      return 'Chưa có số liệu';
  }
}

/** A status as a page shows it: its words and its kind (for the symbol and style). */
export interface StatusView {
  kind: TargetStatus['kind'];
  label: string;
}

/**
 * The two statuses a target can show as the visitor's date moves past its due date, with nothing else
 * changing: the page renders the one for the build date and a script swaps in the other
 * (`src/scripts/targetStatus.ts`), as deadlines do.
 */
export function statusAroundDue(target: StatusTarget, figures: readonly Figure[], today: string): { before: StatusView; after: StatusView } | null {
  if (target.due === null) return null;
  const dayAfter = new Date(Date.parse(`${target.due}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const view = (status: TargetStatus): StatusView => ({ kind: status.kind, label: targetStatusLabel(status) });
  return {
    before: view(targetStatus(target, figures, today <= target.due ? today : target.due)),
    after: view(targetStatus(target, figures, today > target.due ? today : dayAfter)),
  };
}
