import { expandYear, isRealDate } from './calendar.js';
import type { CalendarDate, TimeProblem } from './types.js';

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEEKDAY_SHORT = ['Mon', 'Tues', 'Tue', 'Wed', 'Thurs', 'Thur', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * Month names must be capitalised (or all capitals): lower-case "may" and "march" are verbs
 * far more often than months in running text.
 */
function monthAlternatives(): string {
  const names = new Set<string>();
  for (const full of MONTH_NAMES) {
    for (const n of [full, full.slice(0, 3), ...(full === 'september' ? ['sept'] : [])]) {
      names.add(n[0]?.toUpperCase() + n.slice(1));
      names.add(n.toUpperCase());
    }
  }
  return [...names].sort((a, b) => b.length - a.length).join('|');
}

const MONTH = `(${monthAlternatives()})(?![A-Za-z])\\.?`;
const WEEKDAY = `(?:(?:${[...WEEKDAYS, ...WEEKDAY_SHORT].join('|')})\\.?,?[ \\t]+)?`;
const ORDINAL = '(?:st|nd|rd|th)?';
/** A four-digit year, unless it is really a military time ("March 3 2100hrs"). */
const YEAR = String.raw`(\d{4})(?!\d|:\d|[ \t]?h)`;

const DATE_SOURCE = [
  String.raw`(?<![\w.])`,
  WEEKDAY,
  '(?:',
  // 1 year, 2 separator, 3 month, 4 day: 2024-06-20, 2019-1-17, 2019/01/17
  String.raw`(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d]|[./-]\d)`,
  // 5, 6 separator, 7, 8 year: 13/10/2023, 4/20/2019, 5-26-21, 29.11.2019
  String.raw`|(\d{1,2})([-/.])(\d{1,2})\6(\d{4}|\d{2})(?![\d]|[./-]\d)`,
  // 9 month, 10 day, 11 year: January 23, 2021 / January23, 2021 / Nov 1, 2022 / March 3
  `|${MONTH}[ \\t]*(\\d{1,2})${ORDINAL}(?!\\d)(?:,?[ \\t]*${YEAR})?`,
  // 12 day, 13 month, 14 year: 23 January 2021 / 3rd of March / 29-Nov-2019
  `|(?:the[ \\t]+)?(\\d{1,2})${ORDINAL}(?:[ \\t]+of[ \\t]+|[ \\t]+|-)${MONTH}(?:(?:,?[ \\t]+|-)${YEAR})?`,
  ')',
].join('');

export { DATE_SOURCE };
const DATE_AT = new RegExp(DATE_SOURCE, 'y');
export const DATE_SCAN = new RegExp(DATE_SOURCE, 'g');

export interface DateMatch {
  /** Absent when the date is impossible; an `invalid-date` problem says why. */
  date?: CalendarDate;
  end: number;
  problems: TimeProblem[];
}

/** Matches a date expression starting exactly at `start`. */
export function matchDateAt(text: string, start: number): DateMatch | undefined {
  DATE_AT.lastIndex = start;
  const m = DATE_AT.exec(text);
  return m === null ? undefined : buildDate(m, start + m[0].length);
}

/** Turns a match of {@link DATE_SOURCE} into a date, applying the day/month order rules. */
export function buildDate(m: RegExpExecArray, end: number): DateMatch | undefined {
  const written = m[0].trim();
  if (m[1] !== undefined) {
    return check(written, end, Number(m[1]), Number(m[3]), Number(m[4]), []);
  }
  if (m[5] !== undefined) {
    const [a, b, y] = [Number(m[5]), Number(m[7]), m[8] ?? ''];
    // Dotted dates are the European day-first style; with a short year they are versions.
    if (m[6] === '.') return y.length === 4 ? check(written, end, +y, b, a, []) : undefined;
    return numericDate(written, end, a, b, expandYear(y));
  }
  const monthName = m[9] ?? m[13];
  const day = Number(m[10] ?? m[12]);
  const yearText = m[11] ?? m[14];
  const month = monthNumber(monthName ?? '');
  return check(written, end, yearText === undefined ? undefined : +yearText, month, day, []);
}

/** Day/month order for `a/b/year`: the one that can be a month is the month. */
function numericDate(written: string, end: number, a: number, b: number, year: number): DateMatch {
  if (a > 12 && b <= 12) return check(written, end, year, b, a, []);
  if (a <= 12 && b > 12) return check(written, end, year, a, b, []);
  if (a > 12 && b > 12) return invalid(written, end);
  const problems: TimeProblem[] = [];
  if (a !== b) {
    problems.push({
      code: 'ambiguous-date',
      message: `${written} could be day ${a} or day ${b}; read month first (US order) as ${iso(year, a, b)}`,
    });
  }
  return check(written, end, year, a, b, problems);
}

function check(
  written: string,
  end: number,
  year: number | undefined,
  month: number,
  day: number,
  problems: TimeProblem[],
): DateMatch {
  if (!isRealDate(month, day, year)) return invalid(written, end);
  const date: CalendarDate = year === undefined ? { month, day } : { year, month, day };
  return { date, end, problems };
}

function invalid(written: string, end: number): DateMatch {
  return {
    end,
    problems: [{ code: 'invalid-date', message: `${written} is not a real calendar date` }],
  };
}

function monthNumber(name: string): number {
  const key = name.slice(0, 3).toLowerCase();
  return MONTH_NAMES.findIndex((n) => n.startsWith(key)) + 1;
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
