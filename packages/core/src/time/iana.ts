/**
 * IANA zones through the built-in `Intl` API. Creating a formatter costs far more than using
 * one, so there is one per zone; offsets are cached per zone and UTC day, because a timeline
 * asks about the same day over and over.
 */

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** Bounds on the caches so that a long-running process reading odd input cannot grow them forever. */
const MAX_CACHE = 20_000;

const validity = new Map<string, string | null>();
const formatters = new Map<string, Intl.DateTimeFormat>();
/** `zone|day` → offsets at the first and last millisecond of that UTC day. */
const dayOffsets = new Map<string, readonly [number, number]>();

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

/**
 * Offset in minutes east of UTC of an IANA zone at an instant. When the offsets at both ends
 * of the UTC day agree, the whole day has that offset (zones change at most once a day), so
 * only days with a transition are computed instant by instant.
 */
export function ianaOffsetAt(zone: string, epochMs: number): number {
  const day = Math.floor(epochMs / DAY_MS);
  const key = `${zone}|${day}`;
  let ends = dayOffsets.get(key);
  if (ends === undefined) {
    const start = day * DAY_MS;
    ends = [computeOffset(zone, start), computeOffset(zone, start + DAY_MS - 1000)];
    if (dayOffsets.size >= MAX_CACHE) dayOffsets.clear();
    dayOffsets.set(key, ends);
  }
  return ends[0] === ends[1] ? ends[0] : computeOffset(zone, epochMs);
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
