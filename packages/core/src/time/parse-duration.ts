const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const WORDS = 'an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
const SPELLED = '(days?|hours?|hrs?|minutes?|mins?|seconds?|secs?)';
/*
 * A unit letter glued to its number. A digit may follow it only where the rest of the token
 * is more of the same (`1d2h`, `2h5m`) or `h` takes two digits of minutes (`1h30`): a commit
 * hash such as `5998d2b1` is no duration of 5,998 days.
 */
const GLUED = String.raw`[hdms](?!\d)|[hdms](?=(?:\d+[hdms])+(?![A-Za-z0-9]))|h(?=\d{2}(?![A-Za-z0-9]))`;
/**
 * One "number unit" part. Groups: 1 number, 2 spelled unit, 3 glued letter, 4 number word,
 * 5 its spelled unit. A glued letter may be `h` or `H`, but `d`, `m`, `s` only in lower case
 * (`3.7M requests` means millions), which is checked after matching because the rest of
 * the pattern is case-insensitive. Number words take spelled units only ("I am" is no time).
 */
const PART_SOURCE = String.raw`(?:(\d+(?:\.\d+|,\d{1,2}(?!\d))?)(?:[ \t]*${SPELLED}|(${GLUED}))|(${WORDS})[ \t]+${SPELLED})(?![A-Za-z])(?:[ \t]+and[ \t]+a[ \t]+half)?`;
const FIRST_PART = new RegExp(
  String.raw`(?<![\w.,])(?:half[ \t]+an?[ \t]+hour|${PART_SOURCE})`,
  'gi',
);
const NEXT_PART = new RegExp(String.raw`(?:,?[ \t]*and|,)?[ \t]*${PART_SOURCE}`, 'iy');
/** `1h30`: hours with glued minutes. */
const GLUED_MINUTES = /(\d{2})(?!\d)/y;
/** `01:50` counts only as a labelled duration, never as a bare clock time. */
const LABELLED_CLOCK =
  /\b(?:duration|downtime|outage|length|elapsed|total|time[ \t]+to[ \t]+\w+|tt[dmar]|mtt[dmar])[ \t]*[:=]?[ \t]*(\d{1,3}):([0-5]\d)(?::([0-5]\d))?(?![\d:]|[ \t]*(?:[ap]\.?m|[-–]|to\b))/i;
const FORMAT_LABELLED_CLOCK = /(?<![\d:])(\d{1,3}):([0-5]\d)[ \t]*\((?:hh?:mm)\)/i;

const UNIT_MINUTES: Readonly<Record<string, number>> = { d: 1440, h: 60, m: 1, s: 1 / 60 };

interface Part {
  /** Minutes per unit. */
  unit: number;
  minutes: number;
  /** The number as written, for telling `2100hrs` (a clock) from a duration. */
  number: string;
  spelled?: string;
  letter?: string;
}

/** Reads the groups of PART_SOURCE (the first five groups of both patterns). */
function readPart(m: RegExpExecArray): Part | undefined {
  const number = m[1] ?? m[4] ?? '';
  const spelled = m[2] ?? m[5];
  const letter = m[3];
  if (letter !== undefined && letter !== 'H' && letter !== letter.toLowerCase()) return undefined;
  const u = (spelled ?? letter ?? '').toLowerCase();
  const key = u.startsWith('sec') ? 's' : u.startsWith('min') ? 'm' : (u[0] ?? '');
  const unit = UNIT_MINUTES[key] ?? 0;
  // A decimal comma ("1,5 hours") reads as a point; "1,000" never gets here (see FIRST_PART).
  const count = NUMBER_WORDS[number.toLowerCase()] ?? Number(number.replace(',', '.'));
  const half = m[0].toLowerCase().endsWith('half') ? 1.5 : 1;
  return { unit, minutes: count * unit * half, number, spelled, letter };
}

interface Hit {
  index: number;
  minutes: number;
}

/** Military times (`2100hrs`, `1430h`) are clock times, not 2,100 hours. */
function isClockLike(part: Part): boolean {
  if (part.unit !== 60 || part.spelled?.toLowerCase().startsWith('hour') === true) return false;
  if (!/^\d{4}$/.test(part.number)) return false;
  return Number(part.number.slice(0, 2)) < 24 && Number(part.number.slice(2)) < 60;
}

function firstUnitDuration(text: string): Hit | undefined {
  FIRST_PART.lastIndex = 0;
  for (let m = FIRST_PART.exec(text); m !== null; m = FIRST_PART.exec(text)) {
    if (m[1] === undefined && m[4] === undefined) return { index: m.index, minutes: 30 }; // half an hour
    const first = readPart(m);
    // A glued "s" alone ("10s of servers") means tens, not seconds.
    if (first === undefined || first.letter === 's' || isClockLike(first)) continue;
    let { minutes } = first;
    let end = m.index + m[0].length;
    if (first.letter?.toLowerCase() === 'h') {
      GLUED_MINUTES.lastIndex = end;
      const glued = GLUED_MINUTES.exec(text);
      if (glued !== null) return { index: m.index, minutes: minutes + Number(glued[1]) };
    }
    let smallest = first.unit;
    for (;;) {
      NEXT_PART.lastIndex = end;
      const m2 = NEXT_PART.exec(text);
      const next = m2 === null ? undefined : readPart(m2);
      // Units must get smaller: "2 hours, 3 days" is two durations, not one.
      if (m2 === null || next === undefined || next.unit >= smallest) break;
      minutes += next.minutes;
      smallest = next.unit;
      end = NEXT_PART.lastIndex;
    }
    return { index: m.index, minutes };
  }
  return undefined;
}

function labelledClockDuration(text: string): Hit | undefined {
  const m = LABELLED_CLOCK.exec(text) ?? FORMAT_LABELLED_CLOCK.exec(text);
  if (m === null) return undefined;
  const minutes = Number(m[1]) * 60 + Number(m[2]) + Number(m[3] ?? 0) / 60;
  return { index: m.index, minutes };
}

/**
 * Finds the first duration in text and returns it in minutes: `66 minutes`, `15 mins`,
 * `1 hour and 50 minutes`, `1h 50m`, `1h30`, `1.5 hours`, `an hour and a half`,
 * `half an hour`, `2 days`, `30 seconds`. A clock-like `01:50` counts only when labelled
 * (`Duration: 01:50`, `01:50 (hh:mm)`); plain clock times and ranges give undefined rather
 * than a guess.
 *
 * @example parseDuration('down for approximately 1 hour and 50 minutes') // 110
 */
export function parseDuration(text: string): number | undefined {
  const unit = firstUnitDuration(text);
  const labelled = labelledClockDuration(text);
  if (unit === undefined) return labelled?.minutes;
  if (labelled === undefined) return unit.minutes;
  return labelled.index < unit.index ? labelled.minutes : unit.minutes;
}
