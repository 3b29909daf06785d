import { describe, expect, it } from 'vitest';
import { parseClock } from './parse-clock.js';

describe('parseClock', () => {
  it.each([
    ['14:23', 14, 23, undefined],
    ['14:23:05', 14, 23, 5],
    ['9:05', 9, 5, undefined],
    ['00:00', 0, 0, undefined],
    ['23:59:59', 23, 59, 59],
    ['14:23:05.123', 14, 23, 5],
    ['7:31 PM', 19, 31, undefined],
    ['07:31PM', 19, 31, undefined],
    ['07:31 pm', 19, 31, undefined],
    ['7:31 p.m.', 19, 31, undefined],
    ['7:31 A.M.', 7, 31, undefined],
    ['7 PM', 19, 0, undefined],
    ['7pm', 19, 0, undefined],
    ['11 am', 11, 0, undefined],
    ['7.31 pm', 19, 31, undefined],
    ['2100hrs', 21, 0, undefined],
    ['2100 hrs', 21, 0, undefined],
    ['0930hr', 9, 30, undefined],
    ['1430h', 14, 30, undefined],
    ['14h30', 14, 30, undefined],
    ['9h05', 9, 5, undefined],
    ['14:00h', 14, 0, undefined],
    ['[13:26]', 13, 26, undefined],
    ['(13:26)', 13, 26, undefined],
    ['noon', 12, 0, undefined],
    ['12 noon', 12, 0, undefined],
    ['Midnight', 0, 0, undefined],
    ['12:00 AM', 0, 0, undefined],
    ['12:30 AM', 0, 30, undefined],
    ['12:30 PM', 12, 30, undefined],
    ['12 PM', 12, 0, undefined],
    ['0:45 AM', 0, 45, undefined],
    ['  08:15  ', 8, 15, undefined],
  ])('reads %j', (text, hour, minute, second) => {
    const parsed = parseClock(text);
    expect(parsed?.clock).toEqual(
      second === undefined ? { hour, minute } : { hour, minute, second },
    );
    expect(parsed?.problems).toEqual([]);
  });

  it.each([
    ['13:55 PM', 13, 55, 'invalid-meridiem', '13:55 PM mixes 24-hour time with PM; read as 13:55'],
    ['17:00 am', 17, 0, 'invalid-meridiem', '17:00 am mixes 24-hour time with AM; read as 17:00'],
    ['13 PM', 13, 0, 'invalid-meridiem', '13 PM mixes 24-hour time with PM; read as 13:00'],
    ['24:00', 0, 0, 'invalid-time', '24:00 is the end of the day; read as 00:00'],
  ])('recovers %j and reports it', (text, hour, minute, code, message) => {
    expect(parseClock(text)).toEqual({ clock: { hour, minute }, problems: [{ code, message }] });
  });

  it.each([
    '25:10',
    '24:30',
    '12:60',
    '7:5',
    '26 PM',
    '7',
    '3 servers',
    '1.21',
    '1.10.0',
    '127.0.0.1',
    '100%',
    '2100',
    '2500hrs',
    '14:23 and more',
    '7 amazing',
    'afternoon',
    '',
    '--:--',
  ])('rejects %j', (text) => {
    expect(parseClock(text)).toBeUndefined();
  });
});
