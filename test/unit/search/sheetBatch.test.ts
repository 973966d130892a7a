import { describe, expect, it } from 'vitest';
import { nextBatchSize } from '../../../src/lib/search/sheetBatch.ts';

const rule = { first: 4, max: 8 };
const results = (have: number) => ({ have, want: 20 });
const plans = (have: number) => ({ have, want: 5 });

describe('nextBatchSize', () => {
  it('starts with a small batch', () => {
    expect(nextBatchSize(0, [results(0), plans(0)], rule)).toBe(4);
  });
  it('fetches as many sheets as the yield so far says are still needed', () => {
    expect(nextBatchSize(4, [results(8), plans(4)], rule)).toBe(6); // 2 results a sheet, 12 to go
    expect(nextBatchSize(6, [results(18), plans(6)], rule)).toBe(1); // 3 results a sheet, 2 to go
  });
  it('keeps going for the goal furthest from being met', () => {
    expect(nextBatchSize(4, [results(40), plans(2)], rule)).toBe(6); // half a plan a sheet, 3 plans to go
  });
  it('never fetches more than the largest batch, nor fewer than one sheet', () => {
    expect(nextBatchSize(4, [results(0), plans(0)], rule)).toBe(8);
    expect(nextBatchSize(8, [results(1), plans(1)], rule)).toBe(8);
    expect(nextBatchSize(4, [results(40), plans(9)], rule)).toBe(1);
  });
});
