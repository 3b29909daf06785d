import type { FullDate } from './types.js';

const DAY_MS = 86_400_000;

/** Days in a month; with no year, February is given 29 days so that "Feb 29" is not rejected. */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Whether the day exists (no 2023-02-30, no month 13). */
export function isRealDate(month: number, day: number, year?: number): boolean {
  if (!Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(month, year);
}

/**
 * Two-digit years are read as 2000–2069 and 1970–1999: postmortems are about recent
 * incidents, and 1970 is where computer clocks begin anyway.
 */
export function expandYear(written: string): number {
  const n = Number(written);
  if (written.length !== 2) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

/**
 * Days from 1970-01-01 to a day of the proleptic Gregorian calendar (Howard Hinnant's
 * days_from_civil): what `dayNumber` gives for a year of 100 or later, without the cost of
 * `Date.UTC`, for code that counts days for every line it reads.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Days since 1970-01-01, for day arithmetic without time-zone surprises. */
export function dayNumber(date: FullDate): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / DAY_MS);
}

export function fromDayNumber(n: number): FullDate {
  const d = new Date(n * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(date: FullDate, days: number): FullDate {
  return fromDayNumber(dayNumber(date) + days);
}
