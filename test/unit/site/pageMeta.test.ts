import { describe, expect, it } from 'vitest';
import { crumbsTo } from '../../../src/lib/site/pageMeta.ts';

describe('breadcrumbs to a section', () => {
  it('starts every trail at the home page', () => {
    expect(crumbsTo('home')).toEqual([{ href: '/', label: 'Trang chủ' }]);
  });

  it('names a section as the main navigation does: Trang chủ › Chỉ tiêu', () => {
    expect(crumbsTo('chi-tieu')).toEqual([
      { href: '/', label: 'Trang chủ' },
      { href: '/chi-tieu/', label: 'Chỉ tiêu' },
    ]);
    expect(crumbsTo('co-quan').map((c) => c.label)).toEqual(['Trang chủ', 'Cơ quan']);
    expect(crumbsTo('tinh').map((c) => c.href)).toEqual(['/', '/tinh/']);
  });
});
