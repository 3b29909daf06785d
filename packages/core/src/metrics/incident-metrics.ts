import type { Postmortem } from '../model/index.js';
import { minutesBetween } from '../time/index.js';
import { deriveIncidentTimes } from './derive-incident-times.js';
import type { DerivedIncidentTimes, IncidentTimeKey, TimeSource } from './derive-incident-times.js';
import { METRIC_DEFINITIONS, METRIC_NAMES } from './metric-definitions.js';
import type { MetricName } from './metric-definitions.js';

/**
 * Why a metric has no value:
 * - `missing-input`: one of its two moments is not known;
 * - `negative`: the later moment is written before the earlier one (detected before impact
 *   started, say). Such contradictions are reported rather than used, since a negative time
 *   to detect would pull every mean down without anyone noticing;
 * - `incomparable`: one moment has a time zone and the other does not, so their distance
 *   in minutes cannot be known.
 */
export type MetricGap = 'missing-input' | 'negative' | 'incomparable';
export const METRIC_GAPS = [
  'missing-input',
  'negative',
  'incomparable',
] as const satisfies readonly MetricGap[];

/** One of a metric's two moments: which it is, and, when known, its instant and source. */
export interface MetricEndpoint {
  moment: IncidentTimeKey;
  at?: string;
  source?: TimeSource;
}

/** A metric of one incident, with what it was computed from. */
export interface IncidentMetric {
  /** Minutes (may have a fraction), or null when it cannot be computed; see `reason`. */
  minutes: number | null;
  from: MetricEndpoint;
  to: MetricEndpoint;
  /**
   * What the value rests on: the two moments, or (duration only) the duration the document
   * states. Absent when there is no value.
   */
  basis?: 'moments' | 'stated-duration';
  /** Present exactly when `minutes` is null. */
  reason?: MetricGap;
}

export type IncidentMetrics = Record<MetricName, IncidentMetric>;

/**
 * Every per-incident metric of a postmortem, each with the sources of its inputs. Pass the
 * times when they are already derived, to avoid deriving them twice.
 *
 * @example
 * const m = incidentMetrics(model);
 * m.timeToDetect; // { minutes: 5, from: { moment: 'impactStarted', at: '…', source: 'timeline' }, … }
 */
export function incidentMetrics(
  model: Postmortem,
  times: DerivedIncidentTimes = deriveIncidentTimes(model),
): IncidentMetrics {
  const out = {} as IncidentMetrics;
  for (const name of METRIC_NAMES) out[name] = metricFromMoments(name, times);
  const duration = out.duration;
  if (duration.minutes === null && model.durationMinutes !== undefined) {
    // The only metric a document may state directly ("Duration: 2 hours").
    out.duration = {
      from: duration.from,
      to: duration.to,
      minutes: model.durationMinutes,
      basis: 'stated-duration',
    };
  }
  return out;
}

function metricFromMoments(name: MetricName, times: DerivedIncidentTimes): IncidentMetric {
  const { from: fromKey, to: toKey } = METRIC_DEFINITIONS[name];
  const from = endpoint(fromKey, times);
  const to = endpoint(toKey, times);
  if (from.at === undefined || to.at === undefined) {
    return { minutes: null, from, to, reason: 'missing-input' };
  }
  const minutes = minutesBetween(from.at, to.at);
  if (minutes === undefined) return { minutes: null, from, to, reason: 'incomparable' };
  if (minutes < 0) return { minutes: null, from, to, reason: 'negative' };
  return { minutes, from, to, basis: 'moments' };
}

function endpoint(moment: IncidentTimeKey, times: DerivedIncidentTimes): MetricEndpoint {
  const instant = times[moment];
  return instant ? { moment, at: instant.at, source: instant.source } : { moment };
}
