export { deriveIncidentTimes, incidentDuration } from './derive-incident-times.js';
export type {
  DerivedIncidentTimes,
  DerivedInstant,
  IncidentTimeKey,
  TimeSource,
} from './derive-incident-times.js';
export { METRIC_DEFINITIONS, METRIC_NAMES } from './metric-definitions.js';
export type { MetricDefinition, MetricName } from './metric-definitions.js';
export { METRIC_GAPS, incidentMetrics } from './incident-metrics.js';
export type {
  IncidentMetric,
  IncidentMetrics,
  MetricEndpoint,
  MetricGap,
} from './incident-metrics.js';
export { percentile } from './percentile.js';
export { emptyGaps, metricStats, metricStatsOfValues } from './metric-stats.js';
export type { MetricStats, MetricValue } from './metric-stats.js';
export { incidentDay, monthOf } from './incident-day.js';
export { incidentRecord } from './incident-record.js';
export type { IncidentRecord } from './incident-record.js';
export { GROUP_BY, aggregate, aggregateRecords } from './aggregate.js';
export { aggregateStatsOf, compareGroups, emptySeverityMix } from './aggregate-counts.js';
export type { AggregateCell, AggregateCounts, MetricValues } from './aggregate-counts.js';
export type {
  Aggregate,
  AggregateGroup,
  AggregateOptions,
  AggregateRecord,
  AggregateStats,
  GroupBy,
  LabelCount,
  MonthCount,
  SeverityMix,
} from './aggregate.js';
export type { IncidentRef } from './incident-ref.js';
export { incidentText, rootCauseText } from './incident-text.js';
export { textTerms } from './text-terms.js';
export { stemWord } from './stem-word.js';
export { buildTfIdf, cosine, dot, vectorise } from './tf-idf.js';
export type { Posting, SparseVector, TfIdf, TfIdfOptions } from './tf-idf.js';
export {
  MAX_TEXT_TERMS,
  SIMILARITY_WEIGHTS,
  buildSimilarityIndex,
  buildSimilarityIndexOf,
  similarityTerms,
} from './similarity-index.js';
export type { LabelledItem, SimilarityIndex } from './similarity-index.js';
export { similarIncidents } from './similar-incidents.js';
export type { SimilarIncident, SimilarIncidentsOptions } from './similar-incidents.js';
export { buildCauseIndex, buildRootCauseIndex } from './root-cause-index.js';
export type { CauseSource, RootCauseIndex } from './root-cause-index.js';
export { MAX_CANDIDATE_POSTING, ROOT_CAUSE_THRESHOLD, assignLeaders } from './assign-leaders.js';
export type { LeaderAssignment } from './assign-leaders.js';
export { clusterRootCauses, recurringRootCauses } from './root-cause-clusters.js';
export type { RootCauseCluster, RootCauseClusterOptions } from './root-cause-clusters.js';
export {
  FACTOR_CATEGORIES,
  factorTrends,
  factorTrendsOf,
  factorTrendsOfCounts,
  incidentFactors,
} from './factor-trends.js';
export type {
  FactorCell,
  FactorCategoryCount,
  FactorMonth,
  FactorTrends,
  IncidentFactors,
} from './factor-trends.js';
export { actionItemStats, actionItemStatsOf } from './action-item-stats.js';
export type {
  ActionItemSource,
  ActionItemStats,
  CountedMedian,
  OverdueItem,
} from './action-item-stats.js';
export { recurrencesAfterDone } from './recurrences.js';
export type { Recurrence } from './recurrences.js';
export { incidentInsights, insightsOf, recurringCauses } from './incident-insights.js';
export { insightRecord } from './insight-record.js';
export type { InsightRecord } from './insight-record.js';
export type { IncidentInsights, IncidentInsightsOptions } from './incident-insights.js';
