import { describe, expect, it } from 'vitest';
import { formatClock, formatDate, formatOffset } from './format.js';

describe('formatClock', () => {
  it.each([
    [{ hour: 7, minute: 5 }, '07:05'],
    [{ hour: 23, minute: 59 }, '23:59'],
    [{ hour: 0, minute: 0, second: 0 }, '00:00:00'],
    [{ hour: 13, minute: 0, second: 56 }, '13:00:56'],
  ])('formats %j as %s', (clock, text) => {
    expect(formatClock(clock)).toBe(text);
  });
});

describe('formatDate', () => {
  it.each([
    [{ year: 2019, month: 1, day: 17 }, '2019-01-17'],
    [{ year: 2024, month: 12, day: 31 }, '2024-12-31'],
  ])('formats %j as %s', (date, text) => {
    expect(formatDate(date)).toBe(text);
  });
});

describe('formatOffset', () => {
  it.each([
    [0, '+00:00'],
    [60, '+01:00'],
    [-240, '-04:00'],
    [330, '+05:30'],
    [-150, '-02:30'],
  ])('formats %i as %s', (minutes, text) => {
    expect(formatOffset(minutes)).toBe(text);
  });
});
