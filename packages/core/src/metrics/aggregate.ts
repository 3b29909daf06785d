import { SEVERITIES } from '../model/index.js';
import type { Postmortem, Severity } from '../model/index.js';
import { incidentRecord } from './incident-record.js';
import { monthOf } from './incident-day.js';
import { METRIC_NAMES } from './metric-definitions.js';
import type { MetricName } from './metric-definitions.js';
import { metricStats } from './metric-stats.js';
import type { MetricStats, MetricValue } from './metric-stats.js';

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
  const metrics = {} as Record<MetricName, MetricStats>;
  for (const name of METRIC_NAMES) metrics[name] = metricStats(records.map((r) => r.metrics[name]));
  const severity = emptySeverityMix();
  const months = new Map<string, MonthCount>();
  let undated = 0;
  for (const record of records) {
    const level = record.severity ?? 'unknown';
    severity[level]++;
    if (record.day === undefined) {
      undated++;
      continue;
    }
    const month = monthOf(record.day);
    let bucket = months.get(month);
    if (!bucket) {
      bucket = { month, count: 0, severity: emptySeverityMix() };
      months.set(month, bucket);
    }
    bucket.count++;
    bucket.severity[level]++;
  }
  const perMonth = [...months.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
  return {
    count: records.length,
    metrics,
    severity,
    perMonth,
    undated,
    services: labelCounts(records.map((r) => r.services)),
    teams: labelCounts(records.map((r) => r.teams)),
  };
}

function labelCounts(lists: readonly (readonly string[])[]): LabelCount[] {
  const counts = new Map<string, number>();
  for (const list of lists)
    for (const name of unique(list)) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
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
  return groups.sort(groupOrder(groupBy));
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

/**
 * Severities from most severe, months oldest first; services and teams largest first, then
 * by name. The group without a key always comes last.
 */
function groupOrder(groupBy: GroupBy): (a: AggregateGroup, b: AggregateGroup) => number {
  return (a, b) => {
    if (a.key === null || b.key === null) return a.key === b.key ? 0 : a.key === null ? 1 : -1;
    if (groupBy === 'severity') {
      return SEVERITIES.indexOf(a.key as Severity) - SEVERITIES.indexOf(b.key as Severity);
    }
    if (groupBy !== 'month' && a.count !== b.count) return b.count - a.count;
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** A severity mix with every key present and zero. */
export function emptySeverityMix(): SeverityMix {
  return { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };
}
