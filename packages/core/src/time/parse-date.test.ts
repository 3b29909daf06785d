import { describe, expect, it } from 'vitest';
import { findDates, parseDate } from './parse-date.js';

describe('parseDate', () => {
  it.each([
    // ISO and year-first
    ['2024-06-20', 2024, 6, 20],
    ['2019-1-17', 2019, 1, 17],
    ['2019/01/17', 2019, 1, 17],
    ['2024-02-29', 2024, 2, 29],
    // numeric, order decided by the number that cannot be a month
    ['13/10/2023', 2023, 10, 13],
    ['4/20/2019', 2019, 4, 20],
    ['5-26-21', 2021, 5, 26],
    ['12/25/99', 1999, 12, 25],
    ['03/03/2023', 2023, 3, 3],
    ['29.11.2019', 2019, 11, 29],
    ['01.02.2019', 2019, 2, 1],
    // month names, either order, with or without weekday and ordinal
    ['January 23, 2021', 2021, 1, 23],
    ['January23, 2021', 2021, 1, 23],
    ['23 January 2021', 2021, 1, 23],
    ['Jan 31 2023', 2023, 1, 31],
    ['Jan. 31, 2023', 2023, 1, 31],
    ['August 11th, 2023', 2023, 8, 11],
    ['Friday 29 November 2019', 2019, 11, 29],
    ['Friday, November 29, 2019', 2019, 11, 29],
    ['Tue, 1 Nov 2022', 2022, 11, 1],
    ['Nov 1, 2022', 2022, 11, 1],
    ['Sept 3, 2022', 2022, 9, 3],
    ['29-Nov-2019', 2019, 11, 29],
    ['JUNE 7, 2024', 2024, 6, 7],
    ['June 7, 2024.', 2024, 6, 7],
  ])('reads %j', (text, year, month, day) => {
    expect(parseDate(text)).toEqual({ date: { year, month, day }, problems: [] });
  });

  it.each([
    ['March 3', 3, 3],
    ['3rd of March', 3, 3],
    ['the 5th of August', 8, 5],
    ['August 5th', 8, 5],
    ['Feb 29', 2, 29],
  ])('reads %j without a year', (text, month, day) => {
    expect(parseDate(text)).toEqual({ date: { month, day }, problems: [] });
  });

  it('reads an ambiguous day/month month first (US order) and says so', () => {
    const parsed = parseDate('03/04/2023');
    expect(parsed?.date).toEqual({ year: 2023, month: 3, day: 4 });
    expect(parsed?.problems).toEqual([
      {
        code: 'ambiguous-date',
        message: '03/04/2023 could be day 3 or day 4; read month first (US order) as 2023-03-04',
      },
    ]);
  });

  it.each([
    '2023-02-30',
    '2023-13-01',
    '2019-04-31',
    '2023-02-29',
    '13/13/2023',
    '2/30/2023',
    'February 30, 2023',
    '32 May 2020',
  ])('rejects the impossible %j with invalid-date', (text) => {
    const parsed = parseDate(text);
    expect(parsed?.date).toBeUndefined();
    expect(parsed?.problems.map((p) => p.code)).toEqual(['invalid-date']);
  });

  it.each([
    '',
    'yesterday',
    '1.10.0',
    '127.0.0.1',
    '24/7',
    '1/2',
    'may 3',
    'March',
    '2023',
    'May 2021',
    '3 servers',
    '1.2.21',
    'March 3 and more',
  ])('does not read %j as a date', (text) => {
    expect(parseDate(text)).toBeUndefined();
  });
});

describe('findDates', () => {
  it('finds dates in running text with their positions', () => {
    const text = 'On Friday 29 November 2019 we scaled up; on 2019-12-05 it was fixed.';
    expect(findDates(text)).toEqual([
      {
        text: 'Friday 29 November 2019',
        index: 3,
        length: 23,
        date: { year: 2019, month: 11, day: 29 },
        problems: [],
      },
      {
        text: '2019-12-05',
        index: 44,
        length: 10,
        date: { year: 2019, month: 12, day: 5 },
        problems: [],
      },
    ]);
  });

  it.each([
    ['The incident on January23, 2021 was fake.', ['January23, 2021']],
    ['Around August 3rd to August 5th 05:00 GMT', ['August 3rd', 'August 5th']],
    ['On 13/10/2023 at 2100hrs WAT', ['13/10/2023']],
    ['Website Outage 5-26-21', ['5-26-21']],
    ['Freeze production until 2015-11-20 due to error budget', ['2015-11-20']],
    ['Posted On: August 11th, 2023', ['August 11th, 2023']],
    ['Dates 2023-02-30 and 03/04/2023', ['2023-02-30', '03/04/2023']],
  ])('finds the dates in %j', (text, expected) => {
    expect(findDates(text).map((d) => d.text)).toEqual(expected);
  });

  it('keeps problems of the dates it finds', () => {
    const [bad, ambiguous] = findDates('Dates 2023-02-30 and 03/04/2023');
    expect(bad?.date).toBeUndefined();
    expect(bad?.problems[0]?.code).toBe('invalid-date');
    expect(ambiguous?.problems[0]?.code).toBe('ambiguous-date');
  });

  it.each([
    'version 1.10.0 and 0.69.30 were published',
    'curl 127.0.0.1 and 10.0.0.1',
    'we are on call 24/7 and 1/2 of the fleet',
    'we may 3 times retry',
    'Estimated 1.21B queries lost in 2023',
    'https://crates.io/api/v1/crates/serde_derive/1.0.173/download',
    'no digits here at all',
  ])('finds nothing in %j', (text) => {
    expect(findDates(text)).toEqual([]);
  });
});
