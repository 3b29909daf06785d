import { CLOCK_SCAN } from './clock-pattern.js';
import { matchTimeWithDateBefore } from './time-expression.js';
import type { FoundTime } from './types.js';

/** Cheap gate: without a digit or one of these words there is no time to find. */
const MAY_HOLD_TIME = /\d|noon|midnight/i;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Whether what stands before a candidate lets it be a time. Not after digits or letters
 * (`127.0.0.1:80`, `afternoon`, except the `T` of an ISO date-time), not inside numbers or
 * addresses (`1.10:30`, `fe80::1:23`), and not an offset (`UTC-04:00`, `+05:30`).
 */
function startsCleanly(text: string, index: number): boolean {
  const prev = text.charCodeAt(index - 1);
  if (Number.isNaN(prev)) return true;
  if (isDigit(prev)) return false;
  if (isLetter(prev)) return prev === 84 || prev === 116; // T / t, checked against a date later
  const before = text.charCodeAt(index - 2);
  switch (text[index - 1]) {
    case ':':
      // "Time:14:00" and ":small_orange_diamond:16:15" yes; "fe80::1:23" and "1:2:3" no.
      return !isDigit(before) && before !== 58;
    case '.':
    case ',':
    case '/':
      return !isDigit(before);
    case '+':
    case '−':
      return false;
    case '-':
    case '–':
      return !isLetter(before);
    default:
      return true;
  }
}

/**
 * Finds every time in running text, in order, with the date written just before or after it
 * and the zone that follows: `2100hrs WAT: Issue was detected. 2105hrs WAT: While ...`,
 * `At 3:15 PM the alert fired`, `Start Time: January 31 2023, 16:15 GMT+1`. Placeholders
 * such as `HH:MM` are not reported here (in prose they describe a format, not an event).
 *
 * @example findTimes('from 10:00 AM to 12:00 PM (UTC)').map((t) => t.text) // ['10:00 AM', '12:00 PM (UTC)']
 */
export function findTimes(text: string): FoundTime[] {
  const found: FoundTime[] = [];
  if (!MAY_HOLD_TIME.test(text)) return found;
  CLOCK_SCAN.lastIndex = 0;
  for (let m = CLOCK_SCAN.exec(text); m !== null; m = CLOCK_SCAN.exec(text)) {
    const hit = startsCleanly(text, m.index) ? matchTimeWithDateBefore(text, m.index) : undefined;
    if (hit === undefined) {
      CLOCK_SCAN.lastIndex = m.index + 1;
      continue;
    }
    found.push(hit);
    CLOCK_SCAN.lastIndex = hit.index + hit.length;
  }
  return found;
}
