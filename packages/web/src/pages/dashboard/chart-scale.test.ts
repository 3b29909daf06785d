import { describe, expect, it } from 'vitest';
import { formatMinutes, formatMonth, niceScale } from './chart-scale.js';

describe('niceScale', () => {
  it('rounds the top up to 1, 2 or 5 times a power of ten', () => {
    expect(niceScale(37)).toEqual({ top: 40, ticks: [0, 10, 20, 30, 40] });
    expect(niceScale(4)).toEqual({ top: 4, ticks: [0, 1, 2, 3, 4] });
    expect(niceScale(0.3).top).toBeCloseTo(0.3);
    expect(niceScale(1234).top).toBe(1500);
  });

  it('gives a unit axis when there is nothing to draw', () => {
    expect(niceScale(0)).toEqual({ top: 1, ticks: [0, 1] });
    expect(niceScale(Number.NaN)).toEqual({ top: 1, ticks: [0, 1] });
  });
});

describe('formatMinutes and formatMonth', () => {
  it('picks minutes, hours or days', () => {
    expect(formatMinutes(null)).toBe('—');
    expect(formatMinutes(42)).toBe('42 min');
    expect(formatMinutes(210)).toBe('3.5 h');
    expect(formatMinutes(3 * 1440)).toBe('3 d');
  });

  it('names the month in UTC and leaves odd keys alone', () => {
    expect(formatMonth('2024-03')).toBe('Mar 2024');
    expect(formatMonth('someday')).toBe('someday');
  });
});
