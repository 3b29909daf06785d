/**
 * Wall times in an IANA zone <-> UTC instants, with the browser's Intl (the zone database the
 * reader's browser has). The pickers show a wall time and a zone; the model stores the UTC
 * instant plus the zone, so a reader anywhere sees the same moment.
 */

/** Offset of `zone` from UTC at the instant `epochMs`, in minutes east. */
export function offsetMinutes(zone: string, epochMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(epochMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60000);
}

/** `YYYY-MM-DDTHH:MM` read in `zone` -> ISO instant in UTC (`…Z`), or null when invalid. */
export function wallToUtc(wall: string, zone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(wall);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const wallMs = Date.UTC(year, month - 1, day, hour, minute);
  try {
    // Two passes settle the offset near a daylight-saving change.
    let utc = wallMs - offsetMinutes(zone, wallMs) * 60000;
    utc = wallMs - offsetMinutes(zone, utc) * 60000;
    return new Date(utc).toISOString().replace(/\.\d{3}Z$/, 'Z');
  } catch {
    return null;
  }
}

/** An ISO instant -> `YYYY-MM-DDTHH:MM` as a wall clock in `zone` reads it. */
export function utcToWall(at: string, zone: string): string {
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) return '';
  try {
    const shifted = new Date(ms + offsetMinutes(zone, ms) * 60000);
    return shifted.toISOString().slice(0, 16);
  } catch {
    return '';
  }
}

/** The zones this browser knows, for the zone select. */
export function knownZones(): string[] {
  const intl = Intl as { supportedValuesOf?: (key: string) => string[] };
  const zones = intl.supportedValuesOf?.('timeZone') ?? [];
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}
