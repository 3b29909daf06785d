import { HindsightError } from '../errors.js';
import { ianaOffsetForWallTime } from './iana.js';
import type { Clock, FullDate, Zone } from './types.js';
import { zoneFromId } from './zone-from-id.js';

/**
 * Minutes east of UTC in force at a local wall time in a zone. Literal zones (`UTC`, `PST`,
 * `UTC+01:00`) always give their offset; IANA zones give the offset of that date, and for a
 * wall time that happens twice or never (DST overlap or gap) the offset in force before the
 * change. A zone id that this module does not know gives undefined.
 *
 * @example zoneOffsetAt('America/Los_Angeles', { year: 2024, month: 7, day: 1 }, { hour: 12, minute: 0 }) // -420
 */
export function zoneOffsetAt(zone: Zone, localDate: FullDate, clock: Clock): number;
export function zoneOffsetAt(
  zone: Zone | string,
  localDate: FullDate,
  clock: Clock,
): number | undefined;
export function zoneOffsetAt(
  zone: Zone | string,
  localDate: FullDate,
  clock: Clock,
): number | undefined {
  const z = typeof zone === 'string' ? zoneFromId(zone) : zone;
  if (z === undefined) return undefined;
  if (z.kind !== 'iana') {
    if (z.offsetMinutes === undefined) {
      throw new HindsightError('invalid_input', `zone ${z.id} has no offset`);
    }
    return z.offsetMinutes;
  }
  const wall = Date.UTC(
    localDate.year,
    localDate.month - 1,
    localDate.day,
    clock.hour,
    clock.minute,
    clock.second ?? 0,
  );
  try {
    return ianaOffsetForWallTime(z.id, wall);
  } catch (error) {
    throw new HindsightError('invalid_input', `unknown time zone ${z.id}`, error);
  }
}
