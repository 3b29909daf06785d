import { matchClockAt } from './clock-pattern.js';
import type { ClockMatch } from './clock-pattern.js';
import { DATE_SOURCE, matchDateAt } from './date-pattern.js';
import type { DateMatch } from './date-pattern.js';
import type { FoundTime, TimeProblem } from './types.js';
import { matchZoneAfter } from './zone-match.js';

/** Between a date and its time: `2019-11-29T12:00`, `2019-11-29 12:00`, `Jan 31 2023, 16:15`, `13/10/2023 at 2100hrs`. */
const DATE_TIME_JOIN = /T|[ \t]*,[ \t]*(?:(?:at|@)[ \t]+)?|[ \t]+(?:(?:at|@)[ \t]+)?/iy;
/**
 * Between a time and a date written after it: `17:41 UTC on 2023-07-19`, `12:00, June 7`;
 * group 1 is set for the explicit joins.
 */
const TIME_DATE_JOIN = /(,?[ \t]+on[ \t]+|,[ \t]*)|[ \t]+/iy;
/** A date directly before a time, for the scanner, which meets the time first. */
const DATE_BEFORE = new RegExp(
  `(?:${DATE_SOURCE})(?:T|[ \\t]*,[ \\t]*(?:(?:at|@)[ \\t]+)?|[ \\t]+(?:(?:at|@)[ \\t]+)?)$`,
  'i',
);
const LOOK_BEHIND = 48;

/** Unknown-time placeholders: `--:--`, `??:??`, `HH:MM`, `hh:mm:ss`, `XX:XX`, `__:__`. */
const PLACEHOLDER =
  /(?:--|\?\?|[Hh]{1,2}|[Xx]{1,2}|__):(?:--|\?\?|[Mm]{2}|[Xx]{2}|__)(?::(?:--|\?\?|[Ss]{2}|[Xx]{2}|__))?(?![\w:])/y;
/** Date placeholders of templates: `YYYY-MM-DD`, `20xx-MM-DD`. */
const DATE_PLACEHOLDER = /(?:[Yy]{4}|\d{2}[Xx]{2})-(?:[Mm]{2}|\d{2})-(?:[Dd]{2}|\d{2})(?![\w-])/y;

const BRACKET_PAIRS: Readonly<Record<string, string>> = { '[': ']', '(': ')' };

