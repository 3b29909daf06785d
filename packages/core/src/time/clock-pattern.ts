import type { Clock, TimeProblem } from './types.js';

/**
 * The clock grammar. Forms that could be mistaken for other numbers ("7 PM" vs "7 servers",
 * "7.31 pm" vs "1.21B", "2100hrs" vs "2100 requests") only count with their marker, which is
 * checked by look-ahead so that the scanner never stops on a bare number.
 */
const CLOCK_SOURCE = [
  '(?:',
  // 1 hour, 2 minute, 3 second: 14:23, 7:31, 14:23:05.123
  String.raw`(\d{1,2}):([0-5]\d)(?::([0-5]\d)(?:[.,]\d{1,9})?)?`,
  // 4 hour, 5 minute: 7.31 pm (a dot only with a meridiem)
  String.raw`|(\d{1,2})\.([0-5]\d)(?=[ \t]?[ap]\.?m)`,
  // 6 hour: 7 PM, 7pm
  String.raw`|(\d{1,2})(?=[ \t]?[ap]\.?m)`,
  // 7 hour, 8 minute: 2100hrs, 2100 hrs, 1430h, 0900Z
  String.raw`|(\d{2})([0-5]\d)(?=[ \t]?(?:hrs?|h)(?![a-z])|Z(?![a-z\d]))`,
  // 9 hour, 10 minute: 14h30
  String.raw`|(\d{1,2})h([0-5]\d)(?!\d)`,
  // 11 "12", 12 word: noon, 12 noon, midnight
  String.raw`|(?:(12)[ \t]?)?(noon|midnight)`,
  ')',
  // 13 meridiem: AM, pm, a.m., p.m
  String.raw`(?:[ \t]?([ap])(?:\.m\.?|m)(?![a-z]))?`,
  String.raw`(?:[ \t]?(?:hrs?|h)(?![a-z]))?`,
].join('');

/** Matches a clock exactly at `lastIndex`. */
const CLOCK_AT = new RegExp(CLOCK_SOURCE, 'iy');
/** Finds clock candidates anywhere; each is then checked like a sticky match. */
export const CLOCK_SCAN = new RegExp(CLOCK_SOURCE, 'gi');

export interface ClockMatch {
  clock: Clock;
  /** Index just after the clock (and its meridiem or `hrs`). */
  end: number;
  /** Whether seconds were written, which allows an attached offset like `12:00:00+01:00`. */
  hasSeconds: boolean;
  problems: TimeProblem[];
}

/**
 * Matches a clock expression starting exactly at `start`, or returns undefined when there is
 * none or it is impossible (`25:10`). Boundaries around it are the caller's business.
 */
export function matchClockAt(text: string, start: number): ClockMatch | undefined {
  CLOCK_AT.lastIndex = start;
  const m = CLOCK_AT.exec(text);
  if (m === null) return undefined;
  const end = start + m[0].length;
  const written = m[0];
  const meridiem = m[13]?.toLowerCase();

  if (m[12] !== undefined) {
    const noon = m[12].toLowerCase() === 'noon';
    return { clock: { hour: noon ? 12 : 0, minute: 0 }, end, hasSeconds: false, problems: [] };
  }

  let hour: number;
  let minute = 0;
  let second: number | undefined;
  if (m[1] !== undefined) {
    hour = Number(m[1]);
    minute = Number(m[2]);
    if (m[3] !== undefined) second = Number(m[3]);
  } else if (m[4] !== undefined || m[6] !== undefined) {
    // These forms only exist with a meridiem; without one they are ordinary numbers.
    if (meridiem === undefined) return undefined;
    hour = Number(m[4] ?? m[6]);
    if (m[5] !== undefined) minute = Number(m[5]);
  } else if (m[7] !== undefined) {
    hour = Number(m[7]);
    minute = Number(m[8]);
  } else {
    hour = Number(m[9]);
    minute = Number(m[10]);
  }

  return buildClock(written, end, hour, minute, second, meridiem);
}

function buildClock(
  written: string,
  end: number,
  hour: number,
  minute: number,
  second: number | undefined,
  meridiem: string | undefined,
): ClockMatch | undefined {
  const problems: TimeProblem[] = [];
  const hasSeconds = second !== undefined;
  const make = (h: number): ClockMatch => {
    const clock: Clock = hasSeconds ? { hour: h, minute, second } : { hour: h, minute };
    return { clock, end, hasSeconds, problems };
  };

  if (meridiem !== undefined) {
    if (hour > 23) return undefined;
    if (hour > 12) {
      const read = make(hour);
      const label = meridiem === 'a' ? 'AM' : 'PM';
      problems.push({
        code: 'invalid-meridiem',
        message: `${written.trim()} mixes 24-hour time with ${label}; read as ${hhmm(hour, minute)}`,
      });
      return read;
    }
    // 12 AM is midnight and 12 PM noon; 0 AM / 0 PM follow the same 12-hour reading.
    const base = hour % 12;
    return make(meridiem === 'p' ? base + 12 : base);
  }

  if (hour === 24 && minute === 0 && (second ?? 0) === 0) {
    problems.push({
      code: 'invalid-time',
      message: `${written.trim()} is the end of the day; read as 00:00`,
    });
    return make(0);
  }
  if (hour > 23) return undefined;
  return make(hour);
}

function hhmm(hour: number, minute: number): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
