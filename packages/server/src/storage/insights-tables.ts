import type { FactorCategory, Severity } from '@hindsight/core';
import type { Generated } from 'kysely';
import type { MetricGap } from '@hindsight/core/metrics';
import type { JsonColumn } from './database.js';

/**
 * One narrow row per postmortem with what the aggregates read of it (docs/metrics.md, "From
 * the database"), derived with core's `insightRecord` on every save. Kept narrow on purpose:
 * a summary reads every row of the set, and the fewer bytes a row has, the more rows a page
 * holds. The wide facts are in {@link PostmortemInsightTextsTable}.
 */
export interface PostmortemInsightsTable {
  postmortem_id: string;
  /** The day the incident began (`YYYY-MM-DD`), core's `incidentDay`. */
  day: string | null;
  severity: Severity | null;
  /** JSON arrays of names, as in the model. */
  services: JsonColumn;
  teams: JsonColumn;
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
  /** Contributing-factor categories (core's `IncidentFactors`). */
  factors: JsonColumn;
  /** `YYYY-MM` of `day` (core's `monthOf`), null when undated (migration 0009). */
  month: string | null;
  /** How many of its factors had their category inferred (migration 0009). */
  factors_inferred: Generated<number>;
  /** 1 when its one factor is its cause statement, for want of a factors list, else 0. */
  factors_from_cause: Generated<number>;
}

/**
 * One row per contributing-factor category of a postmortem (migration 0009), with how many of
 * its factors are of that category, and its month again so that factor trends per month read
 * this table alone. Written with the postmortem's other insights rows.
 */
export interface PostmortemInsightFactorsTable {
  postmortem_id: string;
  category: FactorCategory;
  factors: number;
  /** The postmortem's `postmortem_insights.month`. */
  month: string | null;
}

/** The wide facts of a postmortem's insights, read by the per-incident and text analyses. */
export interface PostmortemInsightTextsTable {
  postmortem_id: string;
  /** Every metric with its endpoints and their sources (core's `IncidentMetrics`). */
  metrics: JsonColumn;
  /** The cause statement, when the postmortem states one. */
  cause: string | null;
  /** The terms similar incidents are compared on (core's `similarityTerms`), space-separated. */
  similarity_terms: string;
}
