import { describe, expect, it } from 'vitest';
import { DEADLINE_KIND_NAME, LEVEL_NAME } from '../../src/lib/deadline/names.ts';
import { DEADLINE_KINDS } from '../../src/lib/site/about.ts';

describe('names of deadline kinds and levels', () => {
  it('names a quarter deadline "quý" and a staged one "theo từng cấp"', () => {
    expect(DEADLINE_KIND_NAME.quarter).toBe('quý');
    expect(DEADLINE_KIND_NAME.staged).toBe('theo từng cấp');
    expect(DEADLINE_KIND_NAME.date).toBe('ngày');
  });

  it("gives the about page's table of deadline kinds the same names, one row per kind", () => {
    expect(DEADLINE_KINDS.map((k) => [k.kind, k.label])).toEqual(Object.entries(DEADLINE_KIND_NAME));
  });

  it('names levels "cấp tỉnh", "cấp huyện", "cấp xã" wherever pages name them', () => {
    expect(LEVEL_NAME).toEqual({ province: 'cấp tỉnh', district: 'cấp huyện', commune: 'cấp xã' });
  });
});
