import type { ParsedZone, Zone } from './types.js';
import { matchWholeZone } from './zone-match.js';

/**
 * Parses one zone expression and reports what is doubtful about it (an `ambiguous-zone`
 * problem for `CST`, `IST`, `BST`, `AST`, `GST`).
 *
 * @example parseZoneDetailed('IST') // { zone: { id: 'IST', kind: 'fixed', offsetMinutes: 330, ... }, problems: [ambiguous-zone] }
 */
export function parseZoneDetailed(text: string): ParsedZone | undefined {
  const m = matchWholeZone(text);
  return m === undefined ? undefined : { zone: m.zone, problems: m.problems };
}

/**
 * Parses one zone expression: an abbreviation (`PST`, `WAT`), a generic name (`PT`,
 * `Eastern time`), an offset (`GMT+1`, `UTC-04:00`, `+0100`, `(UTC-4)`) or an IANA name
 * (`Europe/Paris`). Returns undefined when the text is not a zone.
 *
 * @example parseZone('GMT+1') // { id: 'UTC+01:00', kind: 'fixed', offsetMinutes: 60, text: 'GMT+1' }
 */
export function parseZone(text: string): Zone | undefined {
  return matchWholeZone(text)?.zone;
}
