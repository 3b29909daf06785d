import type { Instant } from '../model/index.js';
import { formatOffset, pad2 } from '../time/format.js';
import { parseDateTime } from './parse-date-time.js';

/**
 * A count with thousands separators. Written by hand rather than with `toLocaleString`, whose
 * output depends on the machine's locale and would make the same document render differently.
 *
 * @example
 * formatCount(1234567); // '1,234,567'
 */
export function formatCount(n: number): string {
  const [whole = '0', fraction] = String(n).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** A percentage, keeping at most two decimals: `12.5%`. */
export function formatPercent(n: number): string {
  return `${Number(n.toFixed(2))}%`;
}

/**
 * An instant as it was written, in its own zone: `2024-03-20 14:23 Europe/Berlin`, or with
 * the offset (`UTC+01:00`) when no zone name was kept. `datetime` is the machine-readable
 * value for a `<time>` element.
 */
export function formatInstant(instant: Instant): { text: string; datetime: string } {
  const parts = parseDateTime(instant.at);
  if (!parts) return { text: instant.at, datetime: instant.at };
  const d = new Date(parts.localMs);
  const wall = `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())} ${pad2(
    d.getUTCHours(),
  )}:${pad2(d.getUTCMinutes())}`;
  const zone =
    instant.zone ??
    (parts.offsetMinutes === undefined ? undefined : `UTC${formatOffset(parts.offsetMinutes)}`);
  return { text: zone ? `${wall} ${zone}` : wall, datetime: instant.at };
}
