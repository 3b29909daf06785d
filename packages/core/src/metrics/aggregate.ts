import type { Postmortem, Severity } from '../model/index.js';
import { aggregateStatsOf, compareGroups } from './aggregate-counts.js';
import type { MetricValues } from './aggregate-counts.js';
import { incidentRecord } from './incident-record.js';
import { monthOf } from './incident-day.js';
import { METRIC_NAMES } from './metric-definitions.js';
import type { MetricName } from './metric-definitions.js';
import { metricValuesOf } from './metric-stats.js';
import type { MetricStats, MetricValue } from './metric-stats.js';

export { emptySeverityMix } from './aggregate-counts.js';

export const GROUP_BY = ['severity', 'service', 'team', 'month'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

/** Severity counts; `unknown` counts incidents without a severity. */
export type SeverityMix = Record<Severity | 'unknown', number>;

export interface MonthCount {
  /** `YYYY-MM`, in UTC. */
  month: string;
  count: number;
  severity: SeverityMix;
}

/** How many incidents name one service or team. */
export interface LabelCount {
  name: string;
  count: number;
}

/** The statistics of one set of incidents. */
export interface AggregateStats {
  count: number;
  metrics: Record<MetricName, MetricStats>;
  severity: SeverityMix;
  /** Months that had incidents, oldest first (months without any are left out). */
  perMonth: MonthCount[];
  /** Incidents whose day is not known, so that they are in no month. */
  undated: number;
  /** Services as written, by how many incidents name them, most first, then by name. */
  services: LabelCount[];
  /** Teams, counted the same way. */
  teams: LabelCount[];
}

/** One group of a grouped aggregate. `key` is null for incidents with no value to group by. */
export interface AggregateGroup extends AggregateStats {
  key: string | null;
}

export interface Aggregate extends AggregateStats {
  /** Present when grouping was asked for. */
  groupBy?: GroupBy;
  groups?: AggregateGroup[];
}

/**
 * What an aggregate reads of one incident. An {@link IncidentRecord} is one; so is a row a
 * database stored at write time, which keeps each metric's value and gap but not its sources.
 */
export interface AggregateRecord {
  day?: string | undefined;
  severity?: Severity | undefined;
  services: readonly string[];
  teams: readonly string[];
  metrics: Readonly<Record<MetricName, MetricValue>>;
}

export interface AggregateOptions {
  groupBy?: GroupBy;
}

/**
 * Aggregates any set of postmortems: the count, statistics of every metric with its
 * coverage, the severity mix, incidents per month, and optionally the same per group.
 * An incident with several services (or teams) belongs to each of their groups, so group
 * counts may add up to more than the total.
 *
 * @example
 * aggregate(models, { groupBy: 'severity' }).groups?.[0]; // { key: 'critical', count: 3, … }
 */
export function aggregate(
  models: readonly Postmortem[],
  options: AggregateOptions = {},
): Aggregate {
  return aggregateRecords(
    models.map((m, i) => incidentRecord(m, i)),
    options,
  );
}

/** {@link aggregate} over records already derived with `incidentRecord`. */
export function aggregateRecords(
  records: readonly AggregateRecord[],
  options: AggregateOptions = {},
): Aggregate {
  const stats = aggregateStats(records);
  if (!options.groupBy) return stats;
  return { ...stats, groupBy: options.groupBy, groups: groupRecords(records, options.groupBy) };
}

function aggregateStats(records: readonly AggregateRecord[]): AggregateStats {
  const metrics = {} as Record<MetricName, MetricValues>;
  for (const name of METRIC_NAMES)
    metrics[name] = metricValuesOf(records.map((r) => r.metrics[name]));
  return aggregateStatsOf({
    cells: records.map((r) => ({
      month: r.day === undefined ? null : monthOf(r.day),
      severity: r.severity ?? null,
      count: 1,
    })),
    metrics,
    services: labelCounts(records.map((r) => r.services)),
    teams: labelCounts(records.map((r) => r.teams)),
  });
}

/** How many incidents name each label, a name once per incident. */
function labelCounts(lists: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const list of lists)
    for (const name of unique(list)) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

function groupRecords(records: readonly AggregateRecord[], groupBy: GroupBy): AggregateGroup[] {
  const members = new Map<string | null, AggregateRecord[]>();
  for (const record of records) {
    for (const key of groupKeys(record, groupBy)) {
      const list = members.get(key);
      if (list) list.push(record);
      else members.set(key, [record]);
    }
  }
  const groups = [...members].map(([key, list]) => ({ key, ...aggregateStats(list) }));
  return groups.sort(compareGroups(groupBy));
}

function groupKeys(record: AggregateRecord, groupBy: GroupBy): (string | null)[] {
  switch (groupBy) {
    case 'severity':
      return [record.severity ?? null];
    case 'month':
      return [record.day === undefined ? null : monthOf(record.day)];
    case 'service':
      return record.services.length > 0 ? unique(record.services) : [null];
    case 'team':
      return record.teams.length > 0 ? unique(record.teams) : [null];
  }
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
