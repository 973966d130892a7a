import type { Measure } from '../../schemas/index.ts';
import { LEVEL_NAME } from '../deadline/names.ts';

/** How a figure bounds the result, in the words a Vietnamese reader uses (never the schema's codes). */
export const BOUND_WORD: Readonly<Record<NonNullable<Measure['bound']>, string>> = {
  exactly: 'đúng bằng',
  atLeast: 'tối thiểu',
  above: 'trên',
  atMost: 'tối đa',
  below: 'dưới',
};

/** A level in words ("cấp tỉnh"), or null. */
export function levelWord(level: keyof typeof LEVEL_NAME | null | undefined): string | null {
  return level ? LEVEL_NAME[level] : null;
}

/** Ids joined by spaces, names by semicolons: the two list conventions of the files. */
export const joinIds = (ids: readonly string[]): string => ids.join(' ');
export const joinNames = (names: readonly string[]): string => names.join('; ');
