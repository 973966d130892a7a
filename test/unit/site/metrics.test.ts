import { describe, expect, it } from 'vitest';
import { directionLabel } from '../../../src/lib/site/metrics.ts';

describe('directionLabel', () => {
  it('says "càng cao càng tốt" for a metric where higher is better', () => {
    expect(directionLabel('higher-is-better')).toBe('càng cao càng tốt');
  });
  it('says "càng thấp càng tốt" for a metric where lower is better', () => {
    expect(directionLabel('lower-is-better')).toBe('càng thấp càng tốt');
  });
});
