import type { Instant } from '../../model/index.js';
import type { FoundTime, TimeProblem } from '../../time/index.js';
import { findDates, formatDate, minutesBetween, toInstant } from '../../time/index.js';
import type { DocumentView } from '../document-view.js';
import { documentLine } from '../rule-helpers.js';
import type { Fix, RuleContext, RuleModule } from '../types.js';

// Cheap gates: a 24-hour clock with AM/PM, the hour 24, or a numeric or short-month date that
// could be impossible. Only lines that pass are read in full.
const CLOCK_GATE = /\b(?:1[3-9]|2\d|00?):[0-5]\d(?::[0-5]\d)?\s?[AaPp]\.?[Mm]|\b24:[0-5]\d\b/;
// One cheap test of a masked line before the closer ones: an afternoon hour (or 00) with
// AM/PM, the hour 24, a numeric date, or a late day of a short month. Ordinary 12-hour times
// do not pass.
const GATE_SOURCE =
  '\\b(?:1[3-9]|2\\d|00?):[0-5]\\d(?::[0-5]\\d)?\\s?[AaPp]\\.?[Mm]|24:|\\d[-/.]\\d\\d?[-/.]\\d|(?:29|3\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:Feb|Apr|Jun|Sep|Nov)|(?:Feb|Apr|Jun|Sep|Nov)[a-z]*\\.?\\s+(?:29|3\\d)';
const ANY_GATE_ONCE = new RegExp(GATE_SOURCE);
const NUMERIC_DATE = /\b(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})\b/g;
const NUMERIC_DATE_ALL = new RegExp(NUMERIC_DATE.source, 'g');
const SHORT_MONTH_END =
  /\b(?:Feb|Apr|Jun|Sep|Nov)[a-z]*\.?\s+(?:29|3\d)\b|\b(?:29|3\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Feb|Apr|Jun|Sep|Nov)/;
// Where a CLOCK_GATE or a SHORT_MONTH_END match starts its digits: a clock, or the late day
// that every SHORT_MONTH_END match holds, with a space before it or (after an ordinal) after
// it. One scan that starts on a digit, far cheaper over a whole text than SHORT_MONTH_END.
const CLOCK_OR_LATE_DAY_ALL =
  /\b(?:(?:1[3-9]|2\d|00?):[0-5]\d(?::[0-5]\d)?\s?[AaPp]\.?[Mm]|24:[0-5]\d\b|(?:29|3\d)(?:(?:st|nd|rd|th)?\s|\b(?<=\s\d\d)))/g;

/** Whether a NUMERIC_DATE match has a month or day out of range, or a day late in the month. */
function outOfRange(m: RegExpExecArray): boolean {
  const a = Number(m[1]);
  const b = Number(m[2]);
  const c = Number(m[3]);
  const yearFirst = (m[1]?.length ?? 0) === 4;
  const month = yearFirst ? b : Math.min(a, b);
  const day = yearFirst ? c : Math.max(a, b);
  return month < 1 || month > 12 || day < 1 || day > 28;
}

/**
 * Whether a line may hold an impossible date: a numeric date with a part out of range (or a
 * day late in the month), or the 29th to 31st of a short month. Most dates are plainly fine,
 * and only the others are worth reading in full.
 */
function mayHoldBadDate(text: string): boolean {
  if (SHORT_MONTH_END.test(text)) return true;
  if (!/\d[-/.]\d/.test(text)) return false;
  NUMERIC_DATE.lastIndex = 0;
  for (let m = NUMERIC_DATE.exec(text); m !== null; m = NUMERIC_DATE.exec(text)) {
    if (outOfRange(m)) return true;
  }
  return false;
}

/**
 * The body lines (code left out) that may pass the gates as written, in order, from two scans
 * of the whole text that start on a digit: a clock with AM/PM, the hour 24 or a late day
 * (then the line is tested for those gates), and a numeric date out of range (the same
 * matches as on the line alone, since none crosses a line). A line that passes the gates is
 * always among these.
 */
