import { describe, expect, it } from 'vitest';
import { percentile } from './percentile.js';

describe('percentile (linear interpolation, type 7)', () => {
  it('is undefined without values and the value itself for one', () => {
    expect(percentile([], 0.5)).toBeUndefined();
    expect(percentile([7], 0.5)).toBe(7);
    expect(percentile([7], 0.9)).toBe(7);
  });

  it('gives the usual median', () => {
    expect(percentile([1, 2, 3], 0.5)).toBe(2);
    expect(percentile([10, 20, 30, 40], 0.5)).toBe(25);
  });

  it('interpolates between the two nearest ranks', () => {
    // h = 3 × 0.9 = 2.7: 30 + 0.7 × (40 − 30).
    expect(percentile([10, 20, 30, 40], 0.9)).toBeCloseTo(37, 10);
    // h = 9 × 0.9 = 8.1: 9 + 0.1 × (100 − 9).
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 100], 0.9)).toBeCloseTo(18.1, 10);
    // h = 10 × 0.9 = 9, an exact rank.
    expect(percentile([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
  });

  it('gives the extremes at 0 and 1 and clamps p', () => {
    expect(percentile([3, 5, 8], 0)).toBe(3);
    expect(percentile([3, 5, 8], 1)).toBe(8);
    expect(percentile([3, 5, 8], 2)).toBe(8);
    expect(percentile([3, 5, 8], -1)).toBe(3);
  });
});
