import { formatOffset } from './format.js';
import { ianaZoneName } from './iana.js';
import type { Zone } from './types.js';
import { FIXED_ABBREVIATIONS, GENERIC_ABBREVIATIONS, UTC_NAMES } from './zone-table.js';

/** Real offsets run from −12:00 (Baker Island) to +14:00 (Line Islands); beyond is not a zone. */
const MIN_OFFSET_MINUTES = -12 * 60;
const MAX_OFFSET_MINUTES = 14 * 60;
const FIXED_ID = /^UTC([+-])(\d{2}):(\d{2})$/;

export function utcZone(text: string): Zone {
  return { id: 'UTC', kind: 'utc', offsetMinutes: 0, text };
}

/** A written offset: `UTC+01:00` as id, or plain UTC when the offset is zero. */
export function offsetZone(offsetMinutes: number, text: string): Zone | undefined {
  if (offsetMinutes < MIN_OFFSET_MINUTES || offsetMinutes > MAX_OFFSET_MINUTES) return undefined;
  if (offsetMinutes === 0) return utcZone(text);
  return { id: `UTC${formatOffset(offsetMinutes)}`, kind: 'fixed', offsetMinutes, text };
}

/** A known abbreviation, literal (`PST`) or generic (`PT`), or undefined. */
export function abbreviationZone(abbreviation: string, text: string): Zone | undefined {
  if (UTC_NAMES.has(abbreviation)) return utcZone(text);
  const offset = FIXED_ABBREVIATIONS.get(abbreviation);
  if (offset !== undefined) return { id: abbreviation, kind: 'fixed', offsetMinutes: offset, text };
  const region = GENERIC_ABBREVIATIONS.get(abbreviation);
  if (region !== undefined) return { id: region, kind: 'iana', text };
  return undefined;
}

/** An IANA zone, when `Intl` knows the name (`UTC` and `Etc/UTC` become plain UTC). */
export function ianaZone(name: string, text: string): Zone | undefined {
  const id = ianaZoneName(name);
  if (id === undefined) return undefined;
  if (id === 'UTC' || id === 'Etc/UTC' || id === 'Etc/GMT' || id === 'Etc/UCT') {
    return utcZone(text);
  }
  return { id, kind: 'iana', text };
}

/**
 * Rebuilds a zone from an id produced by this module: `UTC`, an abbreviation (`PST`,
 * `WAT`), a fixed offset (`UTC+01:00`) or an IANA name (`America/New_York`). Returns
 * undefined for an id it does not know. The zone's `text` is the id.
 *
 * @example zoneFromId('UTC-04:00') // { id: 'UTC-04:00', kind: 'fixed', offsetMinutes: -240, text: 'UTC-04:00' }
 */
export function zoneFromId(id: string): Zone | undefined {
  const fixed = FIXED_ID.exec(id);
  if (fixed !== null) {
    const minutes = Number(fixed[2]) * 60 + Number(fixed[3]);
    return offsetZone(fixed[1] === '-' ? -minutes : minutes, id);
  }
  return abbreviationZone(id, id) ?? (id.includes('/') ? ianaZone(id, id) : undefined);
}
