import { describe, expect, it } from 'vitest';
import { minutesBetween, toInstant } from './instant.js';
import { zoneFromId } from './zone-from-id.js';

describe('toInstant', () => {
  it.each([
    ['2021-01-23', { hour: 19, minute: 31 }, 'PST', '2021-01-23T19:31:00-08:00'],
    ['2024-07-01', { hour: 19, minute: 31 }, 'PST', '2024-07-01T19:31:00-08:00'],
    ['2024-06-20', { hour: 14, minute: 0 }, 'UTC', '2024-06-20T14:00:00Z'],
    ['2023-01-31', { hour: 16, minute: 15 }, 'UTC+01:00', '2023-01-31T16:15:00+01:00'],
    ['2024-07-01', { hour: 9, minute: 5 }, 'America/New_York', '2024-07-01T09:05:00-04:00'],
    ['2024-01-01', { hour: 9, minute: 5 }, 'America/New_York', '2024-01-01T09:05:00-05:00'],
    ['2024-01-01', { hour: 9, minute: 5 }, 'Europe/London', '2024-01-01T09:05:00+00:00'],
    ['2024-01-01', { hour: 9, minute: 5 }, 'WET', '2024-01-01T09:05:00+00:00'],
    ['2024-01-01', { hour: 9, minute: 5 }, 'IST', '2024-01-01T09:05:00+05:30'],
    ['2019-11-29', { hour: 13, minute: 0, second: 56 }, 'CET', '2019-11-29T13:00:56+01:00'],
  ])('%s %j in %s is %s', (date, clock, zoneId, iso) => {
    expect(toInstant(date, clock, zoneFromId(zoneId))).toBe(iso);
  });

  it('leaves the offset out when the zone is unknown', () => {
    expect(toInstant('2019-11-29', { hour: 12, minute: 0 })).toBe('2019-11-29T12:00:00');
  });

  it('throws for a malformed date', () => {
    expect(() => toInstant('29/11/2019', { hour: 12, minute: 0 })).toThrow(RangeError);
  });
});

describe('minutesBetween', () => {
  it.each([
    ['2024-06-20T14:00:00Z', '2024-06-20T16:30:00Z', 150],
    ['2023-01-31T16:15:00+01:00', '2023-01-31T18:05:00+01:00', 110],
    ['2024-06-20T14:00:00Z', '2024-06-20T10:00:00-04:00', 0],
    ['2024-06-20T16:30:00Z', '2024-06-20T14:00:00Z', -150],
    ['2024-06-20T23:50:00+05:30', '2024-06-21T00:10:00+05:30', 20],
    ['2024-06-20T14:00:00', '2024-06-20T14:45:30', 45.5],
    ['2024-06-20T14:00:00.250Z', '2024-06-20T14:01:00+0000', 1],
  ])('from %s to %s is %d minutes', (a, b, minutes) => {
    expect(minutesBetween(a, b)).toBe(minutes);
  });

  it.each([
    ['2024-06-20T14:00:00Z', '2024-06-20T14:00:00'],
    ['2024-06-20 14:00', '2024-06-20T14:00:00Z'],
    ['yesterday', 'today'],
  ])('cannot compare %s with %s', (a, b) => {
    expect(minutesBetween(a, b)).toBeUndefined();
  });
});
