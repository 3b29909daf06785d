/**
 * IANA zones through the built-in `Intl` API. Creating a formatter costs far more than using
 * one, so there is one per zone; offsets are cached per zone and UTC day, because a timeline
 * asks about the same day over and over. A day on which the zone changes offset is searched
 * once for the minute of the change, so that it too is answered from the cache.
 */

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** Bounds on the caches so that a long-running process reading odd input cannot grow them forever. */
const MAX_CACHE = 20_000;

const validity = new Map<string, string | null>();
const formatters = new Map<string, Intl.DateTimeFormat>();
/**
 * Per zone, per UTC day number: the offset at the start of the day, the offset at its end,
 * and the instant the second one begins (only different when the day has a change).
 */
interface DayOffsets {
  readonly before: number;
  readonly after: number;
  readonly changeAt: number;
}
const dayOffsets = new Map<string, Map<number, DayOffsets>>();
let cachedDays = 0;

/**
 * The IANA name as Hindsight will keep it, or undefined when `Intl` does not know the zone.
 * The name is kept as written (Intl would turn `Asia/Kolkata` into `Asia/Calcutta`), with its
 * capitals restored when it was written in lower case.
 */
export function ianaZoneName(name: string): string | undefined {
  const cached = validity.get(name);
  if (cached !== undefined) return cached ?? undefined;
  let result: string | null = null;
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions()
      .timeZone;
    result = resolved.toLowerCase() === name.toLowerCase() ? resolved : restoreCapitals(name);
  } catch {
    result = null;
  }
  if (validity.size >= MAX_CACHE) validity.clear();
  validity.set(name, result);
  return result ?? undefined;
}

function restoreCapitals(name: string): string {
  if (name !== name.toLowerCase()) return name;
  return name.replace(/(^|[/_-])([a-z])/g, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Offset of the zone at an instant, computed by Intl (no cache). */
function computeOffset(zone: string, epochMs: number): number {
  const at = Math.floor(epochMs / 1000) * 1000;
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const part of formatterFor(zone).formatToParts(at)) {
    const n = Number(part.value);
    if (part.type === 'year') year = n;
    else if (part.type === 'month') month = n;
    else if (part.type === 'day') day = n;
    else if (part.type === 'hour') hour = n;
    else if (part.type === 'minute') minute = n;
    else if (part.type === 'second') second = n;
  }
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  return Math.round((wall - at) / MINUTE_MS);
}

/** Reads a day's offsets from Intl, finding the minute of a change by bisection. */
function computeDay(zone: string, day: number): DayOffsets {
  const start = day * DAY_MS;
  const end = start + DAY_MS - 1000;
  const before = computeOffset(zone, start);
  const after = computeOffset(zone, end);
  if (before === after) return { before, after, changeAt: start };
  // Zones change offset on whole minutes, and at most once a day.
  let lo = start;
  let hi = end;
  while (hi - lo > MINUTE_MS) {
    const mid = Math.floor((lo + hi) / 2 / MINUTE_MS) * MINUTE_MS;
    if (mid <= lo) break;
    if (computeOffset(zone, mid) === before) lo = mid;
    else hi = mid;
  }
  return { before, after, changeAt: hi };
}

/** Offset in minutes east of UTC of an IANA zone at an instant. */
export function ianaOffsetAt(zone: string, epochMs: number): number {
  const day = Math.floor(epochMs / DAY_MS);
  let days = dayOffsets.get(zone);
  if (days === undefined) {
    days = new Map();
    dayOffsets.set(zone, days);
  }
  let offsets = days.get(day);
  if (offsets === undefined) {
    offsets = computeDay(zone, day);
    if (cachedDays >= MAX_CACHE) {
      dayOffsets.clear();
      cachedDays = 0;
      dayOffsets.set(zone, days);
      days.clear();
    }
    days.set(day, offsets);
    cachedDays++;
  }
  return epochMs < offsets.changeAt ? offsets.before : offsets.after;
}

/**
 * Offset for a wall time in an IANA zone, `wallMs` being that wall time read as if it were
 * UTC. In a DST overlap (the hour that happens twice) and in a gap (the hour that never
 * happens), the offset in force before the transition is used: the earlier of the two
 * readings of a repeated hour, and a skipped time pushed forward by the size of the gap.
 */
export function ianaOffsetForWallTime(zone: string, wallMs: number): number {
  // No zone changes offset twice within two days, so a day on either side brackets any change.
  const before = ianaOffsetAt(zone, wallMs - DAY_MS);
  const after = ianaOffsetAt(zone, wallMs + DAY_MS);
  if (before === after) return before;
  if (ianaOffsetAt(zone, wallMs - before * MINUTE_MS) === before) return before;
  if (ianaOffsetAt(zone, wallMs - after * MINUTE_MS) === after) return after;
  return before;
}
