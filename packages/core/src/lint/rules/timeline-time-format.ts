import type { RuleModule } from '../types.js';

type Style = '24h' | '12h' | 'military';

/** A clock as written in an entry's time, with where it sits in that time text. */
interface WrittenClock {
  style: Style;
  hour: number;
  minute: number;
  second?: string;
  /** Start and length of the clock (with its AM/PM or hrs marker) in the time text. */
  index: number;
  length: number;
  /** How it is written, to copy when normalising: padding, marker spelling. */
  padded: boolean;
  marker: string;
}

const TWELVE = /\b(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?(\s?)([AaPp]\.?[Mm]\.?)(?![a-z])/;
const MILITARY = /\b([01]\d|2[0-3])([0-5]\d)(\s?(?:hrs?|h|Z)\b)/i;
const TWENTY_FOUR = /(?<![\d:])(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d:])/;

function readClock(time: string): WrittenClock | undefined {
  let m = TWELVE.exec(time);
  if (m?.[1] !== undefined && m[5] !== undefined) {
    const h = Number(m[1]);
    if (h < 1 || h > 12) return undefined; // 13:55 PM is valid-times' business
    const pm = /^p/i.test(m[5]);
    return {
      style: '12h',
      hour: (h % 12) + (pm ? 12 : 0),
      minute: Number(m[2] ?? 0),
      ...(m[3] !== undefined ? { second: m[3] } : {}),
      index: m.index,
      length: m[0].length,
      padded: m[1].length === 2,
      marker: `${m[4] ?? ''}${m[5]}`,
    };
  }
  m = MILITARY.exec(time);
  if (m?.[1] !== undefined && m[2] !== undefined) {
    return {
      style: 'military',
      hour: Number(m[1]),
      minute: Number(m[2]),
      index: m.index,
      length: m[0].length,
      padded: true,
      marker: m[3] ?? 'hrs',
    };
  }
  m = TWENTY_FOUR.exec(time);
  if (m?.[1] !== undefined && m[2] !== undefined) {
    const h = Number(m[1]);
    if (h > 23 || Number(m[2]) > 59) return undefined;
    return {
      style: '24h',
      hour: h,
      minute: Number(m[2]),
      ...(m[3] !== undefined ? { second: m[3] } : {}),
      index: m.index,
      length: m[0].length,
      padded: m[1].length === 2,
      marker: '',
    };
  }
  return undefined;
}

const MARKED_12H = /\d\s?[AaPp]\.?[Mm]/;
const MARKED_MILITARY = /\d{4}\s?(?:hrs?|h|Z)\b/i;

/**
 * The style of a time at a glance, as `readClock` would find it. A time without any of the
 * letters that AM/PM and military markers are made of (`14:05`, `14:05 UTC`) is 24-hour.
 */
function quickStyle(time: string): Style {
  if (!hasMarkerLetter(time)) return '24h';
  if (MARKED_12H.test(time)) return '12h';
  if (MARKED_MILITARY.test(time)) return 'military';
  return '24h';
}

