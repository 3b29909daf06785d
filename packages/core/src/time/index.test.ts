import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as time from './index.js';

const docs = readFileSync(new URL('../../../../docs/time.md', import.meta.url), 'utf8');

describe('the time module as documented in docs/time.md', () => {
  it('exports every function named in the API table', () => {
    const rows = docs.split('\n').filter((l) => l.startsWith('| `'));
    const names = rows.flatMap((row) =>
      [...(row.split(' | ')[0] ?? '').matchAll(/`(\w+)/g)].map((m) => m[1]),
    );
    expect(names.length).toBeGreaterThan(15);
    for (const name of names)
      expect(typeof (time as Record<string, unknown>)[name ?? '']).toBe('function');
  });

  it('documents every problem code', () => {
    for (const code of [
      'invalid-meridiem',
      'invalid-time',
      'invalid-date',
      'ambiguous-date',
      'ambiguous-zone',
    ]) {
      expect(docs).toContain(`\`${code}\``);
    }
  });

  it('does what its opening example says', () => {
    const line = '- **10:05 AM**: 🚨 Alert fires';
    const lead = time.findLeadingTime(line);
    expect(lead?.text).toBe('10:05 AM');
    expect(lead?.clock).toEqual({ hour: 10, minute: 5 });
    expect(lead && time.stripLeadingSeparator(line.slice(lead.index + lead.length))).toBe(
      '🚨 Alert fires',
    );
    expect(
      time.resolveTimeline([lead ?? {}], {
        date: { year: 2024, month: 6, day: 7 },
        zone: time.parseZone('UTC'),
      }),
    ).toEqual([{ date: '2024-06-07', clock: '10:05', zone: 'UTC', at: '2024-06-07T10:05:00Z' }]);
  });

  it('does what the JSDoc examples say', () => {
    expect(time.findLeadingTime('- **10:05 AM**: Alert')).toEqual({
      text: '10:05 AM',
      index: 4,
      length: 8,
      clock: { hour: 10, minute: 5 },
      problems: [],
    });
    expect(time.findTimes('from 10:00 AM to 12:00 PM (UTC)').map((t) => t.text)).toEqual([
      '10:00 AM',
      '12:00 PM (UTC)',
    ]);
    expect(time.parseDuration('down for approximately 1 hour and 50 minutes')).toBe(110);
    expect(time.formatDuration(110)).toBe('1 h 50 min');
    expect(time.findTimezoneStatement('Timeline (all times in PST)')).toEqual({
      id: 'PST',
      kind: 'fixed',
      offsetMinutes: -480,
      text: 'PST',
    });
    expect(time.parseZone('GMT+1')).toEqual({
      id: 'UTC+01:00',
      kind: 'fixed',
      offsetMinutes: 60,
      text: 'GMT+1',
    });
    expect(time.zoneFromId('UTC-04:00')).toEqual({
      id: 'UTC-04:00',
      kind: 'fixed',
      offsetMinutes: -240,
      text: 'UTC-04:00',
    });
    expect(time.stripLeadingSeparator('**: Monitoring fired')).toBe('Monitoring fired');
    expect(time.formatClock({ hour: 7, minute: 5 })).toBe('07:05');
    expect(time.formatDate({ year: 2019, month: 1, day: 17 })).toBe('2019-01-17');
    expect(
      time.resolveTimeline(
        [{ clock: { hour: 23, minute: 50 } }, { clock: { hour: 0, minute: 10 } }],
        {
          date: { year: 2024, month: 3, day: 1 },
        },
      ),
    ).toEqual([
      { date: '2024-03-01', clock: '23:50', at: '2024-03-01T23:50:00' },
      { date: '2024-03-02', clock: '00:10', at: '2024-03-02T00:10:00' },
    ]);
  });
});
