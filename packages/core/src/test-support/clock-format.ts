/** The ways synthetic documents write a time of day, all of them seen in real postmortems. */
export const TIME_STYLES = [
  '24h',
  '24h-seconds',
  '12h',
  '12h-compact',
  'hrs',
  'iso',
  'iso-t',
] as const;
export type TimeStyle = (typeof TIME_STYLES)[number];

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
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
] as const;

/**
 * Writes `minuteOfIncident` (minutes after midnight of `date`, possibly past 24 h when the
 * incident crosses midnight) in `style`. Only the ISO styles carry the date; the others rely
 * on the document to say which day it is, as people do.
 */
export function formatClock(
  date: CalendarDate,
  minuteOfIncident: number,
  second: number,
  style: TimeStyle,
): string {
  const day = addDays(date, Math.floor(minuteOfIncident / 1440));
  const minuteOfDay = ((minuteOfIncident % 1440) + 1440) % 1440;
  const h = Math.floor(minuteOfDay / 60);
  const m = minuteOfDay % 60;
  const h12 = h % 12 === 0 ? 12 : h % 12;
  const suffix = h < 12 ? 'AM' : 'PM';
  switch (style) {
    case '24h':
      return `${pad(h)}:${pad(m)}`;
    case '24h-seconds':
      return `${pad(h)}:${pad(m)}:${pad(second)}`;
    case '12h':
      return `${pad(h12)}:${pad(m)} ${suffix}`;
    case '12h-compact':
      return `${h12}:${pad(m)}${suffix.toLowerCase()}`;
    case 'hrs':
      return `${pad(h)}${pad(m)}hrs`;
    case 'iso':
      return `${isoDate(day)} ${pad(h)}:${pad(m)}`;
    case 'iso-t':
      return `${isoDate(day)}T${pad(h)}:${pad(m)}:${pad(second)}Z`;
  }
}

/** `2024-03-05`. */
export function isoDate(d: CalendarDate): string {
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** `March 5, 2024`. */
export function longDate(d: CalendarDate): string {
  return `${MONTHS[d.month - 1] ?? 'January'} ${d.day}, ${d.year}`;
}

/** The calendar date `days` after `d` (UTC arithmetic, so no daylight-saving surprises). */
export function addDays(d: CalendarDate, days: number): CalendarDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
