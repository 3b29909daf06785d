/** A day of the calendar as written. `year` is absent when the text gave none ("March 3"). */
export interface CalendarDate {
  year?: number;
  month: number;
  day: number;
}

/** A day with its year known, as the resolver and the formatters need it. */
export interface FullDate {
  year: number;
  month: number;
  day: number;
}

/** A wall-clock time, 24 h. */
export interface Clock {
  hour: number;
  minute: number;
  second?: number;
}

/**
 * A time zone as Hindsight understood it.
 * - `utc`: UTC itself (`UTC`, `GMT`, `Z`, `UTC+0`), id `UTC`.
 * - `fixed`: a literal offset: an abbreviation taken at its word (`PST` is always −08:00, id
 *   `PST`) or a written offset (`GMT+1`, id `UTC+01:00`).
 * - `iana`: a region whose offset depends on the date (`America/Los_Angeles`), from an IANA
 *   name or a generic name such as `PT` or `Eastern time`.
 */
export interface Zone {
  id: string;
  kind: 'utc' | 'fixed' | 'iana';
  /** Minutes east of UTC, for `utc` and `fixed` zones. */
  offsetMinutes?: number;
  /** The zone as written, without any brackets around it. */
  text: string;
}

export type TimeProblemCode =
  'invalid-meridiem' | 'invalid-time' | 'invalid-date' | 'ambiguous-date' | 'ambiguous-zone';

/** Something odd about a time that was still understood (or, for dates, could not be). */
export interface TimeProblem {
  code: TimeProblemCode;
  message: string;
}

/** A time expression found in text. */
export interface FoundTime {
  /** The matched text as written, e.g. `07:31 PM`, `2100hrs WAT`, `[13:26]`. */
  text: string;
  /** Position of `text` in the input. */
  index: number;
  length: number;
  /** Absent only for unknown-time placeholders such as `--:--` or `HH:MM`. */
  clock?: Clock;
  /** When the same expression carries a date. Absent when that date is impossible. */
  date?: CalendarDate;
  /** When a zone follows the time. */
  zone?: Zone;
  problems: TimeProblem[];
}

/** A date found in running text. */
export interface FoundDate {
  text: string;
  index: number;
  length: number;
  /** Absent when the written date is impossible (see the `invalid-date` problem). */
  date?: CalendarDate;
  problems: TimeProblem[];
}

/** The result of parsing one clock expression. */
export interface ParsedClock {
  clock: Clock;
  problems: TimeProblem[];
}

/** The result of parsing one date expression; `date` is absent when it is impossible. */
export interface ParsedDate {
  date?: CalendarDate;
  problems: TimeProblem[];
}

/** The result of parsing one zone expression. */
export interface ParsedZone {
  zone: Zone;
  problems: TimeProblem[];
}
