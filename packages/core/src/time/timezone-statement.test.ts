import { describe, expect, it } from 'vitest';
import { findTimezoneStatement } from './timezone-statement.js';

describe('findTimezoneStatement', () => {
  it.each([
    ['(all times UTC)', 'UTC'],
    ['2015-10-21 *(all times UTC)*', 'UTC'],
    ['All times in UTC.', 'UTC'],
    ['All times are in Pacific Time', 'America/Los_Angeles'],
    ['> (all times in Pacific Time)', 'America/Los_Angeles'],
    ['Timeline (all times in PST)', 'PST'],
    ['## Timeline (all times are shown in CEST)', 'CEST'],
    ['| Date and Time in CET | Event |', 'CET'],
    ['times in West Central Africa Standard Timezone', 'WAT'],
    ['### Timeline (in 24-hour clock, West Central Africa Standard Timezone)', 'WAT'],
    ['Timeline (UTC)', 'UTC'],
    ['Timeline [GMT+1]', 'UTC+01:00'],
    ['Timezone: Europe/Paris', 'Europe/Paris'],
    ['Time zone: America/New_York', 'America/New_York'],
    ['TZ: UTC', 'UTC'],
    ['All timestamps are UTC', 'UTC'],
    ['Times are in the Eastern time zone', 'America/New_York'],
    ['All times are approximate and in UTC-4', 'UTC-04:00'],
    ['All times in this document are in UTC', 'UTC'],
    ['Times: UTC', 'UTC'],
  ])('finds the zone stated in %j', (text, id) => {
    expect(findTimezoneStatement(text)?.id).toBe(id);
  });

  it.each([
    '## Timeline (all times approximate)',
    'Timeline',
    'From **Jun 28, 2023 6:00 AM** to **Jun 28, 2023 12:00 PM (UTC-4)**, students were greeted',
    'Requests failed from 7:31 PM to 9:21 PM PT.',
    'It took some time in production',
    'all times were bad',
    'All times are approximate',
    'Time: 14:00',
    '',
  ])('finds no statement in %j', (text) => {
    expect(findTimezoneStatement(text)).toBeUndefined();
  });
});
