import { describe, expect, it } from 'vitest';
import { pagerFor, pageUrl, paginate } from '../../../src/lib/site/paging.ts';

describe('paginate', () => {
  it('cuts a list into pages of the given size, the last one shorter', () => {
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
  it('keeps one empty page for an empty list', () => {
    expect(paginate([], 3)).toEqual([[]]);
  });
});

describe('pageUrl and pagerFor', () => {
  it('puts page 1 at the base and page n under trang-n', () => {
    expect(pageUrl('/moc-thoi-gian/2024/', 1)).toBe('/moc-thoi-gian/2024/');
    expect(pageUrl('/moc-thoi-gian/2024/', 3)).toBe('/moc-thoi-gian/2024/trang-3/');
  });
  it('links neighbours, and is null for a single page', () => {
    expect(pagerFor('/x/', 1, 1)).toBeNull();
    expect(pagerFor('/x/', 1, 2)).toMatchObject({ prev: null, next: '/x/trang-2/' });
  });
});
