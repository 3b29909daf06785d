import { describe, expect, it } from 'vitest';
import { findLeadingTime } from './find-leading-time.js';
import { stripLeadingSeparator } from './strip-leading-separator.js';
import type { CalendarDate, Clock } from './types.js';

interface Case {
  line: string;
  /** The time expression as it must be cut out of the line. */
  text: string;
  clock?: Clock;
  date?: CalendarDate;
  zone?: string;
  /** What is left of the line as the entry's text. */
  rest: string;
}

const hm = (hour: number, minute: number): Clock => ({ hour, minute });

const CASES: Case[] = [
  // plain and 12-hour leads with the usual separators
  {
    line: '07:31 PM - Outage begins.',
    text: '07:31 PM',
    clock: hm(19, 31),
    rest: 'Outage begins.',
  },
  {
    line: '- 17:00: Configuration push begins',
    text: '17:00',
    clock: hm(17, 0),
    rest: 'Configuration push begins',
  },
  {
    line: '-   14:51 News reports a sonnet',
    text: '14:51',
    clock: hm(14, 51),
    rest: 'News reports a sonnet',
  },
  { line: '* 14:00 – Deploy', text: '14:00', clock: hm(14, 0), rest: 'Deploy' },
  { line: '+ 14:00 — Deploy', text: '14:00', clock: hm(14, 0), rest: 'Deploy' },
  { line: '1. 14:00 | Deploy', text: '14:00', clock: hm(14, 0), rest: 'Deploy' },
  { line: '12) 9:05 am: Deploy', text: '9:05 am', clock: hm(9, 5), rest: 'Deploy' },
  { line: '- [x] 14:00 Deploy', text: '14:00', clock: hm(14, 0), rest: 'Deploy' },
  { line: '> 14:00 Deploy', text: '14:00', clock: hm(14, 0), rest: 'Deploy' },
  {
    line: ' - 12:59:00: SRE merges own pull request',
    text: '12:59:00',
    clock: { hour: 12, minute: 59, second: 0 },
    rest: 'SRE merges own pull request',
  },
  // emphasis around the time, closed before or after the separator
  {
    line: '- **14:00 UTC** - Issue detected',
    text: '14:00 UTC',
    clock: hm(14, 0),
    zone: 'UTC',
    rest: 'Issue detected',
  },
  {
    line: '- **10:05 AM**: 🚨 **Alert**: Monitoring fires',
    text: '10:05 AM',
    clock: hm(10, 5),
    rest: '🚨 **Alert**: Monitoring fires',
  },
  {
    line: '- **06:00 AM:** Alas, users cry.',
    text: '06:00 AM',
    clock: hm(6, 0),
    rest: 'Alas, users cry.',
  },
  { line: '- **07:40:** Initial theory', text: '07:40', clock: hm(7, 40), rest: 'Initial theory' },
  {
    line: '* *14:51 PST* - Engineer discovered it',
    text: '14:51 PST',
    clock: hm(14, 51),
    zone: 'PST',
    rest: 'Engineer discovered it',
  },
  { line: '__14:00__ Deploy', text: '14:00', clock: hm(14, 0), rest: 'Deploy' },
  {
    line: '-   14:54 **OUTAGE BEGINS** --- Search melts',
    text: '14:54',
    clock: hm(14, 54),
    rest: '**OUTAGE BEGINS** --- Search melts',
  },
  // brackets: kept in the text when they wrap exactly the time
  { line: '[13:26] Alert fired', text: '[13:26]', clock: hm(13, 26), rest: 'Alert fired' },
  {
    line: '(14:00 UTC) Alert fired',
    text: '(14:00 UTC)',
    clock: hm(14, 0),
    zone: 'UTC',
    rest: 'Alert fired',
  },
  {
    line: '[2019-11-29 12:00] Alert',
    text: '[2019-11-29 12:00]',
    clock: hm(12, 0),
    date: { year: 2019, month: 11, day: 29 },
    rest: 'Alert',
  },
  // HTML, entities, emoji shortcodes
  {
    line: '<p>&emsp;:small_orange_diamond:16:15 GMT+1: The issue was detected</p>',
    text: '16:15 GMT+1',
    clock: hm(16, 15),
    zone: 'UTC+01:00',
    rest: 'The issue was detected</p>',
  },
  { line: '<li><b>09:00</b> - Deploy</li>', text: '09:00', clock: hm(9, 0), rest: 'Deploy</li>' },
  { line: '🚨 14:00 Pager fired', text: '14:00', clock: hm(14, 0), rest: 'Pager fired' },
  // leading words
  {
    line: 'At 3:15 PM the alert fired',
    text: '3:15 PM',
    clock: hm(15, 15),
    rest: 'the alert fired',
  },
  { line: 'Around 14:00, traffic rose', text: '14:00', clock: hm(14, 0), rest: 'traffic rose' },
  { line: 'By 16:00 all was well', text: '16:00', clock: hm(16, 0), rest: 'all was well' },
  { line: '~14:00 traffic rose', text: '14:00', clock: hm(14, 0), rest: 'traffic rose' },
  { line: 'Approx. 14:00 traffic rose', text: '14:00', clock: hm(14, 0), rest: 'traffic rose' },
  { line: '- At around 9pm: deploy', text: '9pm', clock: hm(21, 0), rest: 'deploy' },
  // date and time
  {
    line: '| 2019-11-29 12:00     | Proactively scaling up',
    text: '2019-11-29 12:00',
    clock: hm(12, 0),
    date: { year: 2019, month: 11, day: 29 },
    rest: 'Proactively scaling up',
  },
  {
    line: '- 2023-07-20 12:17 UTC – Promoted',
    text: '2023-07-20 12:17 UTC',
    clock: hm(12, 17),
    date: { year: 2023, month: 7, day: 20 },
    zone: 'UTC',
    rest: 'Promoted',
  },
  {
    line: '2023-07-20T12:17:00Z deploy',
    text: '2023-07-20T12:17:00Z',
    clock: { hour: 12, minute: 17, second: 0 },
    date: { year: 2023, month: 7, day: 20 },
    zone: 'UTC',
    rest: 'deploy',
  },
  {
    line: '2023-07-20T12:17:00+02:00 deploy',
    text: '2023-07-20T12:17:00+02:00',
    clock: { hour: 12, minute: 17, second: 0 },
    date: { year: 2023, month: 7, day: 20 },
    zone: 'UTC+02:00',
    rest: 'deploy',
  },
  {
    line: 'January 31 2023, 16:15 GMT+1: Start',
    text: 'January 31 2023, 16:15 GMT+1',
    clock: hm(16, 15),
    date: { year: 2023, month: 1, day: 31 },
    zone: 'UTC+01:00',
    rest: 'Start',
  },
  {
    line: 'Nov 1, 2022 6:00 AM - Detected',
    text: 'Nov 1, 2022 6:00 AM',
    clock: hm(6, 0),
    date: { year: 2022, month: 11, day: 1 },
    rest: 'Detected',
  },
  {
    line: '13/10/2023 at 2100hrs WAT: Down',
    text: '13/10/2023 at 2100hrs WAT',
    clock: hm(21, 0),
    date: { year: 2023, month: 10, day: 13 },
    zone: 'WAT',
    rest: 'Down',
  },
  {
    line: 'March 3, 14:00 - Deploy',
    text: 'March 3, 14:00',
    clock: hm(14, 0),
    date: { month: 3, day: 3 },
    rest: 'Deploy',
  },
  {
    line: '- 12:00 PM (UTC) on June 7, 2024: resolved',
    text: '12:00 PM (UTC) on June 7, 2024',
    clock: hm(12, 0),
    date: { year: 2024, month: 6, day: 7 },
    zone: 'UTC',
    rest: 'resolved',
  },
  {
    line: '17:41 UTC on 2023-07-19 - merged',
    text: '17:41 UTC on 2023-07-19',
    clock: hm(17, 41),
    date: { year: 2023, month: 7, day: 19 },
    zone: 'UTC',
    rest: 'merged',
  },
  // time and zone
  {
    line: '- 04:49 PM UTC Site repo renamed',
    text: '04:49 PM UTC',
    clock: hm(16, 49),
    zone: 'UTC',
    rest: 'Site repo renamed',
  },
  {
    line: '2100hrs WAT: Issue was detected.',
    text: '2100hrs WAT',
    clock: hm(21, 0),
    zone: 'WAT',
    rest: 'Issue was detected.',
  },
  {
    line: '16:15 GMT+1 - detected',
    text: '16:15 GMT+1',
    clock: hm(16, 15),
    zone: 'UTC+01:00',
    rest: 'detected',
  },
  {
    line: '10:05 AM (UTC-4) - detected',
    text: '10:05 AM (UTC-4)',
    clock: hm(10, 5),
    zone: 'UTC-04:00',
    rest: 'detected',
  },
  {
    line: '9:00 Pacific Time - standup',
    text: '9:00 Pacific Time',
    clock: hm(9, 0),
    zone: 'America/Los_Angeles',
    rest: 'standup',
  },
  {
    line: '14:00 Europe/Paris - deploy',
    text: '14:00 Europe/Paris',
    clock: hm(14, 0),
    zone: 'Europe/Paris',
    rest: 'deploy',
  },
  { line: '14:00UTC deploy', text: '14:00UTC', clock: hm(14, 0), zone: 'UTC', rest: 'deploy' },
  { line: '0900Z deploy', text: '0900Z', clock: hm(9, 0), zone: 'UTC', rest: 'deploy' },
  // other clock forms
  { line: 'noon: lunch outage', text: 'noon', clock: hm(12, 0), rest: 'lunch outage' },
  { line: '14h30 - redémarrage', text: '14h30', clock: hm(14, 30), rest: 'redémarrage' },
  { line: '7.31 pm - deploy', text: '7.31 pm', clock: hm(19, 31), rest: 'deploy' },
  // a range: the first time leads, the rest is left as written
  {
    line: '14:00-14:30 investigation',
    text: '14:00',
    clock: hm(14, 0),
    rest: '-14:30 investigation',
  },
];

