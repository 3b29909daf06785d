import type { PostmortemInput, TimelineEntry } from '../model/index.js';
import type { CalendarDate, Zone } from '../time/index.js';
import { resolveTimeline, zoneFromId } from '../time/index.js';
import { classifyEntry } from './classify-entry.js';
import type { Diagnostic } from './diagnostic.js';
import type { RawEntry } from './extract-timeline.js';

/**
 * Gives each raw entry its calendar date, clock time, zone and instant, using the document's
 * date and zone as context, and its kind (as pinned by the author, else classified).
 */
export function resolveEntries(
  raw: readonly RawEntry[],
  model: Pick<PostmortemInput, 'date' | 'timezone'>,
  preambleDate: CalendarDate | undefined,
  diagnostics: Diagnostic[],
): TimelineEntry[] {
  const contextZone = model.timezone ? zoneFromId(model.timezone) : undefined;
  const contextDate = readDate(model.date) ?? fullDate(preambleDate);
  const resolved = resolveTimeline(
    raw.map((e) => ({
      ...(e.found?.clock ? { clock: e.found.clock } : {}),
      ...(e.found?.date
        ? { date: e.found.date }
        : e.leadDate
          ? { date: e.leadDate.date }
          : e.headingDate
            ? { date: e.headingDate }
            : {}),
      ...(e.found?.zone ? { zone: e.found.zone } : {}),
    })),
    {
      ...(contextDate ? { date: contextDate } : {}),
      ...(contextZone ? { zone: contextZone as Zone } : {}),
    },
  );
  return raw.map((e, i) => {
    for (const problem of e.found?.problems ?? []) {
      diagnostics.push({
        severity:
          problem.code === 'invalid-meridiem' || problem.code.startsWith('ambiguous')
            ? 'warning'
            : 'error',
        code: problem.code,
        message: problem.message,
        line: e.line + 1,
      });
    }
    const r = resolved[i] ?? {};
    const text = e.text.trim();
    return {
      time: e.found?.text ?? e.leadDate?.text ?? '',
      ...(r.date ? { date: r.date } : {}),
      ...(r.clock ? { clock: r.clock } : {}),
      ...(r.dayOffset ? { dayOffset: r.dayOffset } : {}),
      ...(r.zone ? { zone: r.zone } : {}),
      ...(r.at ? { at: r.at } : {}),
      kind: e.kind ?? classifyEntry(text),
      text,
    };
  });
}

function readDate(date: string | undefined) {
  if (!date) return undefined;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

function fullDate(date: CalendarDate | undefined) {
  return date?.year !== undefined
    ? { year: date.year, month: date.month, day: date.day }
    : undefined;
}
