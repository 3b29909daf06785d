import { describe, expect, it } from 'vitest';
import { parseZone, parseZoneDetailed } from './parse-zone.js';
import { zoneFromId } from './zone-from-id.js';

describe('parseZone', () => {
  it.each([
    // UTC itself
    ['UTC', 'UTC', 'utc', 0],
    ['utc', 'UTC', 'utc', 0],
    ['GMT', 'UTC', 'utc', 0],
    ['Z', 'UTC', 'utc', 0],
    ['UTC+0', 'UTC', 'utc', 0],
    ['+00:00', 'UTC', 'utc', 0],
    ['Coordinated Universal Time', 'UTC', 'utc', 0],
    ['Greenwich Mean Time', 'UTC', 'utc', 0],
    ['Etc/UTC', 'UTC', 'utc', 0],
    // literal abbreviations, whatever the season
    ['PST', 'PST', 'fixed', -480],
    ['PDT', 'PDT', 'fixed', -420],
    ['MST', 'MST', 'fixed', -420],
    ['MDT', 'MDT', 'fixed', -360],
    ['CDT', 'CDT', 'fixed', -300],
    ['EST', 'EST', 'fixed', -300],
    ['EDT', 'EDT', 'fixed', -240],
    ['AKST', 'AKST', 'fixed', -540],
    ['HST', 'HST', 'fixed', -600],
    ['NST', 'NST', 'fixed', -210],
    ['WET', 'WET', 'fixed', 0],
    ['WEST', 'WEST', 'fixed', 60],
    ['CET', 'CET', 'fixed', 60],
    ['CEST', 'CEST', 'fixed', 120],
    ['EET', 'EET', 'fixed', 120],
    ['EEST', 'EEST', 'fixed', 180],
    ['MSK', 'MSK', 'fixed', 180],
    ['WAT', 'WAT', 'fixed', 60],
    ['CAT', 'CAT', 'fixed', 120],
    ['EAT', 'EAT', 'fixed', 180],
    ['SAST', 'SAST', 'fixed', 120],
    ['PKT', 'PKT', 'fixed', 300],
    ['ICT', 'ICT', 'fixed', 420],
    ['WIB', 'WIB', 'fixed', 420],
    ['SGT', 'SGT', 'fixed', 480],
    ['HKT', 'HKT', 'fixed', 480],
    ['JST', 'JST', 'fixed', 540],
    ['KST', 'KST', 'fixed', 540],
    ['AEST', 'AEST', 'fixed', 600],
    ['AEDT', 'AEDT', 'fixed', 660],
    ['ACST', 'ACST', 'fixed', 570],
    ['AWST', 'AWST', 'fixed', 480],
    ['NZST', 'NZST', 'fixed', 720],
    ['NZDT', 'NZDT', 'fixed', 780],
    ['BRT', 'BRT', 'fixed', -180],
    ['ART', 'ART', 'fixed', -180],
    ['CLT', 'CLT', 'fixed', -240],
    ['COT', 'COT', 'fixed', -300],
    ['PET', 'PET', 'fixed', -300],
    // written offsets
    ['GMT+1', 'UTC+01:00', 'fixed', 60],
    ['GMT +1', 'UTC+01:00', 'fixed', 60],
    ['UTC-4', 'UTC-04:00', 'fixed', -240],
    ['UTC−4', 'UTC-04:00', 'fixed', -240],
    ['UTC+05:30', 'UTC+05:30', 'fixed', 330],
    ['UTC+0530', 'UTC+05:30', 'fixed', 330],
    ['UTC+5:45', 'UTC+05:45', 'fixed', 345],
    ['+0100', 'UTC+01:00', 'fixed', 60],
    ['-04:00', 'UTC-04:00', 'fixed', -240],
    ['(UTC-4)', 'UTC-04:00', 'fixed', -240],
    ['[UTC+14]', 'UTC+14:00', 'fixed', 840],
    // words for zones without daylight saving are literal too
    ['West Central Africa Standard Timezone', 'WAT', 'fixed', 60],
    ['West Africa Time', 'WAT', 'fixed', 60],
    ['India Standard Time', 'IST', 'fixed', 330],
    ['Eastern Standard Time', 'EST', 'fixed', -300],
    ['Pacific Daylight Time', 'PDT', 'fixed', -420],
    ['British Summer Time', 'BST', 'fixed', 60],
    ['Central European Summer Time', 'CEST', 'fixed', 120],
  ])('reads %j as %s', (text, id, kind, offsetMinutes) => {
    expect(parseZone(text)).toEqual({
      id,
      kind,
      offsetMinutes,
      text: text.replace(/^[([](.*)[)\]]$/, '$1'),
    });
  });

  it.each([
    ['PT', 'America/Los_Angeles'],
    ['MT', 'America/Denver'],
    ['CT', 'America/Chicago'],
    ['ET', 'America/New_York'],
    ['Pacific Time', 'America/Los_Angeles'],
    ['Eastern time', 'America/New_York'],
    ['the Eastern Time Zone', 'America/New_York'],
    ['US Central Time', 'America/Chicago'],
    ['Mountain Time', 'America/Denver'],
    ['Central European Time', 'Europe/Paris'],
    ['UK time', 'Europe/London'],
    ['China Standard Time', 'Asia/Shanghai'],
    ['Australian Eastern Time', 'Australia/Sydney'],
    ['America/New_York', 'America/New_York'],
    ['Europe/Paris', 'Europe/Paris'],
    ['America/Argentina/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
    ['Asia/Kolkata', 'Asia/Kolkata'],
    ['europe/paris', 'Europe/Paris'],
  ])('reads %j as the IANA zone %s', (text, id) => {
    expect(parseZone(text)).toEqual({ id, kind: 'iana', text });
  });

  it.each([
    '',
    'XYZ',
    'Foo/Bar',
    'UTC+15',
    'GMT-13:30',
    'pst',
    'Pacific',
    'banana time',
    'UTC - 4',
    '14:00',
  ])('rejects %j', (text) => {
    expect(parseZone(text)).toBeUndefined();
  });
});

describe('parseZoneDetailed', () => {
  it.each([
    ['CST', -360, 'China Standard Time'],
    ['IST', 330, 'Irish Standard Time'],
    ['BST', 60, 'Bangladesh Standard Time'],
    ['AST', -240, 'Arabia Standard Time'],
  ])('reads the ambiguous %s by the documented rule and says so', (text, offset, alternative) => {
    const parsed = parseZoneDetailed(text);
    expect(parsed?.zone).toEqual({ id: text, kind: 'fixed', offsetMinutes: offset, text });
    expect(parsed?.problems).toHaveLength(1);
    expect(parsed?.problems[0]?.code).toBe('ambiguous-zone');
    expect(parsed?.problems[0]?.message).toContain(alternative);
  });

  it('reports nothing for a plain zone', () => {
    expect(parseZoneDetailed('PST')?.problems).toEqual([]);
    expect(parseZoneDetailed('India Standard Time')?.problems).toEqual([]);
  });

  it('returns undefined for a non-zone', () => {
    expect(parseZoneDetailed('hello')).toBeUndefined();
  });
});

describe('zoneFromId', () => {
  it.each([
    ['UTC', { id: 'UTC', kind: 'utc', offsetMinutes: 0, text: 'UTC' }],
    ['PST', { id: 'PST', kind: 'fixed', offsetMinutes: -480, text: 'PST' }],
    ['WAT', { id: 'WAT', kind: 'fixed', offsetMinutes: 60, text: 'WAT' }],
    ['UTC+01:00', { id: 'UTC+01:00', kind: 'fixed', offsetMinutes: 60, text: 'UTC+01:00' }],
    ['UTC-04:30', { id: 'UTC-04:30', kind: 'fixed', offsetMinutes: -270, text: 'UTC-04:30' }],
    ['America/New_York', { id: 'America/New_York', kind: 'iana', text: 'America/New_York' }],
  ])('rebuilds %s', (id, zone) => {
    expect(zoneFromId(id)).toEqual(zone);
  });

  it.each(['', 'Nowhere/City', 'XYZ', 'UTC+1'])('does not know %j', (id) => {
    expect(zoneFromId(id)).toBeUndefined();
  });

  it('round-trips the id of every parsed zone', () => {
    for (const text of [
      'GMT+1',
      'PST',
      'PT',
      'Eastern time',
      'WAT',
      'Europe/Paris',
      'Z',
      'UTC-4',
    ]) {
      const zone = parseZone(text);
      expect(zone).toBeDefined();
      expect(zoneFromId(zone?.id ?? '')?.id).toBe(zone?.id);
    }
  });
});
