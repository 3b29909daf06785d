/** A model date-time split into its wall-clock reading and its UTC offset. */
export interface DateTimeParts {
  /** The wall-clock reading as if it were UTC, in epoch milliseconds. */
  localMs: number;
  /** Minutes east of UTC, or `undefined` when the string carries no offset. */
  offsetMinutes: number | undefined;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(Z|([+-])(\d{2}):(\d{2}))?$/;

/**
 * Reads a model date-time (`2024-03-20T14:23:00+01:00`, `…Z`, or without offset). Returns
 * `undefined` for anything else; the schema has already refused malformed values, so this
 * only guards against objects built without it.
 *
 * @example
 * parseDateTime('2024-03-20T14:23:00+01:00')?.offsetMinutes; // 60
 */
export function parseDateTime(value: string): DateTimeParts | undefined {
  const m = DATE_TIME.exec(value);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const localMs = Date.UTC(y, mo - 1, d, h, mi, s);
  if (m[7] === undefined) return { localMs, offsetMinutes: undefined };
  if (m[7] === 'Z') return { localMs, offsetMinutes: 0 };
  const sign = m[8] === '-' ? -1 : 1;
  return { localMs, offsetMinutes: sign * (Number(m[9]) * 60 + Number(m[10])) };
}

/** Epoch milliseconds of a calendar date (`YYYY-MM-DD`) at midnight, read as UTC. */
export function parseDate(value: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : undefined;
}

/** Milliseconds since midnight of a clock reading `HH:MM` or `HH:MM:SS`. */
export function parseClock(value: string): number | undefined {
  const m = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) return undefined;
  return ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3] ?? 0)) * 1000;
}
