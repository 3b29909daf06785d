import { METRIC_GAPS } from './incident-metrics.js';
import type { IncidentMetric, MetricGap } from './incident-metrics.js';

/**
 * What statistics read of a metric: its value, or why it has none. Stored rows carry just
 * this, so a database aggregates the same way without the metric's endpoints.
 */
export type MetricValue = Pick<IncidentMetric, 'minutes' | 'reason'>;
import { percentile } from './percentile.js';

/** Summary statistics of one metric over a set of incidents, in minutes. */
export interface MetricStats {
  /** Coverage: how many incidents had a value. The statistics below are over these. */
  n: number;
  mean: number | null;
  median: number | null;
  /** 90th percentile, linearly interpolated (see {@link percentile}). */
  p90: number | null;
  min: number | null;
  max: number | null;
  /** How many incidents had no value, by reason; `n` plus these is the incident count. */
  missing: Record<MetricGap, number>;
}

/**
 * Statistics of one metric over incidents. Values are sorted first and summed in that
 * order, so the mean does not depend on the order the incidents came in.
 */
export function metricStats(metrics: readonly MetricValue[]): MetricStats {
  const { values, missing } = metricValuesOf(metrics);
  return metricStatsOfValues(values, missing);
}

/** The values of a metric over incidents, and its gaps counted. */
export function metricValuesOf(metrics: readonly MetricValue[]): {
  values: Float64Array;
  missing: Record<MetricGap, number>;
} {
  const values = new Float64Array(metrics.length);
  let n = 0;
  const missing = emptyGaps();
  for (const metric of metrics) {
    if (metric.minutes !== null) values[n++] = metric.minutes;
    else missing[metric.reason ?? 'missing-input']++;
  }
  return { values: values.subarray(0, n), missing };
}

/**
 * {@link metricStats} from the values alone, in any order, and the gaps already counted: a
 * database counts the gaps in SQL and hands over one numeric column. Sorts `values` in place
 * (a typed array sorts numerically, as `metricStats` always has).
 */
export function metricStatsOfValues(
  values: Float64Array,
  missing: Readonly<Record<MetricGap, number>>,
): MetricStats {
  values.sort();
  const n = values.length;
  const gaps = { ...missing };
  if (n === 0)
    return { n, mean: null, median: null, p90: null, min: null, max: null, missing: gaps };
  const min = values[0] as number;
  const max = values[n - 1] as number;
  let sum = 0;
  for (const v of values) sum += v;
  return {
    n,
    // Clamped because a sum of many equal fractions can round a hair past them.
    mean: Math.min(max, Math.max(min, sum / n)),
    median: percentile(values, 0.5) ?? null,
    p90: percentile(values, 0.9) ?? null,
    min,
    max,
    missing: gaps,
  };
}

/** Every gap, counted zero. */
export function emptyGaps(): Record<MetricGap, number> {
  const gaps = {} as Record<MetricGap, number>;
  for (const gap of METRIC_GAPS) gaps[gap] = 0;
  return gaps;
}
