import { describe, expect, it } from 'vitest';
import { visibleRange } from './visible-range.js';

describe('visibleRange', () => {
  const base = { count: 10_000, rowHeight: 80, listTop: 200, viewportHeight: 800, overscan: 2 };

  it('renders only the rows in view plus the overscan', () => {
    expect(visibleRange({ ...base, scrollTop: 0 })).toEqual({ start: 0, end: 10 });
    expect(visibleRange({ ...base, scrollTop: 200 + 80 * 5000 })).toEqual({
      start: 4998,
      end: 5012,
    });
  });

  it('stays within the list at its end and for an empty list', () => {
    expect(visibleRange({ ...base, scrollTop: 10_000_000 })).toEqual({
      start: 10_000,
      end: 10_000,
    });
    expect(visibleRange({ ...base, count: 0, scrollTop: 0 })).toEqual({ start: 0, end: 0 });
  });
});
