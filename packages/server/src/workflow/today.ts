/**
 * The calendar day (`YYYY-MM-DD`) it is at `now` in the IANA zone `zone`. "Overdue" and the
 * `published` date are days, and a team in Sydney and one in San Francisco disagree on which
 * day it is for most of the day, so the zone is the deployment's choice (UTC by default).
 *
 * @example
 * todayIn('Australia/Sydney', new Date('2024-03-20T20:00:00Z')); // '2024-03-21'
 */
export function todayIn(zone: string, now: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Whether `zone` is an IANA zone this runtime knows, for checking configuration at start. */
export function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
