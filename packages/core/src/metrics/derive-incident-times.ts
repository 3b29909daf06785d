import type {
  IncidentTimes,
  Instant,
  Postmortem,
  TimelineEntry,
  TimelineKind,
} from '../model/index.js';
import { INCIDENT_TIME_KEYS } from '../model/index.js';
import { findTimes, formatDate, minutesBetween, toInstant, zoneFromId } from '../time/index.js';
import { firstSentence } from '../text/first-sentence.js';

export type IncidentTimeKey = keyof IncidentTimes;

/** Where an incident time came from, best first. */
export type TimeSource = 'stated' | 'timeline' | 'summary';

export interface DerivedInstant extends Instant {
  source: TimeSource;
}

export type DerivedIncidentTimes = Partial<Record<IncidentTimeKey, DerivedInstant>>;

/** Which timeline kinds mark each moment, and whether the first or last such entry counts. */
const FROM_TIMELINE: Record<IncidentTimeKey, { kinds: TimelineKind[]; pick: 'first' | 'last' }> = {
  impactStarted: { kinds: ['impact-start'], pick: 'first' },
  detected: { kinds: ['detection'], pick: 'first' },
  responded: { kinds: ['response', 'escalation'], pick: 'first' },
  mitigated: { kinds: ['mitigation'], pick: 'first' },
  resolved: { kinds: ['resolution'], pick: 'last' },
};

/**
 * The five incident moments with where each came from: stated (front matter or a labelled
 * field such as "Start time:"), else the timeline entries of the right kind, else a summary
 * sentence that gives a range ("from 7:31 PM to 9:21 PM PT"). Definitions: docs/metrics.md.
 */
export function deriveIncidentTimes(model: Postmortem): DerivedIncidentTimes {
  const out: DerivedIncidentTimes = {};
  for (const key of INCIDENT_TIME_KEYS) {
    const stated = model.incident[key];
    if (stated) {
      out[key] = { ...stated, source: 'stated' };
      continue;
    }
    const rule = FROM_TIMELINE[key];
    // Kinds in order of preference: a `response` entry wins over an earlier `escalation`.
    let entry: TimelineEntry | undefined;
    for (const kind of rule.kinds) {
      const candidates = model.timeline.filter((e) => e.at && e.kind === kind);
      entry = rule.pick === 'first' ? candidates[0] : candidates[candidates.length - 1];
      if (entry) break;
    }
    if (entry?.at)
      out[key] = { at: entry.at, ...(entry.zone ? { zone: entry.zone } : {}), source: 'timeline' };
  }
  if (!out.impactStarted || !out.resolved) {
    const range = summaryRange(model);
    if (range) {
      out.impactStarted ??= { ...range.start, source: 'summary' };
      out.resolved ??= { ...range.end, source: 'summary' };
    }
  }
  return out;
}

/** Minutes from impact start to resolution, else the stated duration. */
export function incidentDuration(
  model: Postmortem,
  times = deriveIncidentTimes(model),
): number | undefined {
  if (times.impactStarted && times.resolved) {
    const minutes = minutesBetween(times.impactStarted.at, times.resolved.at);
    if (minutes !== undefined && minutes >= 0) return minutes;
  }
  return model.durationMinutes;
}

const RANGE_WORDS = /\b(?:from|between|to|until|till|and|through)\b|[–—-]/i;

function summaryRange(model: Postmortem): { start: Instant; end: Instant } | undefined {
  const summary = model.sections.find((s) => s.kind === 'summary' && s.body.trim() !== '');
  if (!summary || !model.date) return undefined;
  for (const paragraph of summary.body.split(/\n\s*\n/).slice(0, 4)) {
    const sentence = firstSentence(paragraph) ?? '';
    const times = findTimes(sentence).filter((t) => t.clock);
    const [a, b] = times;
    if (!a?.clock || !b?.clock || !RANGE_WORDS.test(sentence.slice(a.index + a.length, b.index)))
      continue;
    const zone = b.zone ?? a.zone ?? (model.timezone ? zoneFromId(model.timezone) : undefined);
    const dateOf = (t: typeof a) =>
      t.date?.year !== undefined
        ? formatDate({ year: t.date.year, month: t.date.month, day: t.date.day })
        : (model.date as string);
    const start = toInstant(dateOf(a), a.clock, a.zone ?? zone);
    let end = toInstant(dateOf(b), b.clock, b.zone ?? zone);
    const gap = minutesBetween(start, end);
    if (gap !== undefined && gap < 0 && !b.date) {
      // "from 11:30 PM to 1:10 AM": the end is on the next day.
      const next = new Date(`${dateOf(b)}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      end = toInstant(next.toISOString().slice(0, 10), b.clock, b.zone ?? zone);
    }
    const zoneId = (b.zone ?? a.zone ?? zone)?.id;
    return {
      start: { at: start, ...(zoneId ? { zone: zoneId } : {}) },
      end: { at: end, ...(zoneId ? { zone: zoneId } : {}) },
    };
  }
  return undefined;
}
