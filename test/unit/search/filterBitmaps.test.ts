import { describe, expect, it } from 'vitest';
import { filterValues, passesFilter } from '../../../src/lib/search/filterBitmaps.ts';
import { pagefindFilters } from '../../../src/lib/search/urlState.ts';

/** A page with these filter values, as `passesFilter` asks about them. */
const page =
  (...values: string[]) =>
  (key: string): boolean =>
    values.includes(key);

describe('filters checked on page bitmaps', () => {
  const tasks2023InThaiNguyen = pagefindFilters({ tinh: ['thai-nguyen'], loai: ['nhiem-vu'], nam: ['2023'] });

  it('lists each value the filter looks at once, per-kind keys included', () => {
    expect(filterValues(tasks2023InThaiNguyen).sort()).toEqual(['loai:nhiem-vu', 'nam-nhiem-vu:2023', 'tinh:thai-nguyen']);
    expect(filterValues(pagefindFilters({ cap: ['province', 'commune'] })).sort()).toEqual(['cap:commune', 'cap:province']);
  });
  it('ANDs keys: a page needs the province, the kind and a task due that year', () => {
    expect(passesFilter(tasks2023InThaiNguyen, page('tinh:thai-nguyen', 'loai:nhiem-vu', 'nam-nhiem-vu:2023'))).toBe(true);
    // 2023 is only a target's year on this page.
    expect(passesFilter(tasks2023InThaiNguyen, page('tinh:thai-nguyen', 'loai:nhiem-vu', 'nam-chi-tieu:2023'))).toBe(false);
    expect(passesFilter(tasks2023InThaiNguyen, page('tinh:bac-kan', 'loai:nhiem-vu', 'nam-nhiem-vu:2023'))).toBe(false);
  });
  it('ORs the values of one key and the kinds of a per-kind key', () => {
    const levels = pagefindFilters({ cap: ['province', 'commune'] });
    expect(passesFilter(levels, page('cap:commune'))).toBe(true);
    expect(passesFilter(levels, page('cap:district'))).toBe(false);
    const either = pagefindFilters({ loai: ['nhiem-vu', 'chi-tieu'], nam: ['2025'], nhom: ['cong-dan-so'] });
    expect(passesFilter(either, page('loai:chi-tieu', 'nam-chi-tieu:2025', 'nhom-nhiem-vu:cong-dan-so'))).toBe(true);
    expect(passesFilter(either, page('loai:chi-tieu', 'nam-chi-tieu:2025'))).toBe(false);
  });
  it('lets every page through when there is no filter', () => {
    expect(passesFilter(pagefindFilters({}), page())).toBe(true);
  });
});
