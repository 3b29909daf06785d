import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  findDates,
  findLeadingTime,
  findTimes,
  findTimezoneStatement,
  minutesBetween,
  parseDuration,
  resolveTimeline,
  zoneFromId,
} from './index.js';
import type { FoundTime } from './index.js';
import { corpusDir, hasCorpus } from '../test-support/corpus.js';

/** The shared, read-only corpus of real postmortems (never copied into the project). */
const CORPUS = new URL(`file://${corpusDir().replace(/\/?$/, '/')}`);
const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.md')) : [];

function lines(file: string): string[] {
  return readFileSync(new URL(file, CORPUS), 'utf8').split('\n');
}

/**
 * The heading line starting with `from` and the lines after it, up to the next one starting
 * with `to`. The heading is kept: some authors state the zone there.
 */
function section(file: string, from: string, to: string): string[] {
  const all = lines(file);
  const start = all.findIndex((l) => l.startsWith(from));
  const end = all.findIndex((l, i) => i > start && l.startsWith(to));
  if (start < 0 || end < 0) throw new Error(`${file}: no section from ${from} to ${to}`);
  return all.slice(start, end);
}

function leads(body: string[]): FoundTime[] {
  return body.map((l) => findLeadingTime(l)).filter((t): t is FoundTime => t !== undefined);
}

function statement(body: string[]): string | undefined {
  for (const l of body) {
    const zone = findTimezoneStatement(l);
    if (zone !== undefined) return zone.id;
  }
  return undefined;
}

interface Expectation {
  file: string;
  from: string;
  to: string;
  /** Timeline entries led by a time, counted independently with grep. */
  count: number;
  first: { text: string; hour?: number; minute?: number; zone?: string; date?: string };
  /** Zone stated for the whole timeline, when there is one. */
  stated?: string;
}

/** Checked by reading each file: where its timeline is and how its first entry is written. */
const TIMELINES: Expectation[] = [
  {
    file: 'co_01.md',
    from: '## Timeline',
    to: '## Contributing',
    count: 14,
    first: { text: '2019-11-29 12:00', hour: 12, minute: 0, date: '2019-11-29' },
    stated: 'CET',
  },
  {
    file: 'co_03.md',
    from: '## Timeline',
    to: '## Root Cause',
    count: 11,
    first: { text: '04:49 PM UTC', hour: 16, minute: 49, zone: 'UTC' },
  },
  {
    file: 'co_07.md',
    from: '## Timeline',
    to: '## Root cause identification',
    count: 16,
    first: { text: '12:32 UTC', hour: 12, minute: 32, zone: 'UTC' },
  },
  {
    file: 'google_sre_example_postmortem.md',
    from: 'Timeline [',
    to: 'Supporting information',
    count: 34,
    first: { text: '14:51', hour: 14, minute: 51 },
    stated: 'UTC',
  },
  {
    file: 'hb_01.md',
    from: '## Timeline',
    to: '## Corrective',
    count: 7,
    first: { text: '07:31 PM', hour: 19, minute: 31 },
  },
  {
    file: 'hb_02.md',
    from: '### Timeline',
    to: '### Root cause',
    count: 6,
    first: { text: '17:00', hour: 17, minute: 0 },
    stated: 'WAT',
  },
  {
    file: 'hb_03.md',
    from: '#### Timeline',
    to: '#### Root Cause',
    count: 10,
    first: { text: '10:05 AM', hour: 10, minute: 5 },
  },
  {
    file: 'hb_05.md',
    from: '## Timeline',
    to: '## Root Cause',
    count: 6,
    first: { text: '14:51 PST', hour: 14, minute: 51, zone: 'PST' },
  },
  {
    file: 'hb_06.md',
    from: '## Timeline',
    to: '## Root Cause',
    count: 8,
    first: { text: '06:00 AM', hour: 6, minute: 0 },
  },
  {
    file: 'hb_07.md',
    from: '### Timeline',
    to: '### Root Cause',
    count: 11,
    first: { text: '14:00 UTC', hour: 14, minute: 0, zone: 'UTC' },
  },
  {
    file: 'hb_08.md',
    from: '## Timeline',
    to: '## Root Cause',
    count: 14,
    first: { text: '12:59:00', hour: 12, minute: 59 },
  },
  {
    file: 'hb_15.md',
    from: '<h3>Timeline',
    to: '<h3>Root Cause',
    count: 1,
    first: { text: '2100hrs WAT', hour: 21, minute: 0, zone: 'WAT' },
  },
  {
    file: 'hb_18.md',
    from: '<h2>Timeline',
    to: '<h2>Root Cause',
    count: 8,
    first: { text: '16:15 GMT+1', hour: 16, minute: 15, zone: 'UTC+01:00' },
  },
  {
    file: 'tpl_04.md',
    from: '## Timeline',
    to: '## Contributing',
    count: 1,
    first: { text: '20xx-MM-DD HH:mm' },
    stated: 'UTC',
  },
];

