import { describe, expect, it } from 'vitest';
import { sourceOverview } from '../../../src/lib/site/about.ts';

const plan = (kind: 'text' | 'ocr') => ({ meta: { source: { kind } } });

describe('sourceOverview', () => {
  it('lists every plan while there are few', () => {
    const plans = [plan('text'), plan('ocr')];
    expect(sourceOverview(plans, 2)).toEqual({ list: plans });
  });

  it('counts plans per kind of source beyond the limit, most first', () => {
    expect(sourceOverview([plan('ocr'), plan('text'), plan('text')], 2)).toEqual({
      counts: [
        { kind: 'text', plans: 2 },
        { kind: 'ocr', plans: 1 },
      ],
    });
  });
});
