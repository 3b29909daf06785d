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
  const values: number[] = [];
  const missing = emptyGaps();
  for (const metric of metrics) {
    if (metric.minutes !== null) values.push(metric.minutes);
    else missing[metric.reason ?? 'missing-input']++;
  }
  values.sort((a, b) => a - b);
  const n = values.length;
  if (n === 0) return { n, mean: null, median: null, p90: null, min: null, max: null, missing };
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
    missing,
  };
}

function emptyGaps(): Record<MetricGap, number> {
  const gaps = {} as Record<MetricGap, number>;
  for (const gap of METRIC_GAPS) gaps[gap] = 0;
  return gaps;
}
