import { addDays, dayNumber, isRealDate } from './calendar.js';
import { formatClock, formatDate } from './format.js';
import { toInstant } from './instant.js';
import type { CalendarDate, Clock, FullDate, Zone } from './types.js';

/** One timeline entry's time as found in the text. */
export interface TimelineItem {
  clock?: Clock;
  date?: CalendarDate;
  zone?: Zone;
}

/** What is known for the whole timeline: the incident's date and the stated zone. */
export interface TimelineContext {
  date?: FullDate;
  zone?: Zone;
}

/** An entry's time resolved against the timeline around it. */
export interface ResolvedTime {
  /** `YYYY-MM-DD`, when a date is known. */
  date?: string;
  /** `HH:MM` or `HH:MM:SS`. */
  clock?: string;
  /** Days after the first entry's day, when no date is known; omitted when 0. */
  dayOffset?: number;
  /** The zone's id. */
  zone?: string;
  /** ISO date-time, with an offset when the zone is known; needs the date and the clock. */
  at?: string;
}

/**
 * A clock earlier than the previous one by more than this is taken as the next day
 * (23:50 → 00:10); by less, as an entry written out of order (14:00 → 13:55).
 */
const MIDNIGHT_GAP_MINUTES = 6 * 60;
/** A year-less date this far before the running date is in the following year (Dec 31 → Jan 2). */
const YEAR_WRAP_DAYS = 183;

/**
 * Resolves the times of a timeline in order:
 * - an entry's own date wins and becomes the running date; a date without a year takes the
 *   running (or context) year, moving to the next year when it would otherwise go back
 *   more than half a year;
 * - an entry's own zone wins for that entry, else the context zone;
 * - without a date of its own, an entry whose clock is more than 6 hours earlier than the
 *   previous entry's is on the next day (crossing midnight);
 * - with no date known at all, `dayOffset` counts the days after the first entry.
 *
 * @example
 * resolveTimeline([{ clock: { hour: 23, minute: 50 } }, { clock: { hour: 0, minute: 10 } }], { date: { year: 2024, month: 3, day: 1 } })
 * // [{ date: '2024-03-01', clock: '23:50', at: '2024-03-01T23:50:00' }, { date: '2024-03-02', clock: '00:10', at: '2024-03-02T00:10:00' }]
 */
export function resolveTimeline(
  items: readonly TimelineItem[],
  context: TimelineContext = {},
): ResolvedTime[] {
  let running: FullDate | undefined = context.date;
  let dayOffset = 0;
  let previousMinutes: number | undefined;

  return items.map((item) => {
    const own = item.date === undefined ? undefined : withYear(item.date, running, context.date);
    const minutes = item.clock === undefined ? undefined : item.clock.hour * 60 + item.clock.minute;
    if (own !== undefined) {
      running = own;
    } else if (
      minutes !== undefined &&
      previousMinutes !== undefined &&
      previousMinutes - minutes > MIDNIGHT_GAP_MINUTES
    ) {
      dayOffset += 1;
      if (running !== undefined) running = addDays(running, 1);
    }
    if (minutes !== undefined) previousMinutes = minutes;

    const out: ResolvedTime = {};
    const zone = item.zone ?? context.zone;
    if (running !== undefined) out.date = formatDate(running);
    if (item.clock !== undefined) out.clock = formatClock(item.clock);
    if (running === undefined && dayOffset > 0) out.dayOffset = dayOffset;
    if (zone !== undefined) out.zone = zone.id;
    if (out.date !== undefined && item.clock !== undefined) {
      out.at = toInstant(out.date, item.clock, zone);
    }
    return out;
  });
}

/** The entry's date with its year filled in, or undefined when no year is known or it is impossible. */
function withYear(
  date: CalendarDate,
  running: FullDate | undefined,
  contextDate: FullDate | undefined,
): FullDate | undefined {
  if (date.year !== undefined) {
    const { year, month, day } = date;
    return isRealDate(month, day, year) ? { year, month, day } : undefined;
  }
  const base = running ?? contextDate;
  if (base === undefined) return undefined;
  let full: FullDate = { year: base.year, month: date.month, day: date.day };
  if (running !== undefined && dayNumber(running) - dayNumber(full) > YEAR_WRAP_DAYS) {
    full = { year: full.year + 1, month: full.month, day: full.day };
  }
  return isRealDate(full.month, full.day, full.year) ? full : undefined;
}
