import { SEVERITIES } from '../model/index.js';
import type { Severity } from '../model/index.js';
import type {
  AggregateGroup,
  AggregateStats,
  GroupBy,
  LabelCount,
  MonthCount,
  SeverityMix,
} from './aggregate.js';
import type { MetricGap } from './incident-metrics.js';
import { METRIC_NAMES } from './metric-definitions.js';
import type { MetricName } from './metric-definitions.js';
import { metricStatsOfValues } from './metric-stats.js';
import type { MetricStats } from './metric-stats.js';

/**
 * What the statistics of a set of incidents are made from, once counted. `aggregateRecords`
 * counts it from one record per incident; a database counts it with `GROUP BY` and reads
 * only each metric's values, so that no object is built per incident. Both end in
 * {@link aggregateStatsOf}, which is what keeps their figures equal.
 */
export interface AggregateCounts {
  /** Incidents per month (`YYYY-MM`, null when undated) and severity (null: unknown). */
  cells: Iterable<AggregateCell>;
  /** Each metric's values, in any order (sorted in place), and its gaps counted. */
  metrics: Readonly<Record<MetricName, MetricValues>>;
  /** Incidents naming each service, and each team (a name once per incident). */
  services: Iterable<readonly [string, number]>;
  teams: Iterable<readonly [string, number]>;
}

/** How many incidents had one month and one severity; a pair may come more than once. */
export interface AggregateCell {
  month: string | null;
  severity: Severity | null;
  count: number;
}

export interface MetricValues {
  values: Float64Array;
  missing: Readonly<Record<MetricGap, number>>;
}

/** The statistics of docs/metrics.md ("Aggregates") from counts. */
export function aggregateStatsOf(counts: AggregateCounts): AggregateStats {
  const metrics = {} as Record<MetricName, MetricStats>;
  for (const name of METRIC_NAMES) {
    const { values, missing } = counts.metrics[name];
    metrics[name] = metricStatsOfValues(values, missing);
  }
  const severity = emptySeverityMix();
  const months = new Map<string, MonthCount>();
  let count = 0;
  let undated = 0;
  for (const cell of counts.cells) {
    const level = cell.severity ?? 'unknown';
    count += cell.count;
    severity[level] += cell.count;
    if (cell.month === null) {
      undated += cell.count;
      continue;
    }
    let bucket = months.get(cell.month);
    if (!bucket) {
      bucket = { month: cell.month, count: 0, severity: emptySeverityMix() };
      months.set(cell.month, bucket);
    }
    bucket.count += cell.count;
    bucket.severity[level] += cell.count;
  }
  const perMonth = [...months.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
  return {
    count,
    metrics,
    severity,
    perMonth,
    undated,
    services: labelCounts(counts.services),
    teams: labelCounts(counts.teams),
  };
}

/** Most incidents first, then by name (as written, compared by code unit). */
function labelCounts(counts: Iterable<readonly [string, number]>): LabelCount[] {
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * The order groups are listed in: severities from most severe, months oldest first; services
 * and teams largest first, then by name. The group without a key always comes last.
 */
export function compareGroups(groupBy: GroupBy): (a: AggregateGroup, b: AggregateGroup) => number {
  return (a, b) => {
    if (a.key === null || b.key === null) return a.key === b.key ? 0 : a.key === null ? 1 : -1;
    if (groupBy === 'severity') {
      return SEVERITIES.indexOf(a.key as Severity) - SEVERITIES.indexOf(b.key as Severity);
    }
    if (groupBy !== 'month' && a.count !== b.count) return b.count - a.count;
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  };
}

/** A severity mix with every key present and zero. */
export function emptySeverityMix(): SeverityMix {
  return { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };
}
