import type { Clock, FullDate } from './types.js';

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * Formats a clock as `HH:MM`, or `HH:MM:SS` when it has seconds.
 *
 * @example formatClock({ hour: 7, minute: 5 }) // '07:05'
 */
export function formatClock(clock: Clock): string {
  const hm = `${pad2(clock.hour)}:${pad2(clock.minute)}`;
  return clock.second === undefined ? hm : `${hm}:${pad2(clock.second)}`;
}

/**
 * Formats a date as `YYYY-MM-DD`.
 *
 * @example formatDate({ year: 2019, month: 1, day: 17 }) // '2019-01-17'
 */
export function formatDate(date: FullDate): string {
  const y = String(date.year).padStart(4, '0');
  return `${y}-${pad2(date.month)}-${pad2(date.day)}`;
}

/** Formats minutes east of UTC as `+HH:MM` / `-HH:MM`. */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}
