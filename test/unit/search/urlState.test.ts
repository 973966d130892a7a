import { describe, expect, it } from 'vitest';
import { isEmptyState, pagefindFilters, recordPasses, sameState, stateFromParams, stateToUrl, withoutFilter } from '../../../src/lib/search/urlState.ts';

const read = (query: string) => stateFromParams(new URLSearchParams(query));

describe('search state in the URL', () => {
  it('reads the query and filters: ?q=so+y+te&tinh=bac-kan&loai=nhiem-vu', () => {
    expect(read('q=so+y+te&tinh=bac-kan&loai=nhiem-vu')).toEqual({ q: 'so y te', filters: { tinh: ['bac-kan'], loai: ['nhiem-vu'] } });
  });
  it("writes the same URL back, query first, filters in the form's order", () => {
    const state = { q: 'Sở Y tế', filters: { tinh: ['bac-kan'], loai: ['nhiem-vu', 'chi-tieu'] } };
    expect(stateToUrl('/tim-kiem/', state)).toBe('/tim-kiem/?q=S%E1%BB%9F+Y+t%E1%BA%BF&loai=nhiem-vu&loai=chi-tieu&tinh=bac-kan');
    expect(read(stateToUrl('/tim-kiem/', state).split('?')[1]!)).toEqual({ q: 'Sở Y tế', filters: { loai: ['nhiem-vu', 'chi-tieu'], tinh: ['bac-kan'] } });
  });
  it('writes the bare page for an empty search', () => {
    expect(stateToUrl('/tim-kiem/', { q: '  ', filters: {} })).toBe('/tim-kiem/');
    expect(isEmptyState(read('q=&tinh='))).toBe(true);
  });
  it('ignores unknown parameters, malformed values, unknown kinds, and extra values of single-value filters', () => {
    expect(read('x=1&tinh=B%E1%BA%AFc&loai=foo&loai=chi-tieu&nam=2022&nam=2023&cap=commune&cap=district')).toEqual({
      q: '',
      filters: { loai: ['chi-tieu'], nam: ['2022'], cap: ['commune', 'district'] },
    });
  });
  it('compares states by the search they ask for, and drops one filter for "remove this filter"', () => {
    expect(sameState(read('q=a&tinh=x'), { q: ' a ', filters: { tinh: ['x'] } })).toBe(true);
    expect(withoutFilter(read('q=a&tinh=x&nam=2022'), 'tinh')).toEqual({ q: 'a', filters: { nam: ['2022'] } });
  });
});

describe('filters for Pagefind', () => {
  it('passes one value as a string and several as any', () => {
    expect(pagefindFilters({ tinh: ['bac-kan'], cap: ['district', 'commune'] })).toEqual({ tinh: 'bac-kan', cap: { any: ['district', 'commune'] } });
  });
  it('asks for a year of the chosen kind: tasks due in 2022 → nam-nhiem-vu', () => {
    expect(pagefindFilters({ loai: ['nhiem-vu'], nam: ['2022'] })).toEqual({ loai: 'nhiem-vu', any: [{ 'nam-nhiem-vu': '2022' }] });
  });
  it('asks for a year of any chosen kind, and all per-kind filters together', () => {
    expect(pagefindFilters({ loai: ['nhiem-vu', 'chi-tieu'], nam: ['2023'], nhom: ['cong-dan-so'] })).toEqual({
      loai: { any: ['nhiem-vu', 'chi-tieu'] },
      all: [
        { any: [{ 'nam-nhiem-vu': '2023' }, { 'nam-chi-tieu': '2023' }] },
        { any: [{ 'nhom-nhiem-vu': 'cong-dan-so' }, { 'nhom-chi-tieu': 'cong-dan-so' }] },
      ],
    });
  });
  it('asks for a plain year without kinds', () => {
    expect(pagefindFilters({ nam: ['2023'] })).toEqual({ nam: '2023' });
  });
});

describe('record filters', () => {
  const task = { loai: ['nhiem-vu'], nam: ['2022'], 'co-quan': ['so-y-te'], nhom: [] };
  it('passes a record holding one of the chosen values of every chosen record key', () => {
    expect(recordPasses(task, { loai: ['nhiem-vu', 'chi-tieu'], nam: ['2022'] })).toBe(true);
    expect(recordPasses(task, { 'co-quan': ['cong-an'] })).toBe(false);
    expect(recordPasses(task, { nhom: ['cong-dan-so'] })).toBe(false);
  });
  it('leaves plan-wide keys (province, level, programme) to Pagefind', () => {
    expect(recordPasses(task, { tinh: ['bac-ninh'] })).toBe(true);
  });
});