export interface ExpressionOptions {
  /** Accept `--:--`-style placeholders (timeline leads) as a time without a clock. */
  placeholders: boolean;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Letters and digits of any script. Punctuation such as an en dash is a boundary, and so is
 * `_`, which around a time is Markdown emphasis (`__14:00__`).
 */
function isWordChar(code: number): boolean {
  if (code < 128) return isDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

function stickyLength(re: RegExp, text: string, at: number): number | undefined {
  re.lastIndex = at;
  const m = re.exec(text);
  return m === null ? undefined : m[0].length;
}

/** A clock is clean when nothing is glued to it, or only a zone (`14:00UTC`, `12:00:00Z`). */
function cleanClock(text: string, clock: ClockMatch): boolean {
  if (endsCleanly(text, clock.end)) return true;
  const zone = matchZoneAfter(text, clock.end, clock.hasSeconds);
  return zone !== undefined && endsCleanly(text, zone.end);
}

/** Whether the clock ends cleanly: not glued to more digits, letters or `:05`/`.5`. */
function endsCleanly(text: string, end: number): boolean {
  const next = text.charCodeAt(end);
  if (Number.isNaN(next)) return true;
  if (isWordChar(next)) return false;
  if ((next === 58 || next === 46) && isDigit(text.charCodeAt(end + 1))) return false;
  return true;
}

interface Parts {
  start: number;
  date?: DateMatch;
  clock?: ClockMatch;
  /** Index after the clock or placeholder. */
  end: number;
  isoT: boolean;
}

/** A clock or (when allowed) a placeholder at `at`. */
function clockOrPlaceholder(
  text: string,
  at: number,
  options: ExpressionOptions,
): { clock?: ClockMatch; end: number } | undefined {
  const clock = matchClockAt(text, at);
  if (clock !== undefined) return cleanClock(text, clock) ? { clock, end: clock.end } : undefined;
  if (!options.placeholders) return undefined;
  const len = stickyLength(PLACEHOLDER, text, at);
  return len === undefined ? undefined : { end: at + len };
}

/** Date (real or placeholder) then time, exactly at `start`. */
function dateThenTime(text: string, start: number, options: ExpressionOptions): Parts | undefined {
  const date = matchDateAt(text, start);
  const dateEnd = date?.end ?? (options.placeholders ? placeholderDateEnd(text, start) : undefined);
  if (dateEnd === undefined) return undefined;
  const join = stickyLength(DATE_TIME_JOIN, text, dateEnd);
  if (join === undefined) return undefined;
  const time = clockOrPlaceholder(text, dateEnd + join, options);
  if (time === undefined) return undefined;
  const isoT = text[dateEnd] === 'T' || text[dateEnd] === 't';
  return { start, date, clock: time.clock, end: time.end, isoT };
}

function placeholderDateEnd(text: string, at: number): number | undefined {
  const len = stickyLength(DATE_PLACEHOLDER, text, at);
  return len === undefined ? undefined : at + len;
}

/**
 * Matches a whole time expression starting exactly at `start`: an optional date before it,
 * the clock (or a placeholder), an optional zone and an optional date after it. Returns
 * undefined when no clean time starts there. Checking what stands before `start` is the
 * caller's business.
 */
export function matchTimeExpressionAt(
  text: string,
  start: number,
  options: ExpressionOptions,
): FoundTime | undefined {
  let parts = dateThenTime(text, start, options);
  if (parts === undefined) {
    const time = clockOrPlaceholder(text, start, options);
    if (time === undefined) return undefined;
    parts = { start, clock: time.clock, end: time.end, isoT: false };
  }
  return complete(text, parts);
}

/**
 * Matches the time at `start` (which the scanner found) and, when a date stands directly
 * before it, takes that date in as well.
 */
export function matchTimeWithDateBefore(text: string, start: number): FoundTime | undefined {
  const clock = matchClockAt(text, start);
  if (clock === undefined || !cleanClock(text, clock)) return undefined;
  const from = Math.max(0, start - LOOK_BEHIND);
  const before = DATE_BEFORE.exec(text.slice(from, start));
  if (before !== null) {
    const date = matchDateAt(text, from + before.index);
    // Re-matching on the whole text confirms the date was not cut off by the window.
    const join = date && stickyLength(DATE_TIME_JOIN, text, date.end);
    if (date !== undefined && join !== undefined && date.end + join === start) {
      const isoT = text[date.end] === 'T' || text[date.end] === 't';
      return complete(text, { start: from + before.index, date, clock, end: clock.end, isoT });
    }
  }
  const prev = text[start - 1];
  if (prev === 'T' || prev === 't') return undefined;
  return complete(text, { start, clock, end: clock.end, isoT: false });
}

function complete(text: string, parts: Parts): FoundTime {
  const problems: TimeProblem[] = [];
  if (parts.date !== undefined) problems.push(...parts.date.problems);
  if (parts.clock !== undefined) problems.push(...parts.clock.problems);
  // Built field by field: object spread is measurably slow on this hot path.
  const found: FoundTime = { text: '', index: 0, length: 0, problems };
  if (parts.clock !== undefined) found.clock = parts.clock.clock;
  if (parts.date?.date !== undefined) found.date = parts.date.date;

  let end = parts.end;
  const zone = matchZoneAfter(text, end, (parts.clock?.hasSeconds ?? false) || parts.isoT);
  if (zone !== undefined && endsCleanly(text, zone.end)) {
    found.zone = zone.zone;
    problems.push(...zone.problems);
    end = zone.end;
  }
  if (parts.date === undefined) end = dateAfter(text, end, found) ?? end;

  let start = parts.start;
  const closer = BRACKET_PAIRS[text[start - 1] ?? ''];
  if (closer !== undefined && text[end] === closer) {
    start -= 1;
    end += 1;
  }
  found.text = text.slice(start, end);
  found.index = start;
  found.length = end - start;
  return found;
}

/** A date written after the time ("on 2023-07-19"); returns the new end when there is one. */
function dateAfter(text: string, at: number, found: FoundTime): number | undefined {
  TIME_DATE_JOIN.lastIndex = at;
  const join = TIME_DATE_JOIN.exec(text);
  if (join === null) return undefined;
  const date = matchDateAt(text, at + join[0].length);
  if (date === undefined) return undefined;
  // After a bare space only a date with its year is taken: "14:00 3 March" is too loose.
  if (join[1] === undefined && date.date?.year === undefined) return undefined;
  if (date.date !== undefined) found.date = date.date;
  found.problems.push(...date.problems);
  return date.end;
}