function candidateLines(view: DocumentView): number[] {
  const lines: number[] = [];
  for (const line of view.linesMatching(CLOCK_OR_LATE_DAY_ALL)) {
    const raw = view.line(line);
    if (CLOCK_GATE.test(raw) || SHORT_MONTH_END.test(raw)) lines.push(line);
  }
  let sorted = true;
  view.forEachMatch(NUMERIC_DATE_ALL, false, (line, _column, m) => {
    const last = lines[lines.length - 1];
    if (last === line || !outOfRange(m)) return;
    if (last !== undefined && last > line) sorted = false;
    lines.push(line);
  });
  if (sorted) return lines;
  lines.sort((a, b) => a - b);
  return lines.filter((line, i) => line !== lines[i - 1]);
}
// What every date with its year holds (findDates' forms): four digits, or a numeric date with
// a two-digit year. A line without either has no dated time for the order check.
const MAY_HOLD_YEAR = /\d{4}|\d[-/]\d\d?[-/]\d\d/;
// The clock and the meridiem of a time such as `13:55 PM`, to cut the meridiem out.
const MERIDIEM = /^(.*?(\d{1,2}):\d{2}(?::\d{2})?)(\s?[Pp]\.?[Mm]\.?)/;

const PAIRS = [
  ['impactStarted', 'resolved'],
  ['impactStarted', 'mitigated'],
  ['detected', 'resolved'],
  ['mitigated', 'resolved'],
] as const;

/** Times and dates that exist, and ends that come after starts. */
export const validTimes: RuleModule = {
  meta: {
    id: 'valid-times',
    description:
      'Times and dates are real (no 13:55 PM, no 30 February), and the outage ends after it starts.',
    profiles: { holberton: 'error', standard: 'error', sre: 'error', minimal: 'error' },
    fixable: true,
    messages: {
      invalidMeridiem:
        '{time} mixes a 24-hour clock with AM/PM. Write {corrected}, or the 12-hour time you meant.',
      invalidTime: '{time} is not a time of day. Write a time between 00:00 and 23:59.',
      invalidDate: '{date} is not a real calendar date. Check the day and the month.',
      endBeforeStart:
        'The {end} ({endTime}) is before the {start} ({startTime}). Check these times and their dates.',
    },
    details:
      'Reads every time and date in the document outside code (see docs/time.md for the formats understood), and the incident times: those stated in the front matter or as labelled lines, and a start and end given with full dates in the summary.',
    fixDescription:
      'Removes PM from a 24-hour time with an afternoon hour (`13:55 PM` becomes `13:55`), since the hour already says it. AM after an afternoon hour, and other impossible values, need a person to decide.',
    examples: {
      valid: ['# Outage\n\n## Timeline\n\n- 13:55 UTC Alert fired.\n- 2:10 PM UTC Rolled back.\n'],
      invalid: [
        '# Outage\n\n## Timeline\n\n- 13:55 PM Alert fired.\n',
        '# Outage\n\n## Summary\n\nThe outage began on 2023-02-30 at 10:00 UTC.\n',
      ],
    },
  },
  check(context) {
    const view = context.document;
    // Masking only removes text: a line that fails the gate as written cannot hold a problem.
    for (const line of candidateLines(view)) {
      // The closer gates run on the line as written first, so most lines are never masked.
      const raw = view.line(line);
      if (!CLOCK_GATE.test(raw) && !mayHoldBadDate(raw)) continue;
      const text = view.proseLine(line);
      if (!ANY_GATE_ONCE.test(text)) continue;
      const clockGate = CLOCK_GATE.test(text);
      const dateGate = mayHoldBadDate(text);
      if (!clockGate && !dateGate) continue;
      const reported: [number, number][] = [];
      for (const t of view.timesOn(line)) {
        for (const p of t.problems) reportProblem(context, line, t, p, reported);
      }
      if (!dateGate) continue;
      for (const d of findDates(text)) {
        if (reported.some(([s, e]) => d.index < e && s < d.index + d.length)) continue;
        for (const p of d.problems) {
          if (p.code !== 'invalid-date') continue;
          report(context, 'invalidDate', { date: d.text }, line, d.index, d.length);
        }
      }
    }
    checkOrder(context);
  },
};

