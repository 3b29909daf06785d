import type { TimelineEntry } from '../model/index.js';
import { daysFromCivil } from '../time/index.js';

const OFFSET = /(?:Z|[+-]\d\d:\d\d)$/;

/** A sortable key for a timeline entry; keys of different kinds are never compared. */
export interface TimelineKey {
  kind: 'utc' | 'local' | 'day';
  value: number;
}

/**
 * Milliseconds for an instant with an offset, local milliseconds without one, or seconds
 * from the first day's midnight when only the clock (and the day offset) is known.
 */
export function timelineKey(entry: TimelineEntry): TimelineKey | undefined {
  if (entry.at) {
    const fast = readDateTime(entry.at);
    if (fast !== undefined) return fast;
    const zoned = OFFSET.test(entry.at);
    const value = Date.parse(zoned ? entry.at : `${entry.at}Z`);
    return Number.isNaN(value) ? undefined : { kind: zoned ? 'utc' : 'local', value };
  }
  const c = entry.clock;
  if (!c || entry.date) return undefined;
  const seconds = clockSeconds(c);
  return { kind: 'day', value: (entry.dayOffset ?? 0) * 86_400 + seconds };
}

/** The value of a decimal digit at `i`, or -1. */
function digit(s: string, i: number): number {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/** Two digits at `i` as a number, or -1. */
function two(s: string, i: number): number {
  const a = digit(s, i);
  const b = digit(s, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}

/**
 * The key of the model's usual date-time, `2024-03-20T14:23:00` with `Z`, `+01:00` or no
 * offset, read by hand: Date.parse was most of this rule's time. Values a calendar or a clock
 * might reject (days after the 28th, years before 1000) and any other shape are left to
 * Date.parse, so the result is always the one Date.parse gives.
 */
function readDateTime(at: string): TimelineKey | undefined {
  const n = at.length;
  if (n !== 19 && n !== 20 && n !== 25) return undefined;
  if (at[4] !== '-' || at[7] !== '-' || at[10] !== 'T' || at[13] !== ':' || at[16] !== ':') {
    return undefined;
  }
  const hi = two(at, 0);
  const lo = two(at, 2);
  const month = two(at, 5);
  const day = two(at, 8);
  const hour = two(at, 11);
  const minute = two(at, 14);
  const second = two(at, 17);
  if (hi < 10 || lo < 0 || month < 1 || month > 12 || day < 1 || day > 28) return undefined;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
    return undefined;
  }
  const local = daysFromCivil(hi * 100 + lo, month, day) * 86_400_000 + clock(hour, minute, second);
  if (n === 19) return { kind: 'local', value: local };
  if (n === 20) return at[19] === 'Z' ? { kind: 'utc', value: local } : undefined;
  const sign = at[19] === '+' ? 1 : at[19] === '-' ? -1 : 0;
  const oh = two(at, 20);
  const om = two(at, 23);
  if (sign === 0 || at[22] !== ':' || oh < 0 || oh > 23 || om < 0 || om > 59) return undefined;
  return { kind: 'utc', value: local - sign * (oh * 60 + om) * 60_000 };
}

/** Milliseconds into the day. */
function clock(hour: number, minute: number, second: number): number {
  return ((hour * 60 + minute) * 60 + second) * 1000;
}

/** Seconds since midnight of an `HH:MM` or `HH:MM:SS` clock, as the model writes it. */
function clockSeconds(c: string): number {
  if ((c.length === 5 || c.length === 8) && c[2] === ':') {
    const h = two(c, 0);
    const m = two(c, 3);
    const s = c.length === 8 && c[5] === ':' ? two(c, 6) : c.length === 5 ? 0 : -1;
    if (h >= 0 && m >= 0 && s >= 0) return h * 3600 + m * 60 + s;
  }
  return Number(c.slice(0, 2)) * 3600 + Number(c.slice(3, 5)) * 60 + Number(c.slice(6, 8) || 0);
}
