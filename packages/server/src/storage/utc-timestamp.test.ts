import { describe, expect, it } from 'vitest';
import { toUtcTimestamp } from './utc-timestamp.js';

describe('toUtcTimestamp', () => {
  it.each([
    ['2021-01-23T19:31:00-08:00', '2021-01-24T03:31:00.000Z'],
    ['2021-01-23T19:31:00Z', '2021-01-23T19:31:00.000Z'],
    ['2021-01-23T19:31:00+05:30', '2021-01-23T14:01:00.000Z'],
    ['2021-01-23T19:31:00', '2021-01-23T19:31:00.000Z'],
    ['2021-01-23T19:31', '2021-01-23T19:31:00.000Z'],
    ['2021-01-23T19:31:05.25Z', '2021-01-23T19:31:05.250Z'],
  ])('%s → %s', (input, expected) => {
    expect(toUtcTimestamp(input)).toBe(expected);
  });

  it('is undefined for what is not a date-time', () => {
    expect(toUtcTimestamp('yesterday')).toBeUndefined();
    expect(toUtcTimestamp('2021-01-23')).toBeUndefined();
  });

  it('gives text whose order is time order, unlike the times as written', () => {
    const written = ['2021-01-24T00:10:00+01:00', '2021-01-23T23:30:00Z'];
    expect(written[0]! > written[1]!).toBe(true);
    const [a, b] = written.map(toUtcTimestamp);
    expect(a).toBe('2021-01-23T23:10:00.000Z');
    expect(a! < b!).toBe(true);
  });
});