describe('findLeadingTime', () => {
  it.each(CASES)('finds the lead of $line', ({ line, text, clock, date, zone, rest }) => {
    const found = findLeadingTime(line);
    expect(found).toBeDefined();
    if (found === undefined) return;
    expect(found.text).toBe(text);
    expect(line.slice(found.index, found.index + found.length)).toBe(text);
    expect(found.clock).toEqual(clock);
    expect(found.date).toEqual(date);
    expect(found.zone?.id).toBe(zone);
    expect(stripLeadingSeparator(line.slice(found.index + found.length))).toBe(rest);
  });

  it.each([
    ['--:-- Surge of deployments', '--:--'],
    ['??:?? unknown', '??:??'],
    ['HH:MM - what happened', 'HH:MM'],
    ['- XX:XX - what happened', 'XX:XX'],
    ['[HH:MM] what happened', '[HH:MM]'],
    ['hh:mm:ss event', 'hh:mm:ss'],
    ['__:__ unknown', '__:__'],
    ['| 20xx-MM-DD HH:mm | Short event description |', '20xx-MM-DD HH:mm'],
  ])('takes the placeholder in %j as a time without a clock', (line, text) => {
    const found = findLeadingTime(line);
    expect(found?.text).toBe(text);
    expect(found?.clock).toBeUndefined();
  });

  it('keeps the date of a row whose time is unknown', () => {
    const found = findLeadingTime('| 2019-12-03 --:--     | Surge new deployments');
    expect(found).toMatchObject({
      text: '2019-12-03 --:--',
      date: { year: 2019, month: 12, day: 3 },
    });
    expect(found?.clock).toBeUndefined();
  });

  it.each([
    '3 servers went down',
    '100% of traffic was lost',
    '1.21B queries lost',
    'version 1.10.0 released',
    '1.10.0 released',
    '127.0.0.1 stopped answering',
    '2 sentences about it',
    '2019-11-29 the day it began',
    'March 3 was the day',
    '13/10/2023: the incident',
    'Timeline',
    '- Root cause: config',
    '',
    '   ',
    '- **Root Cause**: a typo',
    '25:10 not a time',
    '12:60 not a time',
    '2023 UTC was a year',
    '404 errors everywhere',
    '16:9 aspect ratio',
    '1:1 mapping',
    '10s of servers',
    '7 amazing engineers',
    'At least 3 times',
    'curl 0:8080',
    '00:1A:2B:3C:4D:5E mac',
    '12:00:00:00 frames',
  ])('finds no leading time in %j', (line) => {
    expect(findLeadingTime(line)).toBeUndefined();
  });

  it('reports problems of the time it finds', () => {
    expect(findLeadingTime('- 13:55 PM: deploy')?.problems.map((p) => p.code)).toEqual([
      'invalid-meridiem',
    ]);
    expect(findLeadingTime('14:00 IST deploy')?.problems.map((p) => p.code)).toEqual([
      'ambiguous-zone',
    ]);
    expect(findLeadingTime('03/04/2023 14:00 deploy')?.problems.map((p) => p.code)).toEqual([
      'ambiguous-date',
    ]);
  });

  it('reports an impossible date and still gives the clock', () => {
    const found = findLeadingTime('2023-02-30 12:00 deploy');
    expect(found?.text).toBe('2023-02-30 12:00');
    expect(found?.clock).toEqual(hm(12, 0));
    expect(found?.date).toBeUndefined();
    expect(found?.problems.map((p) => p.code)).toEqual(['invalid-date']);
  });
});
