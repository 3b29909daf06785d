import type { FullDate, Zone } from '../../time/index.js';
import { zoneFromId, zoneOffsetAt } from '../../time/index.js';
import type { RuleModule } from '../types.js';

/** One time zone across the timeline, stated somewhere, and a summary that agrees with it. */
export const consistentTimezone: RuleModule = {
  meta: {
    id: 'consistent-timezone',
    description:
      'The timeline uses one time zone, states it, and the summary does not give times in a different one.',
    profiles: { holberton: 'warn', standard: 'warn', sre: 'warn' },
    fixable: false,
    messages: {
      mixed:
        'This entry is in {zone} but the rest of the timeline is in {expected}. Give every entry in the same zone, so readers do not have to convert.',
      noZone:
        'The timeline never says which time zone its times are in. State it once (for example "All times are UTC") or after each time.',
      summaryZone:
        "The summary gives a time in {summaryZone}, which is not the timeline's zone ({timelineZone}). Use the same zone in both, so the times can be compared.",
    },
    details:
      "Each entry's zone is the one written after its time, else the one stated for the timeline (a heading note such as \"(all times UTC)\", a line under the heading, or the front matter's `timezone`). The timeline's zone is the one most entries are in. Zones are compared by name in the timeline; between the summary and the timeline they are compared by their offset on the day of the incident, so `GMT+1` in the summary agrees with `WAT` in the timeline.",
    examples: {
      valid: [
        '# Outage\n\n## Timeline\n\nAll times are UTC.\n\n- 14:05 Alert fired.\n- 14:20 Rolled back.\n',
      ],
      invalid: [
        '# Outage\n\n## Timeline\n\n- 14:05 UTC Alert fired.\n- 15:20 CET Rolled back.\n- 14:30 UTC Recovered.\n',
        '# Outage\n\n## Timeline\n\n- 14:05 Alert fired.\n- 14:20 Rolled back.\n',
      ],
    },
  },
  check(context) {
    const view = context.document;
    const { timeline } = context.model;
    const counts = new Map<string, number>();
    let clocked = false;
    for (const e of timeline) {
      if (!e.clock) continue;
      clocked = true;
      if (e.zone) counts.set(e.zone, (counts.get(e.zone) ?? 0) + 1);
    }
    if (!clocked) return;
    let dominant: string | undefined;
    for (const [zone, n] of counts)
      if (dominant === undefined || n > (counts.get(dominant) ?? 0)) dominant = zone;
    if (dominant === undefined) {
      if (context.model.timezone === undefined) {
        const heading = view.sectionsOf(['timeline'])[0];
        context.report({ messageId: 'noZone', line: heading?.line ?? 1, column: 1 });
      }
      return;
    }
    for (let i = 0; i < timeline.length; i++) {
      const entry = timeline[i];
      if (!entry?.clock || !entry.zone || entry.zone === dominant) continue;
      const pos = view.entryPositions()[i];
      context.report({
        messageId: 'mixed',
        data: { zone: entry.zone, expected: dominant },
        line: pos?.line ?? 1,
        column: pos?.column ?? 1,
      });
    }
    // The timeline's zone and the incident's day are only needed for a summary time in
    // another zone, which few documents have.
    let timelineZone: Zone | undefined;
    let date: FullDate | undefined;
    for (const { line, time: t } of view.timesIn(view.summaries())) {
      if (!t.zone || !t.clock || t.zone.id === dominant) continue;
      timelineZone ??= zoneFromId(dominant);
      if (!timelineZone) return;
      date ??= dayOf(context.model.date);
      if (sameOffset(t.zone, timelineZone, date, t.clock)) continue;
      context.report({
        messageId: 'summaryZone',
        data: { summaryZone: t.zone.text, timelineZone: dominant },
        line,
        column: t.index + 1,
        endLine: line,
        endColumn: t.index + t.length + 1,
      });
      return;
    }
  },
};

function dayOf(date: string | undefined): FullDate {
  const [year = 2000, month = 1, day = 1] = (date ?? '2000-01-01').split('-').map(Number);
  return { year, month, day };
}

function sameOffset(
  a: Zone,
  b: Zone,
  date: FullDate,
  clock: { hour: number; minute: number },
): boolean {
  return zoneOffsetAt(a, date, clock) === zoneOffsetAt(b, date, clock);
}
