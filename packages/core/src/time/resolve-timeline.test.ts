import { describe, expect, it } from 'vitest';
import { resolveTimeline } from './resolve-timeline.js';
import type { TimelineItem } from './resolve-timeline.js';
import type { Zone } from './types.js';
import { zoneFromId } from './zone-from-id.js';

const zone = (id: string): Zone => {
  const z = zoneFromId(id);
  if (z === undefined) throw new Error(`test zone ${id}`);
  return z;
};
const t = (
  hour: number,
  minute: number,
  extra: Omit<TimelineItem, 'clock'> = {},
): TimelineItem => ({
  clock: { hour, minute },
  ...extra,
});

describe('resolveTimeline', () => {
  it('gives every entry the context date and zone', () => {
    expect(
      resolveTimeline([t(14, 0), t(14, 30)], {
        date: { year: 2024, month: 6, day: 20 },
        zone: zone('UTC'),
      }),
    ).toEqual([
      { date: '2024-06-20', clock: '14:00', zone: 'UTC', at: '2024-06-20T14:00:00Z' },
      { date: '2024-06-20', clock: '14:30', zone: 'UTC', at: '2024-06-20T14:30:00Z' },
    ]);
  });

  it('moves to the next day when the clock goes back more than 6 hours (midnight crossing)', () => {
    const out = resolveTimeline([t(22, 0), t(23, 50), t(0, 10), t(1, 5)], {
      date: { year: 2024, month: 12, day: 31 },
      zone: zone('America/New_York'),
    });
    expect(out.map((o) => o.at)).toEqual([
      '2024-12-31T22:00:00-05:00',
      '2024-12-31T23:50:00-05:00',
      '2025-01-01T00:10:00-05:00',
      '2025-01-01T01:05:00-05:00',
    ]);
  });

  it('treats a small step back as an entry out of order, not as the next day', () => {
    const out = resolveTimeline([t(14, 0), t(13, 55), t(14, 10)], {
      date: { year: 2024, month: 6, day: 20 },
    });
    expect(out.map((o) => o.date)).toEqual(['2024-06-20', '2024-06-20', '2024-06-20']);
  });

  it('counts days after the first entry when no date is known', () => {
    expect(resolveTimeline([t(23, 0), t(2, 0), t(9, 0), t(1, 0)], {})).toEqual([
      { clock: '23:00' },
      { clock: '02:00', dayOffset: 1 },
      { clock: '09:00', dayOffset: 1 },
      { clock: '01:00', dayOffset: 2 },
    ]);
  });

  it('writes the zone but no instant when only the zone is known', () => {
    expect(resolveTimeline([t(14, 51)], { zone: zone('PST') })).toEqual([
      { clock: '14:51', zone: 'PST' },
    ]);
  });

  it('writes an instant without offset when only the date is known', () => {
    expect(resolveTimeline([t(12, 0)], { date: { year: 2019, month: 11, day: 29 } })).toEqual([
      { date: '2019-11-29', clock: '12:00', at: '2019-11-29T12:00:00' },
    ]);
  });

  it("lets an entry's own date win and carry forward", () => {
    const cet = zone('CET');
    const out = resolveTimeline(
      [
        t(12, 0, { date: { year: 2019, month: 11, day: 29 } }),
        t(8, 24, { date: { year: 2019, month: 11, day: 30 } }),
        t(9, 0),
        { date: { year: 2019, month: 12, day: 3 } },
        t(3, 0, { date: { year: 2019, month: 12, day: 4 } }),
      ],
      { zone: cet },
    );
    expect(out).toEqual([
      { date: '2019-11-29', clock: '12:00', zone: 'CET', at: '2019-11-29T12:00:00+01:00' },
      { date: '2019-11-30', clock: '08:24', zone: 'CET', at: '2019-11-30T08:24:00+01:00' },
      { date: '2019-11-30', clock: '09:00', zone: 'CET', at: '2019-11-30T09:00:00+01:00' },
      { date: '2019-12-03', zone: 'CET' },
      { date: '2019-12-04', clock: '03:00', zone: 'CET', at: '2019-12-04T03:00:00+01:00' },
    ]);
  });

  it('does not treat an explicit new date as a midnight crossing', () => {
    const out = resolveTimeline(
      [t(23, 0), t(1, 0, { date: { year: 2024, month: 6, day: 20 } }), t(2, 0)],
      {
        date: { year: 2024, month: 6, day: 20 },
      },
    );
    expect(out.map((o) => o.date)).toEqual(['2024-06-20', '2024-06-20', '2024-06-20']);
  });

  it("lets an entry's own zone win for that entry only", () => {
    const out = resolveTimeline([t(9, 0, { zone: zone('America/Los_Angeles') }), t(17, 0)], {
      date: { year: 2024, month: 7, day: 4 },
      zone: zone('UTC'),
    });
    expect(out.map((o) => [o.zone, o.at])).toEqual([
      ['America/Los_Angeles', '2024-07-04T09:00:00-07:00'],
      ['UTC', '2024-07-04T17:00:00Z'],
    ]);
  });

  it('gives a date without a year the context year, and the next year after December', () => {
    const out = resolveTimeline(
      [t(23, 0, { date: { month: 12, day: 31 } }), t(0, 30, { date: { month: 1, day: 1 } })],
      { date: { year: 2023, month: 12, day: 31 } },
    );
    expect(out.map((o) => o.date)).toEqual(['2023-12-31', '2024-01-01']);
  });

  it('ignores a year-less date when no year is known anywhere', () => {
    expect(resolveTimeline([t(10, 0, { date: { month: 3, day: 3 } })], {})).toEqual([
      { clock: '10:00' },
    ]);
  });

  it('follows DST through the timeline with an IANA zone', () => {
    const out = resolveTimeline([t(1, 30), t(3, 30)], {
      date: { year: 2024, month: 3, day: 10 },
      zone: zone('America/Los_Angeles'),
    });
    expect(out.map((o) => o.at)).toEqual([
      '2024-03-10T01:30:00-08:00',
      '2024-03-10T03:30:00-07:00',
    ]);
  });

  it('keeps seconds', () => {
    expect(resolveTimeline([{ clock: { hour: 13, minute: 0, second: 56 } }], {})).toEqual([
      { clock: '13:00:56' },
    ]);
  });

  it('returns nothing for no items', () => {
    expect(resolveTimeline([], {})).toEqual([]);
  });
});
