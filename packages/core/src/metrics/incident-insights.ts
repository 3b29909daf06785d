import type { Postmortem } from '../model/index.js';
import { actionItemStatsOf } from './action-item-stats.js';
import type { ActionItemStats } from './action-item-stats.js';
import { aggregateRecords } from './aggregate.js';
import type { Aggregate, GroupBy } from './aggregate.js';
import { factorTrendsOf } from './factor-trends.js';
import type { FactorTrends } from './factor-trends.js';
import type { IncidentRecord } from './incident-record.js';
import { insightRecord } from './insight-record.js';
import type { InsightRecord } from './insight-record.js';
import { recurrencesAfterDone } from './recurrences.js';
import type { Recurrence } from './recurrences.js';
import { clusterRootCauses } from './root-cause-clusters.js';
import type { RootCauseCluster } from './root-cause-clusters.js';
import { buildCauseIndex } from './root-cause-index.js';
import type { CauseSource } from './root-cause-index.js';

export interface IncidentInsightsOptions {
  /** `YYYY-MM-DD`: the day overdue items and ages are measured against. */
  today: string;
  groupBy?: GroupBy;
  /** Cosine similarity for two causes to count as one (default 0.35). */
  rootCauseThreshold?: number;
}

/** Everything `hindsight stats` reports about a set of postmortems. */
export interface IncidentInsights {
  /** Per-incident records, in input order. */
  incidents: IncidentRecord[];
  aggregate: Aggregate;
  factors: FactorTrends;
  recurringRootCauses: RootCauseCluster[];
  actionItems: ActionItemStats;
  recurrences: Recurrence[];
}

/**
 * Derives the metrics, aggregates and lessons of a set of postmortems in one pass: incident
 * times, days, cause vectors and clusters are computed once and shared by every part.
 */
export function incidentInsights(
  models: readonly Postmortem[],
  options: IncidentInsightsOptions,
): IncidentInsights {
  return insightsOf(models.map(insightRecord), options);
}

/** {@link incidentInsights} from insight records derived already (by a server, at write time). */
export function insightsOf(
  records: readonly InsightRecord[],
  options: IncidentInsightsOptions,
): IncidentInsights {
  const days = records.map((r) => r.day);
  const { clusters, recurrences } = recurringCauses(records, options.rootCauseThreshold);
  return {
    incidents: records.map(({ title, day, severity, services, teams, metrics }, index) => ({
      index,
      title,
      ...(day === undefined ? {} : { day }),
      ...(severity === undefined ? {} : { severity }),
      services,
      teams,
      metrics,
    })),
    aggregate: aggregateRecords(records, options.groupBy ? { groupBy: options.groupBy } : {}),
    factors: factorTrendsOf(
      records.map((r) => r.factors),
      days,
    ),
    recurringRootCauses: clusters,
    actionItems: actionItemStatsOf(records, { today: options.today, days }),
    recurrences,
  };
}

/**
 * Recurring root causes and the incidents that recurred although their actions were done,
 * from one cause index: the clusters and the recurrences always agree.
 */
export function recurringCauses(
  sources: readonly CauseSource[],
  threshold?: number,
): { clusters: RootCauseCluster[]; recurrences: Recurrence[] } {
  const index = buildCauseIndex(sources);
  const clusters = clusterRootCauses(index, threshold === undefined ? {} : { threshold });
  return { clusters, recurrences: recurrencesAfterDone(index, clusters) };
}
