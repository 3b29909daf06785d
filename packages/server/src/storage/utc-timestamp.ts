const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))?$/;

/**
 * An ISO 8601 date-time as the fixed-width UTC text stored in timestamp columns
 * (`2021-01-24T03:31:00.000Z`). A time written without a zone (the model keeps such times
 * "floating") is read as UTC: its place in a sort is then off by the unknown offset, but two
 * floating times of one document still compare correctly. Undefined when malformed.
 *
 * @example toUtcTimestamp('2021-01-23T19:31:00-08:00') // '2021-01-24T03:31:00.000Z'
 */
export function toUtcTimestamp(iso: string): string | undefined {
  const m = ISO_DATE_TIME.exec(iso);
  if (m === null) return undefined;
  const n = (i: number): number => Number(m[i] ?? 0);
  const ms = m[7] === undefined ? 0 : Math.round(Number(m[7]) * 1000);
  // setUTCFullYear, unlike Date.UTC, keeps years 0-99 as written.
  const date = new Date(0);
  date.setUTCFullYear(n(1), n(2) - 1, n(3));
  date.setUTCHours(n(4), n(5), n(6), ms);
  if (m[9] !== undefined) {
    const offset = (n(10) * 60 + n(11)) * (m[9] === '-' ? -1 : 1);
    date.setTime(date.getTime() - offset * 60_000);
  }
  const text = date.toISOString();
  return text.length === 24 ? text : undefined;
}
