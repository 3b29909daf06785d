import { SEVERITIES, isoDateSchema } from '@hindsight/core';
import type { Severity } from '@hindsight/core';
import { parseZoneDetailed, zoneFromId } from '@hindsight/core/time';
import { usageError } from './cli-error.js';

/**
 * Checks a calendar date given as YYYY-MM-DD and that it exists (no 2023-02-30).
 *
 * @example parseDateFlag('2024-02-29', '--date') // '2024-02-29'
 */
export function parseDateFlag(value: string, flag: string): string {
  const text = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    throw usageError(`${flag} "${value}" is not a date; write it as YYYY-MM-DD, e.g. 2024-03-20.`);
  }
  if (!isoDateSchema.safeParse(text).success) {
    const [year, month] = text.split('-').map(Number) as [number, number];
    const detail =
      month >= 1 && month <= 12
        ? `${MONTHS[month - 1]} ${year} has ${new Date(Date.UTC(year, month, 0)).getUTCDate()} days`
        : 'months run from 01 to 12';
    throw usageError(`${flag} ${text} is not a real calendar date (${detail}).`);
  }
  return text;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Checks a severity name, in any letter case. */
export function parseSeverityFlag(value: string, flag: string): Severity {
  const text = value.trim().toLowerCase();
  const found = SEVERITIES.find((s) => s === text);
  if (!found) {
    throw usageError(
      `${flag} "${value}" is not a severity; choose one of ${SEVERITIES.join(', ')}.`,
    );
  }
  return found;
}

/** A time zone as the model stores it, and a caution when the written name is ambiguous. */
export interface ZoneFlag {
  id: string;
  warning?: string;
}

/**
 * Reads a time zone the way documents write them (`UTC`, `Europe/Paris`, `PST`, `GMT+1`,
 * `Eastern time`) and returns the id Hindsight stores (`UTC+01:00` for `GMT+1`).
 */
export function parseZoneFlag(value: string, flag: string): ZoneFlag {
  const text = value.trim();
  const exact = zoneFromId(text);
  const detailed = parseZoneDetailed(text);
  const zone = detailed?.zone ?? exact;
  if (!zone) {
    throw usageError(
      `${flag} "${value}" is not a time zone Hindsight knows; use UTC, an offset such as UTC+02:00, an abbreviation such as PST, or an IANA name such as Europe/Paris.`,
    );
  }
  const ambiguous = detailed?.problems.find((p) => p.code === 'ambiguous-zone');
  return ambiguous
    ? { id: zone.id, warning: `${flag} ${text}: ${ambiguous.message}` }
    : { id: zone.id };
}

/** Checks a TCP port number; 0 asks the system for any free port. */
export function parsePortFlag(value: string, flag: string): number {
  const text = value.trim();
  const port = Number(text);
  if (!/^\d+$/.test(text) || !Number.isInteger(port) || port > 65535) {
    throw usageError(`${flag} "${value}" is not a port number (0 to 65535).`);
  }
  return port;
}

/** Today's date where the user is, as YYYY-MM-DD. */
export function localDate(now: Date): string {
  const y = String(now.getFullYear()).padStart(4, '0');
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