function reportProblem(
  context: RuleContext,
  line: number,
  t: FoundTime,
  problem: TimeProblem,
  reported: [number, number][],
): void {
  switch (problem.code) {
    case 'invalid-meridiem': {
      const m = MERIDIEM.exec(t.text);
      const hour = Number(m?.[2] ?? 0);
      const clockPart = m?.[1] ?? t.text;
      const fixable = m?.[3] !== undefined && hour >= 13 && hour <= 23;
      const corrected = fixable ? clockPart.slice(clockPart.search(/\d{1,2}:\d{2}/)) : '';
      const fix: Fix | undefined =
        fixable && m?.[3] !== undefined
          ? {
              range: [
                context.document.offset(line, t.index + clockPart.length + 1),
                context.document.offset(line, t.index + clockPart.length + m[3].length + 1),
              ],
              text: '',
            }
          : undefined;
      report(
        context,
        'invalidMeridiem',
        { time: t.text, corrected: corrected || 'a 24-hour time without AM/PM' },
        line,
        t.index,
        t.length,
        fix,
      );
      break;
    }
    case 'invalid-time':
      report(context, 'invalidTime', { time: t.text }, line, t.index, t.length);
      break;
    case 'invalid-date':
      report(context, 'invalidDate', { date: t.text }, line, t.index, t.length);
      break;
    default:
      return;
  }
  reported.push([t.index, t.index + t.length]);
}

function report(
  context: RuleContext,
  messageId: string,
  data: Record<string, string>,
  line: number,
  index: number,
  length: number,
  fix?: Fix,
): void {
  context.report({
    messageId,
    data,
    line,
    column: index + 1,
    endLine: line,
    endColumn: index + length + 1,
    ...(fix ? { fix } : {}),
  });
}

const NAMES: Record<string, string> = {
  impactStarted: 'start of the impact',
  detected: 'detection',
  mitigated: 'mitigation',
  resolved: 'resolution',
};

function checkOrder(context: RuleContext): void {
  const incident: Partial<Record<string, Instant>> = context.model.incident;
  const at = { line: documentLine(context), column: 1 };
  for (const [a, b] of PAIRS) {
    const start = incident[a];
    const end = incident[b];
    if (!start || !end) continue;
    const minutes = minutesBetween(start.at, end.at);
    if (minutes === undefined || minutes >= 0) continue;
    context.report({
      messageId: 'endBeforeStart',
      data: { start: NAMES[a] ?? a, startTime: start.at, end: NAMES[b] ?? b, endTime: end.at },
      ...at,
    });
    return;
  }
  const view = context.document;
  for (const span of view.summaries()) {
    const dated: { text: string; at: string; line: number }[] = [];
    for (let line = span.line; line < span.end && dated.length < 2; line++) {
      if (view.isCode(line) || !MAY_HOLD_YEAR.test(view.line(line))) continue;
      for (const t of view.timesOn(line)) {
        const d = t.date;
        if (!t.clock || d?.year === undefined) continue;
        const date = formatDate({ year: d.year, month: d.month, day: d.day });
        dated.push({ text: t.text, at: toInstant(date, t.clock, t.zone), line });
        if (dated.length === 2) break;
      }
    }
    const [first, second] = dated;
    if (!first || !second) continue;
    const minutes = minutesBetween(first.at, second.at);
    if (minutes === undefined || minutes >= 0) continue;
    context.report({
      messageId: 'endBeforeStart',
      data: { start: 'start', startTime: first.text, end: 'end', endTime: second.text },
      line: second.line,
      column: 1,
    });
    return;
  }
}
