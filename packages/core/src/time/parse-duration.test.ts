import { describe, expect, it } from 'vitest';
import { formatDuration } from './format-duration.js';
import { parseDuration } from './parse-duration.js';

describe('parseDuration', () => {
  it.each([
    ['66 minutes', 66],
    ['Shakespeare Search down for 66 minutes during a period', 66],
    ['15 mins', 15],
    ['1 min', 1],
    ['90 min', 90],
    ['1 hour and 50 minutes', 110],
    ['approximately 1 hour 50 minutes', 110],
    ['1 hour, 50 minutes', 110],
    ['for 2 hours 30 minutes 30 seconds', 150.5],
    ['1h 50m', 110],
    ['1h50m', 110],
    ['1h30', 90],
    ['1H 5m', 65],
    ['2 hours', 120],
    ['2 hrs', 120],
    ['1.5 hours', 90],
    ['1,5 hours', 90],
    ['2.5h', 150],
    ['2 days', 2880],
    ['1d 2h', 1560],
    ['1d2h', 1560],
    ['2h5m', 125],
    ['1h30m', 90],
    ['30 seconds', 0.5],
    ['an hour and a half', 90],
    ['half an hour', 30],
    ['two hours', 120],
    ['a day', 1440],
    ['45m.', 45],
    ['(2 hours 30 minutes).', 150],
    ['Duration: 01:50', 110],
    ['Downtime = 0:45', 45],
    ['01:50 (hh:mm)', 110],
    ['MTTR: 1:05:30', 65.5],
    ['was MIA for 2 hours, from 10:00 AM to 12:00 PM', 120],
  ])('reads %j as %d minutes', (text, minutes) => {
    expect(parseDuration(text)).toBe(minutes);
  });

  it.each([
    '',
    '01:50',
    'from 10:00 to 12:00',
    'Duration: 10:00 AM to 12:00 PM',
    'Duration: 10:00 - 12:00',
    '2100hrs WAT',
    'at 1430h',
    '3.7M failed requests',
    '5M users',
    '10s of servers',
    'I am here',
    '3 servers and 100%',
    'v1.5h',
    '1,000 hours',
    'commit `5998d2b14a8a`',
    'build 12m4x',
  ])('finds no duration in %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });

  it('stops where units stop getting smaller', () => {
    expect(parseDuration('2 hours, 3 days later')).toBe(120);
  });
});

describe('formatDuration', () => {
  it.each([
    [110, '1 h 50 min'],
    [45, '45 min'],
    [120, '2 h'],
    [0, '0 min'],
    [0.5, '30 s'],
    [1560, '1 d 2 h'],
    [1441, '1 d 1 min'],
    [89.6, '1 h 30 min'],
    [-15, '-15 min'],
  ])('formats %d as %j', (minutes, text) => {
    expect(formatDuration(minutes)).toBe(text);
  });
});
