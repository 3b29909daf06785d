/**
 * The /api/insights answers the dashboard draws: the server's own types, derived from its zod
 * schemas (`@hindsight/server/api-types`), imported as types only.
 */
import type { InsightSummary } from '@hindsight/server/api-types';

export type {
  ActionItemInsights,
  FactorInsights,
  InsightSummary,
} from '@hindsight/server/api-types';

/** The figures of one set of incidents: the whole summary, or one of its groups. */
export type InsightStats = Omit<InsightSummary, 'groupBy' | 'groups'>;
/** Incidents by severity; an object type, so the charts take it as `Record<string, number>`. */
export type SeverityMix = InsightStats['severity'];
export type MetricStats = InsightStats['metrics']['timeToDetect'];
