import type { Level } from '../../schemas/common.ts';
import type { DeadlineKind } from '../../schemas/deadline.ts';

/**
 * Each kind of deadline in plain Vietnamese, as the about page, the task CSV and the content
 * checker's messages name it: `quarter` → "quý", `staged` → "theo từng cấp".
 */
export const DEADLINE_KIND_NAME: Readonly<Record<DeadlineKind, string>> = {
  date: 'ngày',
  month: 'tháng',
  quarter: 'quý',
  year: 'năm',
  range: 'khoảng thời gian',
  staged: 'theo từng cấp',
  ongoing: 'thường xuyên',
  event: 'theo sự kiện',
  unspecified: 'không xác định',
};

/** Each administrative level as documents name it, e.g. in a staged deadline: `district` → "cấp huyện". */
export const LEVEL_NAME: Readonly<Record<Level, string>> = { province: 'cấp tỉnh', district: 'cấp huyện', commune: 'cấp xã' };
