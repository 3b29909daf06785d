import { describe, expect, it } from 'vitest';
import { formatCount, formatInstant, formatPercent } from './format-values.js';

describe('formatCount and formatPercent', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [48200, '48,200'],
    [1234567, '1,234,567'],
  ])('%d reads %j', (n, text) => {
    expect(formatCount(n)).toBe(text);
  });

  it('keeps at most two decimals of a percentage', () => {
    expect(formatPercent(100)).toBe('100%');
    expect(formatPercent(23.5)).toBe('23.5%');
    expect(formatPercent(33.3333)).toBe('33.33%');
  });
});

describe('formatInstant', () => {
  it('shows the wall-clock time with the zone name when it was kept', () => {
    expect(formatInstant({ at: '2024-03-20T23:05:00+01:00', zone: 'Europe/Berlin' })).toEqual({
      text: '2024-03-20 23:05 Europe/Berlin',
      datetime: '2024-03-20T23:05:00+01:00',
    });
  });

  it('falls back to the offset, and to no zone at all when the time has none', () => {
    expect(formatInstant({ at: '2021-01-23T19:31:00-08:00' }).text).toBe(
      '2021-01-23 19:31 UTC-08:00',
    );
    expect(formatInstant({ at: '2021-01-23T19:31:00Z' }).text).toBe('2021-01-23 19:31 UTC+00:00');
    expect(formatInstant({ at: '2021-01-23T19:31:00' }).text).toBe('2021-01-23 19:31');
  });
});
