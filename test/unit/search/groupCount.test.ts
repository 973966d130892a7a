import { describe, expect, it } from 'vitest';
import { groupCountPhrase } from '../../../src/lib/search/groupCount.ts';

describe('groupCountPhrase', () => {
  it('counts plans and lists of communes apart, never communes as plans', () => {
    expect(groupCountPhrase(['tinh-bac-kan-2022', 'xa-luc-binh-2022'])).toBe('2 kế hoạch');
    expect(groupCountPhrase(['tinh-bac-kan-2022', 'don-vi-thai-nguyen'])).toBe('1 kế hoạch và 1 danh sách đơn vị hành chính');
    expect(groupCountPhrase(['don-vi-thai-nguyen'])).toBe('1 danh sách đơn vị hành chính');
    expect(groupCountPhrase([])).toBe('');
  });
});
