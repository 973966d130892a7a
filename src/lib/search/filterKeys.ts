/**
 * The search filters: their keys (the same in the URL, in Pagefind's index and in the page's form),
 * which of them belong to a whole plan and which to each task or target, and their Vietnamese names.
 */

/** The kinds of result, as the `loai` filter and the URL write them. */
export const RESULT_KINDS = ['ke-hoach', 'nhiem-vu', 'chi-tieu', 'don-vi'] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];

/** "Kế hoạch", "Nhiệm vụ", "Chỉ tiêu". */
export const RESULT_KIND_LABEL: Record<ResultKind, string> = {
  'ke-hoach': 'Kế hoạch',
  'nhiem-vu': 'Nhiệm vụ',
  'chi-tieu': 'Chỉ tiêu',
  'don-vi': 'Xã, phường',
};

/**
 * Filter keys, in the order the form shows them. ASCII, Vietnamese without diacritics, so a shared
 * link reads `/tim-kiem/?q=so+y+te&tinh=bac-kan&loai=nhiem-vu`.
 */
export const FILTER_KEYS = ['loai', 'tinh', 'cap', 'chuong-trinh', 'nam', 'co-quan', 'nhom'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * Keys whose value is the same for every result of a plan (the plan's province, level, programme).
 * The others (kind, deadline year, lead agency, utility group) differ from task to task, so the
 * browser checks them again on each task and target of an index page that Pagefind returned.
 */
export const PLAN_FILTER_KEYS: readonly FilterKey[] = ['tinh', 'cap', 'chuong-trinh'];
export const RECORD_FILTER_KEYS: readonly FilterKey[] = ['loai', 'nam', 'co-quan', 'nhom'];

/**
 * Record keys that tasks and targets both carry. The index also stores them per kind
 * (`nam-nhiem-vu`, `nam-chi-tieu`) so that "tasks due in 2023" finds index pages holding such a
 * task, not pages where only a target falls in 2023.
 */
export const PER_KIND_KEYS = ['nam', 'nhom'] as const;

/** The index's filter key for a record key restricted to one kind: ("nam", "nhiem-vu") → "nam-nhiem-vu". */
export function perKindKey(key: (typeof PER_KIND_KEYS)[number], kind: ResultKind): string {
  return `${key}-${kind}`;
}

/** Keys the form lets a visitor tick several values of (any of them matches); the others take one value. */
export const MULTI_VALUE_KEYS: readonly FilterKey[] = ['loai', 'cap'];

/** What each filter is called on the page (legends and labels) and in "remove this filter" hints. */
export const FILTER_LABEL: Record<FilterKey, string> = {
  loai: 'Loại kết quả',
  tinh: 'Tỉnh, thành phố',
  cap: 'Cấp ban hành',
  'chuong-trinh': 'Chương trình',
  nam: 'Năm (thời hạn, giai đoạn)',
  'co-quan': 'Cơ quan chủ trì',
  nhom: 'Nhóm tiện ích',
};

/** Values chosen per filter key; a key with no values does not filter. */
export type FilterSelection = Partial<Record<FilterKey, string[]>>;

/** True for a string that is one of the filter keys. */
export function isFilterKey(key: string): key is FilterKey {
  return (FILTER_KEYS as readonly string[]).includes(key);
}
