import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error.js';
import {
  localDate,
  parseDateFlag,
  parsePortFlag,
  parseSeverityFlag,
  parseZoneFlag,
} from './flag-values.js';

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    return (error as CliError).message;
  }
  throw new Error('expected a CliError');
}

describe('parseDateFlag', () => {
  it('accepts a real date, leap days included', () => {
    expect(parseDateFlag('2024-02-29', '--date')).toBe('2024-02-29');
  });

  it('names the flag and says why an impossible date is wrong', () => {
    expect(messageOf(() => parseDateFlag('2023-02-30', '--date'))).toBe(
      '--date 2023-02-30 is not a real calendar date (February 2023 has 28 days).',
    );
    expect(messageOf(() => parseDateFlag('2023-13-01', '--date'))).toContain(
      'months run from 01 to 12',
    );
  });

  it('asks for YYYY-MM-DD when the shape is wrong', () => {
    expect(messageOf(() => parseDateFlag('20/03/2024', '--date'))).toContain('YYYY-MM-DD');
  });
});

describe('parseSeverityFlag', () => {
  it('accepts any letter case', () => {
    expect(parseSeverityFlag('HIGH', '--severity')).toBe('high');
  });

  it('lists the severities when it does not know one', () => {
    expect(messageOf(() => parseSeverityFlag('sev9', '--severity'))).toContain(
      'critical, high, medium, low',
    );
  });
});

describe('parseZoneFlag', () => {
  it.each([
    ['UTC', 'UTC'],
    ['utc', 'UTC'],
    ['Europe/Paris', 'Europe/Paris'],
    ['GMT+1', 'UTC+01:00'],
    ['Eastern time', 'America/New_York'],
    ['PST', 'PST'],
  ])('%s → %s', (text, id) => {
    expect(parseZoneFlag(text, '--timezone')).toEqual({ id });
  });

  it('warns about an ambiguous abbreviation', () => {
    expect(parseZoneFlag('IST', '--timezone').warning).toMatch(/^--timezone IST: /);
  });

  it('rejects what is not a zone, naming the flag', () => {
    expect(messageOf(() => parseZoneFlag('Mars/Olympus', '--timezone'))).toMatch(
      /^--timezone "Mars\/Olympus" is not a time zone/,
    );
  });
});

describe('parsePortFlag', () => {
  it('accepts 0 to 65535', () => {
    expect(parsePortFlag('0', '--port')).toBe(0);
    expect(parsePortFlag('8080', '--port')).toBe(8080);
  });

  it.each(['-1', '65536', '80a', '', '3.5'])('rejects %j', (value) => {
    expect(messageOf(() => parsePortFlag(value, 'PORT'))).toMatch(/^PORT /);
  });
});

describe('localDate', () => {
  it('formats the local calendar day', () => {
    expect(localDate(new Date(2024, 0, 5, 23, 59))).toBe('2024-01-05');
  });
});
