import type { Severity } from '@hindsight/core';
import { METRIC_NAMES, aggregateRecords } from '@hindsight/core/metrics';
import type {
  ActionItemStats,
  AggregateStats,
  FactorTrends,
  GroupBy,
  IncidentInsights,
  IncidentMetric,
  IncidentRef,
  LabelCount,
  MetricName,
  MetricStats,
  MonthCount,
  SeverityMix,
} from '@hindsight/core/metrics';
import { displayPath } from '../display-path.js';
import type { UnreadableFile } from './load-postmortems.js';

/** Version of the `hindsight stats --json` output; bumped only on incompatible changes. */
export const STATS_REPORT_VERSION = 1;

/** A postmortem named in the report: its file, title and day. */
export interface FileRef {
  file: string;
  title: string;
  day: string | null;
}

/** Statistics of a set of incidents, as the report gives them (minutes rounded). */
export interface ReportStats {
  count: number;
  metrics: Record<MetricName, MetricStats>;
  severity: SeverityMix;
  perMonth: MonthCount[];
  undated: number;
  services: LabelCount[];
  teams: LabelCount[];
}

/** The median of each metric over one month's incidents. */
export interface MonthTrend {
  month: string;
  metrics: Record<MetricName, { n: number; median: number | null }>;
}

export interface ReportMetric {
  minutes: number | null;
  basis?: 'moments' | 'stated-duration';
  reason?: IncidentMetric['reason'];
  from: ReportEndpoint;
  to: ReportEndpoint;
}

export interface ReportEndpoint {
  moment: string;
  at: string | null;
  source: string | null;
}

/** The stable JSON form of `hindsight stats`, documented in docs/metrics.md. */
export interface StatsReport extends ReportStats {
  version: typeof STATS_REPORT_VERSION;
  today: string;
  groupBy: GroupBy | null;
  files: { read: number; unreadable: { file: string; reason: string }[] };
  groups: (ReportStats & { key: string | null })[] | null;
  trend: MonthTrend[];
  factors: FactorTrends;
  recurringRootCauses: {
    label: string[];
    minSimilarity: number;
    members: (FileRef & { cause: string })[];
  }[];
  actionItems: Omit<ActionItemStats, 'overdueItems' | 'completionRate'> & {
    completionRate: number | null;
    overdueItems: {
      incident: FileRef;
      title: string;
      due: string;
      owner: string | null;
      daysOverdue: number;
    }[];
  };
  recurrences: { incident: FileRef; earlier: FileRef; similarity: number; doneItems: number }[];
  incidents: (FileRef & {
    severity: Severity | null;
    services: string[];
    teams: string[];
    metrics: Record<MetricName, ReportMetric>;
  })[];
}

export interface StatsReportInput {
  insights: IncidentInsights;
  /** Absolute path of each postmortem, by its position. */
  paths: readonly string[];
  unreadable: readonly UnreadableFile[];
  today: string;
  groupBy?: GroupBy;
  cwd: string;
}

/**
 * The report of `hindsight stats --json` (and the numbers behind the table and the HTML
 * page). Postmortems are named by file, relative to the working folder; minutes are rounded
 * to hundredths, similarities and rates to thousandths, so that the output is stable and
 * readable.
 */
export function buildStatsReport(input: StatsReportInput): StatsReport {
  const { insights, cwd } = input;
  const fileOf = (index: number): string => displayPath(input.paths[index] ?? '', cwd);
  const ref = (r: IncidentRef): FileRef => ({
    file: fileOf(r.index),
    title: r.title,
    day: r.day ?? null,
  });
  const { aggregate, actionItems } = insights;
  return {
    version: STATS_REPORT_VERSION,
    today: input.today,
    groupBy: input.groupBy ?? null,
    files: {
      read: input.paths.length,
      unreadable: input.unreadable.map((u) => ({
        file: displayPath(u.path, cwd),
        reason: u.reason,
      })),
    },
    ...reportStats(aggregate),
    groups: aggregate.groups?.map((g) => ({ key: g.key, ...reportStats(g) })) ?? null,
    trend: monthTrend(insights),
    factors: insights.factors,
    recurringRootCauses: insights.recurringRootCauses.map((c) => ({
      label: c.label,
      minSimilarity: round(c.minSimilarity, 3),
      members: c.members.map((m) => ({ ...ref(m), cause: m.cause })),
    })),
    actionItems: {
      ...actionItems,
      completionRate:
        actionItems.completionRate === null ? null : round(actionItems.completionRate, 3),
      overdueItems: actionItems.overdueItems.map((o) => ({
        incident: ref(o.incident),
        title: o.title,
        due: o.due,
        owner: o.owner ?? null,
        daysOverdue: o.daysOverdue,
      })),
    },
    recurrences: insights.recurrences.map((r) => ({
      incident: ref(r.incident),
      earlier: ref(r.earlier),
      similarity: round(r.similarity, 3),
      doneItems: r.doneItems,
    })),
    incidents: insights.incidents.map((r) => ({
      file: fileOf(r.index),
      title: r.title,
      day: r.day ?? null,
      severity: r.severity ?? null,
      services: [...r.services],
      teams: [...r.teams],
      metrics: mapMetrics((name) => reportMetric(r.metrics[name])),
    })),
  };
}

function reportStats(stats: AggregateStats): ReportStats {
  return {
    count: stats.count,
    metrics: mapMetrics((name) => roundStats(stats.metrics[name])),
    severity: stats.severity,
    perMonth: stats.perMonth,
    undated: stats.undated,
    services: stats.services,
    teams: stats.teams,
  };
}

function monthTrend(insights: IncidentInsights): MonthTrend[] {
  const months = aggregateRecords(insights.incidents, { groupBy: 'month' }).groups ?? [];
  return months
    .filter((g): g is typeof g & { key: string } => g.key !== null)
    .map((g) => ({
      month: g.key,
      metrics: mapMetrics((name) => {
        const { n, median } = g.metrics[name];
        return { n, median: median === null ? null : round(median, 2) };
      }),
    }));
}

function roundStats(stats: MetricStats): MetricStats {
  const r = (v: number | null): number | null => (v === null ? null : round(v, 2));
  return {
    n: stats.n,
    mean: r(stats.mean),
    median: r(stats.median),
    p90: r(stats.p90),
    min: r(stats.min),
    max: r(stats.max),
    missing: stats.missing,
  };
}

function reportMetric(metric: IncidentMetric): ReportMetric {
  const end = (e: IncidentMetric['from']): ReportEndpoint => ({
    moment: e.moment,
    at: e.at ?? null,
    source: e.source ?? null,
  });
  return {
    minutes: metric.minutes === null ? null : round(metric.minutes, 2),
    ...(metric.basis ? { basis: metric.basis } : {}),
    ...(metric.reason ? { reason: metric.reason } : {}),
    from: end(metric.from),
    to: end(metric.to),
  };
}

function mapMetrics<T>(f: (name: MetricName) => T): Record<MetricName, T> {
  const out = {} as Record<MetricName, T>;
  for (const name of METRIC_NAMES) out[name] = f(name);
  return out;
}

/** Rounds half away from zero to `digits` decimals; -0 becomes 0. */
export function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * scale)) / scale;
  return rounded === 0 ? 0 : rounded;
}
