import { formatClock, formatOffset } from './format.js';
import type { Clock, Zone } from './types.js';
import { zoneOffsetAt } from './zone-offset.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))?$/;

/**
 * Joins a `YYYY-MM-DD` date, a clock and an optional zone into an ISO 8601 date-time:
 * `2021-01-23T19:31:00-08:00`, `...Z` for UTC, and no offset at all without a zone. Other
 * zones at offset zero (`WET`, London in winter) are written `+00:00`, keeping UTC apart.
 * Throws for a malformed date.
 *
 * @example toInstant('2024-07-01', { hour: 9, minute: 5 }, zoneFromId('America/New_York')) // '2024-07-01T09:05:00-04:00'
 */
export function toInstant(date: string, clock: Clock, zone?: Zone): string {
  const m = ISO_DATE.exec(date);
  if (m === null) throw new RangeError(`expected a date as YYYY-MM-DD, got ${date}`);
  const withSeconds =
    clock.second === undefined ? { hour: clock.hour, minute: clock.minute, second: 0 } : clock;
  const local = `${date}T${formatClock(withSeconds)}`;
  if (zone === undefined) return local;
  if (zone.kind === 'utc') return `${local}Z`;
  const offset = zoneOffsetAt(
    zone,
    { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) },
    clock,
  );
  return local + formatOffset(offset);
}

/**
 * Minutes from `isoA` to `isoB` (negative when B is earlier), for ISO 8601 date-times such
 * as those from {@link toInstant}. Two times without offsets are compared as wall times;
 * undefined when only one has an offset (they cannot be compared honestly) or either is
 * malformed.
 */
export function minutesBetween(isoA: string, isoB: string): number | undefined {
  const a = parseIso(isoA);
  const b = parseIso(isoB);
  if (a === undefined || b === undefined || a.hasOffset !== b.hasOffset) return undefined;
  return (b.ms - a.ms) / 60_000;
}

function parseIso(iso: string): { ms: number; hasOffset: boolean } | undefined {
  const m = ISO_DATE_TIME.exec(iso.trim());
  if (m === null) return undefined;
  const n = (i: number): number => Number(m[i] ?? 0);
  const wall = Date.UTC(n(1), n(2) - 1, n(3), n(4), n(5), n(6));
  if (m[8] === undefined) return { ms: wall, hasOffset: m[7] !== undefined };
  const offset = (n(9) * 60 + n(10)) * (m[8] === '-' ? -1 : 1);
  return { ms: wall - offset * 60_000, hasOffset: true };
}
