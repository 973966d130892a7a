import { describe, expect, it } from 'vitest';
import { url } from '../../../src/lib/site/nav.ts';

describe('url.unit', () => {
  it('sends each level to its own pages, so a district that became a commune-level unit whole links to /huyen/', () => {
    expect(url.unit({ id: 'huyen-bach-long-vi-318', level: 'district' })).toBe('/huyen/huyen-bach-long-vi-318/');
    expect(url.unit({ id: 'dac-khu-bach-long-vi-11948', level: 'commune' })).toBe('/xa/dac-khu-bach-long-vi-11948/');
    expect(url.unit({ id: 'bac-kan', level: 'province' })).toBe('/tinh/bac-kan/');
  });
});
