import { describe, expect, it } from 'vitest';
import { buildPostmortem } from '../model/index.js';
import type { PostmortemInput } from '../model/index.js';
import { placeTimeline } from './timeline-time.js';

const timeline = (entries: NonNullable<PostmortemInput['timeline']>) =>
  buildPostmortem({ title: 'T', timeline: entries }).timeline;

const minutesOf = (entries: ReturnType<typeof timeline>) => {
  const { placed } = placeTimeline(entries);
  const first = placed[0]!.ms;
  return placed.map((p) => [p.index, (p.ms - first) / 60_000]);
};

describe('placeTimeline', () => {
  it('uses the offset of `at`, so entries written in different zones compare correctly', () => {
    const entries = timeline([
      { time: '10:00 CET', at: '2024-01-01T10:00:00+01:00', kind: 'detection', text: 'a' },
      { time: '09:30 UTC', at: '2024-01-01T09:30:00Z', kind: 'mitigation', text: 'b' },
      { time: '04:15 EST', at: '2024-01-01T04:15:00-05:00', kind: 'impact-start', text: 'c' },
    ]);
    // 09:00Z, 09:30Z and 09:15Z.
    expect(minutesOf(entries)).toEqual([
      [0, 0],
      [2, 15],
      [1, 30],
    ]);
    expect(placeTimeline(entries).offsetMinutes).toBe(60);
  });

  it('places clock-only entries after midnight on the next day using dayOffset', () => {
    const entries = timeline([
      { time: '11:50 PM', clock: '23:50', kind: 'detection', text: 'a' },
      { time: '11:58 PM', clock: '23:58', kind: 'escalation', text: 'b' },
      { time: '12:10 AM', clock: '00:10', dayOffset: 1, kind: 'resolution', text: 'c' },
    ]);
    expect(minutesOf(entries)).toEqual([
      [0, 0],
      [1, 8],
      [2, 20],
    ]);
    expect(placeTimeline(entries).hasDates).toBe(false);
  });

  it('anchors clock-only entries to the day and zone of the first dated entry', () => {
    const entries = timeline([
      { time: '2024-03-20 23:00', at: '2024-03-20T23:00:00-04:00', kind: 'detection', text: 'a' },
      { time: '23:30', clock: '23:30', kind: 'action', text: 'b' },
      { time: '01:00', clock: '01:00', dayOffset: 1, kind: 'resolution', text: 'c' },
    ]);
    expect(minutesOf(entries)).toEqual([
      [0, 0],
      [1, 30],
      [2, 120],
    ]);
  });

  it('uses an entry date when there is one', () => {
    const entries = timeline([
      { time: 'a', date: '2024-05-01', clock: '12:00', kind: 'detection', text: 'a' },
      { time: 'b', date: '2024-05-02', clock: '11:00', kind: 'resolution', text: 'b' },
    ]);
    expect(minutesOf(entries)).toEqual([
      [0, 0],
      [1, 23 * 60],
    ]);
    expect(placeTimeline(entries).hasDates).toBe(true);
  });

  it('leaves out entries without a time and counts them', () => {
    const frame = placeTimeline(
      timeline([
        { time: '', kind: 'communication', text: 'status page' },
        { time: '14:00', clock: '14:00', kind: 'detection', text: 'a' },
        { time: 'soon after', kind: 'action', text: 'b' },
      ]),
    );
    expect(frame.placed.map((p) => p.index)).toEqual([1]);
    expect(frame.unplaced).toBe(2);
  });

  it('sorts by time and keeps the written order for entries at the same moment', () => {
    const frame = placeTimeline(
      timeline([
        { time: '14:05', clock: '14:05', kind: 'action', text: 'late' },
        { time: '14:00', clock: '14:00', kind: 'detection', text: 'first' },
        { time: '14:00', clock: '14:00', kind: 'response', text: 'second' },
      ]),
    );
    expect(frame.placed.map((p) => p.entry.text)).toEqual(['first', 'second', 'late']);
  });
});