/** Whether `time` holds an a, p, h or z of either case. */
function hasMarkerLetter(time: string): boolean {
  for (let i = 0; i < time.length; i++) {
    // Lower-cased by setting bit 5, which leaves no other character on these letters.
    const c = time.charCodeAt(i) | 32;
    if (c === 97 || c === 112 || c === 104 || c === 122) return true;
  }
  return false;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The clock written in `style`, spelled like `sample`; undefined when that would be a guess. */
function render(clock: WrittenClock, style: Style, sample: WrittenClock): string | undefined {
  const seconds = clock.second !== undefined ? `:${clock.second}` : '';
  switch (style) {
    case '24h': {
      const hour = sample.padded ? pad(clock.hour) : String(clock.hour);
      return `${hour}:${pad(clock.minute)}${seconds}`;
    }
    case '12h': {
      // A bare 07:40 among 12-hour times may have meant 7:40 PM; only hours that cannot be
      // morning-or-evening (13 to 23, and 0) convert without guessing.
      if (clock.style === '24h' && clock.hour >= 1 && clock.hour <= 12) return undefined;
      const h12 = clock.hour % 12 === 0 ? 12 : clock.hour % 12;
      const hour = sample.padded ? pad(h12) : String(h12);
      return `${hour}:${pad(clock.minute)}${seconds}${meridiem(sample.marker, clock.hour >= 12)}`;
    }
    case 'military':
      if (seconds) return undefined;
      return `${pad(clock.hour)}${pad(clock.minute)}${sample.marker}`;
  }
}

/** `sample`'s AM/PM marker (case, dots, space) for the other half of the day. */
function meridiem(sample: string, pm: boolean): string {
  const letter = /[ap]/i.exec(sample);
  if (!letter) return pm ? ' PM' : ' AM';
  const want = pm ? 'p' : 'a';
  const upper = letter[0] === letter[0].toUpperCase();
  return sample.replace(/[ap]/i, upper ? want.toUpperCase() : want);
}

const STYLE_NAMES: Record<Style, string> = {
  '24h': '24-hour (14:05)',
  '12h': '12-hour with AM/PM (2:05 PM)',
  military: 'military (1405hrs)',
};

/** One time format across the timeline. */
export const timelineTimeFormat: RuleModule = {
  meta: {
    id: 'timeline-time-format',
    description: 'Timeline times are all written in the same format: 24-hour, 12-hour or military.',
    profiles: { holberton: 'warn', standard: 'warn', sre: 'warn' },
    fixable: true,
    messages: {
      mixed:
        'The time {time} is written in {style} style, but most of the timeline uses {expected}. Write every time the same way.',
      ambiguous:
        'The time {time} has no AM or PM, but the rest of the timeline uses them. Add AM or PM (it is read as {reading}).',
    },
    details:
      "Each timeline entry's time is classified as 24-hour (`14:05`, `9:05`), 12-hour (`2:05 PM`, `07:31 pm`) or military (`1405hrs`, `1405Z`). The style most entries use wins (the first entry's, on a tie). Zero padding follows the entries already in that style. Dates and zones written with a time are left as they are.",
    fixDescription:
      'Rewrites each other time in the winning style, where that is certain: 12-hour and military times always convert, and so do 24-hour times with hours 13 to 23 or 0. A 24-hour time between 1:00 and 12:59 in a 12-hour timeline could be morning or evening, so it is reported and left alone.',
    examples: {
      valid: ['# Outage\n\n## Timeline\n\n- 14:05 UTC Alert fired.\n- 14:20 UTC Rolled back.\n'],
      invalid: [
        '# Outage\n\n## Timeline\n\n- 14:05 UTC Alert fired.\n- 14:20 UTC Paged the team.\n- 3:15 PM UTC Rolled back.\n',
      ],
    },
  },
  check(context) {
    const view = context.document;
    // Most timelines keep to one style; a cheap look at each time settles that before any
    // entry is read in full.
    const { timeline } = context.model;
    let seen: Style | undefined;
    let mixed = false;
    for (const e of timeline) {
      if (!e.clock) continue;
      const style = quickStyle(e.time);
      if (seen !== undefined && style !== seen) mixed = true;
      seen ??= style;
    }
    if (!mixed) return;
    const positions = view.entryPositions();
    const clocks = timeline.map((e) => (e.clock ? readClock(e.time) : undefined));
    const counts: Record<Style, number> = { '24h': 0, '12h': 0, military: 0 };
    let first: Style | undefined;
    for (const c of clocks) {
      if (!c) continue;
      counts[c.style]++;
      first ??= c.style;
    }
    if (first === undefined) return;
    let dominant: Style = first;
    for (const style of ['24h', '12h', 'military'] as const) {
      if (counts[style] > counts[dominant]) dominant = style;
    }
    if (counts[dominant] === clocks.filter(Boolean).length) return;
    const sample = clocks.find((c) => c?.style === dominant);
    if (!sample) return;
    context.model.timeline.forEach((entry, i) => {
      const clock = clocks[i];
      const pos = positions[i];
      if (!clock || clock.style === dominant || !pos) return;
      const text = view.line(pos.line);
      const at = text.indexOf(entry.time, pos.column - 1);
      const replacement = render(clock, dominant, sample);
      const column = (at >= 0 ? at : pos.column - 1) + clock.index + 1;
      const range: [number, number] = [
        view.offset(pos.line, column),
        view.offset(pos.line, column + clock.length),
      ];
      const written = entry.time.slice(clock.index, clock.index + clock.length);
      const where = { line: pos.line, column, endLine: pos.line, endColumn: column + clock.length };
      if (replacement === undefined && dominant === '12h') {
        context.report({
          messageId: 'ambiguous',
          data: { time: written, reading: `${pad(clock.hour)}:${pad(clock.minute)}` },
          ...where,
        });
        return;
      }
      context.report({
        messageId: 'mixed',
        data: { time: written, style: STYLE_NAMES[clock.style], expected: STYLE_NAMES[dominant] },
        ...where,
        ...(at >= 0 && replacement !== undefined ? { fix: { range, text: replacement } } : {}),
      });
    });
  },
};
