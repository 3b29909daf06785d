import type { IncidentTimeKey } from './derive-incident-times.js';

/** The per-incident metrics, in the order reports list them. */
export const METRIC_NAMES = [
  'timeToDetect',
  'timeToRespond',
  'timeToMitigate',
  'timeToResolve',
  'duration',
] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

/** A metric as the difference of two incident moments: `to − from`. */
export interface MetricDefinition {
  from: IncidentTimeKey;
  to: IncidentTimeKey;
  /** How reports name it. */
  label: string;
}

/**
 * The definitions behind every metric (docs/metrics.md explains them). Time to resolve and
 * duration share their moments; duration alone may fall back to the duration a document
 * states, which is why it is a metric of its own.
 */
export const METRIC_DEFINITIONS: Readonly<Record<MetricName, MetricDefinition>> = {
  timeToDetect: { from: 'impactStarted', to: 'detected', label: 'Time to detect' },
  timeToRespond: { from: 'detected', to: 'responded', label: 'Time to respond' },
  timeToMitigate: { from: 'impactStarted', to: 'mitigated', label: 'Time to mitigate' },
  timeToResolve: { from: 'impactStarted', to: 'resolved', label: 'Time to resolve' },
  duration: { from: 'impactStarted', to: 'resolved', label: 'Duration' },
};
