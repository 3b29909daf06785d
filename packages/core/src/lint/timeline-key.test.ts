import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../model/index.js';
import { timelineKey } from './timeline-key.js';

/** The key as it was computed before the hand-written reading: with Date.parse and slices. */
function slowKey(entry: TimelineEntry): { kind: string; value: number } | undefined {
  if (entry.at) {
    const zoned = /(?:Z|[+-]\d\d:\d\d)$/.test(entry.at);
    const value = Date.parse(zoned ? entry.at : `${entry.at}Z`);
    return Number.isNaN(value) ? undefined : { kind: zoned ? 'utc' : 'local', value };
  }
  const c = entry.clock;
  if (!c || entry.date) return undefined;
  const seconds =
    Number(c.slice(0, 2)) * 3600 + Number(c.slice(3, 5)) * 60 + Number(c.slice(6, 8) || 0);
  return { kind: 'day', value: (entry.dayOffset ?? 0) * 86_400 + seconds };
}

function entry(fields: Partial<TimelineEntry>): TimelineEntry {
  return { time: '', text: '', ...fields } as TimelineEntry;
}

const DATES = ['2024-03-20', '2024-02-28', '2024-02-29', '2023-02-29', '2024-04-31', '2024-12-31'];
const ODD_DATES = ['0099-01-01', '0999-06-15', '1000-01-01', '9999-12-28', '2024-00-10'];
const CLOCKS = ['00:00:00', '14:23:05', '23:59:59', '24:00:00', '12:60:00', '12:00:60'];
const OFFSETS = ['', 'Z', '+01:00', '-08:00', '-00:00', '+05:45', '+14:00', '+23:59', '+24:00'];
const MALFORMED = [
  '2024-03-20T14:23',
  '2024-03-20 14:23:00Z',
  '2024-3-20T14:23:00Z',
  '2024-03-20T14:23:00z',
  '2024-03-20T14:23:00+0100',
  '2024-03-20T14:23:00.5Z',
  '2024-03-20T14:23:00*01:00',
  '2024-03-20T14:23:00+01-00',
  '2024-03-20T1a:23:00Z',
  ' 2024-03-20T14:23:00',
];

describe('timelineKey', () => {
  it('reads date-times as Date.parse does, valid or not', () => {
    for (const date of [...DATES, ...ODD_DATES]) {
      for (const clock of CLOCKS) {
        for (const offset of OFFSETS) {
          const at = `${date}T${clock}${offset}`;
          expect(timelineKey(entry({ at })), at).toEqual(slowKey(entry({ at })));
        }
      }
    }
    for (const at of MALFORMED) {
      expect(timelineKey(entry({ at })), at).toEqual(slowKey(entry({ at })));
    }
  });

  it('counts days across leap years, centuries and eras as Date.parse does', () => {
    for (let year = 1000; year <= 9999; year += 37) {
      for (const month of ['01', '02', '03', '07', '12']) {
        const at = `${year}-${month}-28T23:59:59Z`;
        expect(timelineKey(entry({ at })), at).toEqual(slowKey(entry({ at })));
      }
    }
  });

  it('reads clocks with and without seconds, and the day offset', () => {
    for (const clock of ['00:00', '09:05', '23:59', '07:08:09', '23:59:59', '7:05', '07:5x']) {
      for (const dayOffset of [undefined, 1, 3]) {
        const e = entry({ clock, ...(dayOffset ? { dayOffset } : {}) });
        expect(timelineKey(e), clock).toEqual(slowKey(e));
      }
    }
    expect(timelineKey(entry({ clock: '14:05' }))).toEqual({ kind: 'day', value: 50_700 });
  });

  it('has no key for a dated clock without an instant, or without a time', () => {
    expect(timelineKey(entry({ clock: '14:05', date: '2024-03-20' }))).toBeUndefined();
    expect(timelineKey(entry({}))).toBeUndefined();
  });
});