describe.skipIf(!hasCorpus())('the corpus of real postmortems', () => {
  it('is where the tests expect it', () => {
    expect(files.length).toBeGreaterThanOrEqual(17);
  });

  it.each(files)('%s: every time found is cut exactly and is a real time', (file) => {
    for (const line of lines(file)) {
      const found = [findLeadingTime(line), ...findTimes(line)].filter((t) => t !== undefined);
      let previousEnd = 0;
      for (const t of findTimes(line)) {
        expect(t.index).toBeGreaterThanOrEqual(previousEnd);
        previousEnd = t.index + t.length;
      }
      for (const t of found) {
        expect(line.slice(t.index, t.index + t.length)).toBe(t.text);
        if (t.clock !== undefined) {
          expect(t.clock.hour).toBeGreaterThanOrEqual(0);
          expect(t.clock.hour).toBeLessThan(24);
          expect(t.clock.minute).toBeLessThan(60);
        }
        if (t.zone !== undefined) expect(zoneFromId(t.zone.id)?.id).toBe(t.zone.id);
      }
    }
  });

  it.each(TIMELINES)(
    '$file: the timeline is read entry by entry',
    ({ file, from, to, count, first, stated }) => {
      const body = section(file, from, to);
      const found = leads(body);
      expect(found).toHaveLength(count);
      const head = found[0]!;
      expect(head.text).toBe(first.text);
      expect(head.clock).toEqual(
        first.hour === undefined
          ? undefined
          : expect.objectContaining({ hour: first.hour, minute: first.minute }),
      );
      expect(head.zone?.id).toBe(first.zone);
      const date =
        head.date &&
        `${head.date.year}-${String(head.date.month).padStart(2, '0')}-${String(head.date.day).padStart(2, '0')}`;
      expect(date).toBe(first.date);
      expect(statement(body)).toBe(stated);
    },
  );

  it('tpl_02.md: states Pacific Time for a timeline it leaves empty', () => {
    const body = section('tpl_02.md', '## Timeline', '## Root Cause');
    expect(leads(body)).toEqual([]);
    expect(statement(body)).toBe('America/Los_Angeles');
  });

  it('hb_15.md: splits the run-on timeline paragraph into its eight times', () => {
    const body = section('hb_15.md', '<h3>Timeline', '<h3>Root Cause');
    const times = body.flatMap((l) => findTimes(l));
    expect(times.map((t) => t.text)).toEqual(
      ['2100', '2105', '2108', '2109', '2111', '2113', '2114', '2115'].map((t) => `${t}hrs WAT`),
    );
  });

  it('hb_15.md: the resolved timeline agrees with the 15 minutes its summary states', () => {
    const summary = lines('hb_15.md').find((l) => l.startsWith('On 13/10/2023'))!;
    const context = findTimes(summary)[0]!;
    const times = section('hb_15.md', '<h3>Timeline', '<h3>Root Cause').flatMap((l) =>
      findTimes(l),
    );
    const resolved = resolveTimeline(times, {
      date: { year: context.date!.year!, month: context.date!.month, day: context.date!.day },
      zone: context.zone,
    });
    expect(resolved[0]?.at).toBe('2023-10-13T21:00:00+01:00');
    expect(resolved.at(-1)?.at).toBe('2023-10-13T21:15:00+01:00');
    expect(minutesBetween(resolved[0]!.at!, resolved.at(-1)!.at!)).toBe(parseDuration(summary));
  });

  it('google_sre_example_postmortem.md: outage begin to end matches the 66 minutes of its summary', () => {
    const body = section(
      'google_sre_example_postmortem.md',
      'Timeline [',
      'Supporting information',
    );
    const date = findDates(body.find((l) => l.includes('all times UTC'))!)[0]!.date!;
    const zone = zoneFromId(statement(body)!);
    const entries = body.filter((l) => findLeadingTime(l) !== undefined);
    const resolved = resolveTimeline(
      entries.map((l) => findLeadingTime(l)!),
      {
        date: { year: date.year!, month: date.month, day: date.day },
        zone,
      },
    );
    const at = (marker: string) => resolved[entries.findIndex((l) => l.includes(marker))]!.at!;
    expect(at('OUTAGE BEGINS')).toBe('2015-10-21T14:54:00Z');
    const summary = lines('google_sre_example_postmortem.md').find((l) =>
      l.startsWith('**Summary**'),
    )!;
    expect(minutesBetween(at('OUTAGE BEGINS'), at('OUTAGE ENDS'))).toBe(parseDuration(summary));
  });

  it('co_01.md: rows carry their own dates in CET, the unknown time keeps its day', () => {
    const body = section('co_01.md', '## Timeline', '## Contributing');
    const resolved = resolveTimeline(leads(body), { zone: zoneFromId(statement(body)!) });
    expect(resolved[0]).toEqual({
      date: '2019-11-29',
      clock: '12:00',
      zone: 'CET',
      at: '2019-11-29T12:00:00+01:00',
    });
    expect(resolved[5]).toEqual({ date: '2019-12-03', zone: 'CET' });
    expect(resolved.at(-1)?.at).toBe('2019-12-05T12:00:00+01:00');
  });

  it('hb_01.md: with no date anywhere in the timeline, entries keep their clocks only', () => {
    const body = section('hb_01.md', '## Timeline', '## Corrective');
    const resolved = resolveTimeline(leads(body), { zone: zoneFromId('America/Los_Angeles') });
    expect(resolved.map((r) => r.clock)).toEqual([
      '19:31',
      '19:33',
      '19:35',
      '20:14',
      '20:45',
      '21:01',
      '21:21',
    ]);
    expect(resolved.every((r) => r.at === undefined && r.dayOffset === undefined)).toBe(true);
  });
});
