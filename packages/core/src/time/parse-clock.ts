import { matchClockAt } from './clock-pattern.js';
import type { ParsedClock } from './types.js';

const BRACKETED = /^\[(.*)\]$|^\((.*)\)$/s;

/**
 * Parses one clock expression: `14:23`, `14:23:05`, `7:31 PM`, `7pm`, `7.31 pm`, `2100hrs`,
 * `1430h`, `14h30`, `[13:26]`, `noon`, `midnight`. Odd but readable times are recovered and
 * reported (`13:55 PM` → 13:55 with `invalid-meridiem`, `24:00` → 00:00 with
 * `invalid-time`); impossible ones (`25:10`) give undefined.
 *
 * @example parseClock('12:30 PM') // { clock: { hour: 12, minute: 30 }, problems: [] }
 */
export function parseClock(text: string): ParsedClock | undefined {
  let s = text.trim();
  const inner = BRACKETED.exec(s);
  if (inner !== null) s = (inner[1] ?? inner[2] ?? '').trim();
  const m = matchClockAt(s, 0);
  if (m === undefined || m.end !== s.length) return undefined;
  return { clock: m.clock, problems: m.problems };
}
