import { z } from 'zod';

/** A calendar date, `YYYY-MM-DD`, checked to exist (no 2023-02-30). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isRealDate, 'not a real calendar date');

/** A wall-clock time, 24 h `HH:MM` or `HH:MM:SS`. */
export const clockSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, 'expected a time as HH:MM or HH:MM:SS (24 h)');

/**
 * A local date-time, with an offset when the zone is known:
 * `2021-01-23T19:31:00-08:00`, `2021-01-23T19:31:00Z`, or `2021-01-23T19:31:00` (zone unknown).
 */
export const dateTimeSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(Z|[+-]\d{2}:\d{2})?$/,
    'expected an ISO 8601 date-time such as 2024-03-20T14:23:00Z',
  )
  .refine((s) => isRealDate(s.slice(0, 10)), 'not a real calendar date');

/**
 * A time zone as Hindsight names it: `UTC`, an IANA name (`America/New_York`), a known
 * abbreviation (`PST`, `WAT`), or a fixed offset (`UTC+01:00`).
 */
export const zoneIdSchema = z.string().min(1).max(64);

function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}
