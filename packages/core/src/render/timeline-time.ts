import type { TimelineEntry } from '../model/index.js';
import { parseClock, parseDate, parseDateTime } from './parse-date-time.js';

const DAY_MS = 86_400_000;

/** A timeline entry placed on one time axis. */
export interface PlacedEntry {
  /** Position of the entry in the timeline as given (0-based). */
  index: number;
  entry: TimelineEntry;
  /** Epoch milliseconds (UTC) in the chosen frame. */
  ms: number;
}

/** All entries that could be placed, in time order, and how to show times on the axis. */
export interface TimelineFrame {
  placed: PlacedEntry[];
  /** Offset (minutes east of UTC) to show wall-clock times in: the timeline's own zone. */
  offsetMinutes: number;
  /** False when only clock times and day offsets are known, so there is no calendar date. */
  hasDates: boolean;
  /** Entries left off the axis because no time could be resolved. */
  unplaced: number;
}

/**
 * Puts timeline entries on one axis. An entry with `at` is placed exactly (its offset makes
 * it comparable across zones). An entry with only `clock` is placed on its `date`, or on the
 * day of the timeline's first dated entry plus its `dayOffset`, read in that entry's zone;
 * so `23:50` then `00:10` with `dayOffset: 1` lands twenty minutes later, not a day earlier.
 * Entries with neither are counted in `unplaced`.
 */
export function placeTimeline(entries: readonly TimelineEntry[]): TimelineFrame {
  const reference = findReference(entries);
  const placed: PlacedEntry[] = [];
  entries.forEach((entry, index) => {
    const ms = resolve(entry, reference);
    if (ms !== undefined) placed.push({ index, entry, ms });
  });
  // Stable: entries at the same moment keep the order the author gave them.
  placed.sort((a, b) => a.ms - b.ms || a.index - b.index);
  return {
    placed,
    offsetMinutes: reference.offsetMinutes,
    hasDates: reference.hasDates,
    unplaced: entries.length - placed.length,
  };
}

interface Reference {
  /** Midnight (as UTC) of the day that `dayOffset` counts from. */
  dayMs: number;
  offsetMinutes: number;
  hasDates: boolean;
}

function findReference(entries: readonly TimelineEntry[]): Reference {
  let dayMs: number | undefined;
  let offsetMinutes: number | undefined;
  for (const entry of entries) {
    const at = entry.at === undefined ? undefined : parseDateTime(entry.at);
    const day = at ? Math.floor(at.localMs / DAY_MS) * DAY_MS : optionalDate(entry.date);
    dayMs ??= day;
    offsetMinutes ??= at?.offsetMinutes;
  }
  return { dayMs: dayMs ?? 0, offsetMinutes: offsetMinutes ?? 0, hasDates: dayMs !== undefined };
}

function resolve(entry: TimelineEntry, reference: Reference): number | undefined {
  const at = entry.at === undefined ? undefined : parseDateTime(entry.at);
  if (at) return at.localMs - (at.offsetMinutes ?? reference.offsetMinutes) * 60_000;
  const clock = entry.clock === undefined ? undefined : parseClock(entry.clock);
  if (clock === undefined) return undefined;
  const day = optionalDate(entry.date) ?? reference.dayMs + (entry.dayOffset ?? 0) * DAY_MS;
  return day + clock - reference.offsetMinutes * 60_000;
}

function optionalDate(date: string | undefined): number | undefined {
  return date === undefined ? undefined : parseDate(date);
}
