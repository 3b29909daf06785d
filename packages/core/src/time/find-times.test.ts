import { describe, expect, it } from 'vitest';
import { findTimes } from './find-times.js';

/** Compact view of what was found: text, then @zone and #date when present. */
function summary(text: string): string[] {
  return findTimes(text).map((t) => {
    const date = t.date ? `#${t.date.year ?? ''}-${t.date.month}-${t.date.day}` : '';
    return `${t.text}${t.zone ? `@${t.zone.id}` : ''}${date}`;
  });
}

describe('findTimes', () => {
  it('splits a run-on paragraph into its times', () => {
    const text =
      '2100hrs WAT: Issue was detected. 2105hrs WAT: While using curl to check the headers 2108hrs WAT: Issue was handled.';
    const found = findTimes(text);
    expect(found.map((t) => t.text)).toEqual(['2100hrs WAT', '2105hrs WAT', '2108hrs WAT']);
    expect(found.map((t) => t.clock)).toEqual([
      { hour: 21, minute: 0 },
      { hour: 21, minute: 5 },
      { hour: 21, minute: 8 },
    ]);
    for (const t of found) expect(text.slice(t.index, t.index + t.length)).toBe(t.text);
  });

  it.each([
    ['At 3:15 PM the alert fired', ['3:15 PM']],
    [
      'from 10:00 AM to 12:00 PM (UTC) on June 7, 2024.',
      ['10:00 AM', '12:00 PM (UTC) on June 7, 2024@UTC#2024-6-7'],
    ],
    [
      'between 12:17 and 12:30 UTC on 2023-07-20',
      ['12:17', '12:30 UTC on 2023-07-20@UTC#2023-7-20'],
    ],
    [
      'At 17:41 UTC on 2023-07-19 a pull request was merged',
      ['17:41 UTC on 2023-07-19@UTC#2023-7-19'],
    ],
    ['reported on August 5th 2022, 18:00 GMT. We', ['August 5th 2022, 18:00 GMT@UTC#2022-8-5']],
    [
      'Start Time: January 31 2023, 16:15 GMT+1',
      ['January 31 2023, 16:15 GMT+1@UTC+01:00#2023-1-31'],
    ],
    ['Date: Tue, 1 Nov 2022 07:32:16 GMT', ['Tue, 1 Nov 2022 07:32:16 GMT@UTC#2022-11-1']],
    ['at Nov 1, 2022 6:00 AM an error occurred', ['Nov 1, 2022 6:00 AM#2022-11-1']],
    ['On 13/10/2023 at 2100hrs WAT, 100% was down', ['13/10/2023 at 2100hrs WAT@WAT#2023-10-13']],
    [
      'logged 2019-11-29T12:00:00Z and 2019-11-29T12:05:00.123+01:00',
      ['2019-11-29T12:00:00Z@UTC#2019-11-29', '2019-11-29T12:05:00.123+01:00@UTC+01:00#2019-11-29'],
    ],
    [
      'From **Jun 28, 2023 6:00 AM** to **Jun 28, 2023 12:00 PM (UTC-4)**',
      ['Jun 28, 2023 6:00 AM#2023-6-28', 'Jun 28, 2023 12:00 PM (UTC-4)@UTC-04:00#2023-6-28'],
    ],
    ['14:00-15:00 maintenance', ['14:00', '15:00']],
    ['09:00–10:00 maintenance', ['09:00', '10:00']],
    ['at noon and again around midnight', ['noon', 'midnight']],
    ['the deploy (14:00) failed', ['(14:00)']],
    ['[13:26] alert', ['[13:26]']],
    ['we met at 9pm, then 10.30 p.m.', ['9pm', '10.30 p.m.']],
    ['Between the hours of 13:00:00 and 17:35:08 it was down', ['13:00:00', '17:35:08']],
    ['<p>&emsp;:small_orange_diamond:16:15 GMT+1: detected</p>', ['16:15 GMT+1@UTC+01:00']],
    ['Time:14:00 deploy', ['14:00']],
    ['from 7:31 PM to 9:21 PM PT.', ['7:31 PM', '9:21 PM PT@America/Los_Angeles']],
    ['Deploy at 14:00 Eastern Time', ['14:00 Eastern Time@America/New_York']],
  ])('finds %j', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    'Estimated 1.21B queries lost, no revenue impact.',
    'Traffic increases by 88x; 100% of traffic',
    'version 1.10.0 and https://crates.io/crates/smallvec/1.10.0/download',
    'curl -sI 127.0.0.1 will return; curl 0:8080',
    '0.0.0.0:8080->80/tcp',
    'sha256:58d0da8bc2f434983c6ca4713b08be00ff5586eb5cdff47bcde4b2e88fd40f88',
    'nginx[31101]: nginx: [emerg] invalid number of arguments',
    '3 servers, 2 sentences, 16:9 screens and 1:1 mappings',
    'in the afternoon we ate',
    'offset UTC-04:00 and +05:30',
    'a 12:60 and a 25:10',
    'mac 00:1A:2B:3C:4D:5E and ipv6 fe80::1:23',
    'Top 10 AMIs and 7 amazing engineers',
    'no digits here',
    '',
  ])('finds nothing in %j', (text) => {
    expect(findTimes(text)).toEqual([]);
  });

  it('reports problems of each time', () => {
    const [odd, ambiguous] = findTimes('at 13:55 PM and at 10:00 CST');
    expect(odd?.problems.map((p) => p.code)).toEqual(['invalid-meridiem']);
    expect(ambiguous?.problems.map((p) => p.code)).toEqual(['ambiguous-zone']);
  });

  it('does not report placeholders in prose', () => {
    expect(findTimes('write times as HH:MM or --:-- when unknown')).toEqual([]);
  });
});
