import type { Postmortem } from '../model/index.js';
import { actionItemStats } from './action-item-stats.js';
import type { ActionItemStats } from './action-item-stats.js';
import { aggregateRecords } from './aggregate.js';
import type { Aggregate, GroupBy } from './aggregate.js';
import { factorTrends } from './factor-trends.js';
import type { FactorTrends } from './factor-trends.js';
import { incidentRecord } from './incident-record.js';
import type { IncidentRecord } from './incident-record.js';
import { recurrencesAfterDone } from './recurrences.js';
import type { Recurrence } from './recurrences.js';
import { clusterRootCauses } from './root-cause-clusters.js';
import type { RootCauseCluster } from './root-cause-clusters.js';
import { buildRootCauseIndex } from './root-cause-index.js';

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
  const incidents = models.map((m, i) => incidentRecord(m, i));
  const days = incidents.map((r) => r.day);
  const causes = buildRootCauseIndex(models);
  const clusters = clusterRootCauses(causes, {
    days,
    ...(options.rootCauseThreshold === undefined ? {} : { threshold: options.rootCauseThreshold }),
  });
  return {
    incidents,
    aggregate: aggregateRecords(incidents, options.groupBy ? { groupBy: options.groupBy } : {}),
    factors: factorTrends(models, days),
    recurringRootCauses: clusters,
    actionItems: actionItemStats(models, { today: options.today, days }),
    recurrences: recurrencesAfterDone(causes, clusters),
  };
}
