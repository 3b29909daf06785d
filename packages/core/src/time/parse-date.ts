import { buildDate, DATE_SCAN, matchDateAt } from './date-pattern.js';
import type { FoundDate, ParsedDate } from './types.js';

const HAS_DIGIT = /\d/;
const TRAILING_PUNCTUATION = /[.,;:]$/;

/**
 * Parses one date expression: ISO (`2024-06-20`, `2019-1-17`, `2019/01/17`), numeric
 * (`13/10/2023` day first because 13 > 12, `4/20/2019` month first, `5-26-21`), or with a
 * month name in either order (`January 23, 2021`, `23 January 2021`, `3rd of March`),
 * optionally after a weekday. Ambiguous `03/04/2023` is read month first with an
 * `ambiguous-date` problem; an impossible date (`2023-02-30`) comes back without `date` and
 * with an `invalid-date` problem. Returns undefined when the text is not a date.
 *
 * @example parseDate('August 11th, 2023') // { date: { year: 2023, month: 8, day: 11 }, problems: [] }
 */
export function parseDate(text: string): ParsedDate | undefined {
  const s = text.trim().replace(TRAILING_PUNCTUATION, '');
  const m = matchDateAt(s, 0);
  if (m === undefined || m.end !== s.length) return undefined;
  return m.date === undefined ? { problems: m.problems } : { date: m.date, problems: m.problems };
}

/**
 * Finds every date in running text, in order. Numeric dates need a year ("24/7" and "1/2"
 * are not dates), versions and addresses (`1.10.0`, `127.0.0.1`) are skipped.
 */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  if (!HAS_DIGIT.test(text)) return found;
  DATE_SCAN.lastIndex = 0;
  for (let m = DATE_SCAN.exec(text); m !== null; m = DATE_SCAN.exec(text)) {
    const built = buildDate(m, m.index + m[0].length);
    if (built === undefined) {
      DATE_SCAN.lastIndex = m.index + 1;
      continue;
    }
    const written = m[0].trimEnd();
    const hit: FoundDate = {
      text: written,
      index: m.index,
      length: written.length,
      problems: built.problems,
    };
    if (built.date !== undefined) hit.date = built.date;
    found.push(hit);
  }
  return found;
}
