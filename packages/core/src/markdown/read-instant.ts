import { dateTimeSchema } from '../model/index.js';
import type { Instant } from '../model/index.js';
import { parseClock, parseZone, toInstant, zoneFromId } from '../time/index.js';

const ISO =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{1,2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?(?:\s+(.+))?$/;

/**
 * Reads an incident time from front matter: the canonical `2024-03-20T14:23:00-07:00
 * America/Los_Angeles`, an object `{ at, zone }`, or what people type: `2024-03-20 14:23 PST`.
 */
export function readInstant(value: unknown): Instant | undefined {
  if (typeof value === 'object' && value !== null && 'at' in value) {
    const v = value as { at: unknown; zone?: unknown };
    const at = dateTimeSchema.safeParse(v.at);
    if (!at.success) return undefined;
    return typeof v.zone === 'string' && v.zone ? { at: at.data, zone: v.zone } : { at: at.data };
  }
  if (typeof value !== 'string') return undefined;
  const m = ISO.exec(value.trim());
  if (!m) return undefined;
  const [, date = '', time = '', offset, zoneText] = m;
  const clock = parseClock(time)?.clock;
  if (!clock) return undefined;
  const zone = zoneText ? (zoneFromId(zoneText) ?? parseZone(zoneText)) : undefined;
  if (zoneText && !zone) return undefined;
  if (offset) {
    const normalised = offset === 'Z' ? 'Z' : `${offset.slice(0, 3)}:${offset.slice(-2)}`;
    const at = `${date}T${pad(clock.hour)}:${pad(clock.minute)}:${pad(clock.second ?? 0)}${normalised}`;
    if (!dateTimeSchema.safeParse(at).success) return undefined;
    return zone ? { at, zone: zone.id } : { at };
  }
  const at = toInstant(date, clock, zone);
  if (!dateTimeSchema.safeParse(at).success) return undefined;
  return zone ? { at, zone: zone.id } : { at };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
