import type { MetricGap } from '@hindsight/core/metrics';
import type { JsonColumn } from './database.js';

/**
 * One row per postmortem with what the insights read of it (docs/metrics.md, "From the
 * database"), derived with core's `insightRecord` on every save. Aggregates read only the
 * narrow columns; the JSON columns serve the per-incident views and the analyses of causes.
 */
export interface PostmortemInsightsTable {
  postmortem_id: string;
  /** The day the incident began (`YYYY-MM-DD`), core's `incidentDay`. */
  day: string | null;
  /** Each metric in minutes, or null with its gap (`missing-input`, `negative`, `incomparable`). */
  time_to_detect: number | null;
  time_to_detect_gap: MetricGap | null;
  time_to_respond: number | null;
  time_to_respond_gap: MetricGap | null;
  time_to_mitigate: number | null;
  time_to_mitigate_gap: MetricGap | null;
  time_to_resolve: number | null;
  time_to_resolve_gap: MetricGap | null;
  duration: number | null;
  duration_gap: MetricGap | null;
  /** Every metric with its endpoints and their sources (core's `IncidentMetrics`). */
  metrics: JsonColumn;
  /** Contributing-factor categories (core's `IncidentFactors`). */
  factors: JsonColumn;
  /** The cause statement, when the postmortem states one. */
  cause: string | null;
  /** The terms similar incidents are compared on (core's `similarityTerms`), space-separated. */
  similarity_terms: string;
}
