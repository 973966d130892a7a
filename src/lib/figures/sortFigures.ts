import type { Figure } from '../../schemas/figure.ts';
import { asOfEnd } from './asOf.ts';

/** Figures oldest first by the day they hold at (`asOfEnd`), then by id for a stable order. */
export function sortFiguresByDate(figures: readonly Figure[]): Figure[] {
  return [...figures].sort((a, b) => asOfEnd(a.asOf).localeCompare(asOfEnd(b.asOf)) || a.id.localeCompare(b.id));
}
