import { useEffect, useState } from 'react';
import { useApp } from '../../app/app-context.js';
import { usePageTitle } from '../../app/use-page-title.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { BarList } from './bar-list.js';
import { ChartFigure } from './chart-figure.js';
import { formatMinutes, formatMonth } from './chart-scale.js';
import type { ActionItemInsights, FactorInsights, InsightSummary } from './insights-types.js';
import { LineChart } from './line-chart.js';
import { StackedBars } from './stacked-bars.js';
import './dashboard.css';

const SEVERITIES = [
  { key: 'critical', label: 'Critical' },
  { key: 'high', label: 'High' },
  { key: 'medium', label: 'Medium' },
  { key: 'low', label: 'Low' },
  { key: 'unknown', label: 'Not set' },
] as const;

const STATUSES = [
  { key: 'done', label: 'Done', tone: 'done' },
  { key: 'in-progress', label: 'In progress', tone: 'progress' },
  { key: 'open', label: 'Open', tone: 'open' },
  { key: 'wont-do', label: "Won't do", tone: 'unknown' },
] as const;

interface Data {
  readonly summary: InsightSummary;
  readonly factors: FactorInsights;
  readonly actions: ActionItemInsights;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).replace(/-/g, ' ');

/**
 * Charts of the postmortems the reader may see (the server counts only those): incidents per
 * month by severity, time to detect and resolve per month, action-item completion, and the
 * services and contributing factors that come up most.
 */
export function DashboardPage() {
  usePageTitle('Dashboard');
  const { api } = useApp();
  const [data, setData] = useState<Data | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    const signal = controller.signal;
    Promise.all([
      api.client.get<InsightSummary>('/api/insights/summary', {
        query: { groupBy: 'month' },
        signal,
      }),
      api.client.get<FactorInsights>('/api/insights/factors', { signal }),
      api.client.get<ActionItemInsights>('/api/insights/action-items', { signal }),
    ])
      .then(([summary, factors, actions]) => setData({ summary, factors, actions }))
      .catch((caught: unknown) => {
        if (!signal.aborted) setError(caught);
      });
    return () => controller.abort();
  }, [api]);

  return (
    <>
      <div className="page-head">
        <div>
          <h1>Dashboard</h1>
          <p className="page-lede">
            Patterns across the incidents you can see: how often, how bad, how fast, and what came
            of the follow-up.
          </p>
        </div>
      </div>
      <ErrorAlert error={error} title="The figures could not be loaded" />
      {data === null && error === null && (
        <p className="empty-state" role="status">
          Loading the figures…
        </p>
      )}
      {data && <Charts data={data} />}
    </>
  );
}

function Charts({ data }: { readonly data: Data }) {
  const { summary, factors, actions } = data;
  const months = summary.perMonth.map((m) => ({ key: m.month, label: formatMonth(m.month) }));
  const byMonth = new Map((summary.groups ?? []).map((g) => [g.key, g]));
  const detect = summary.perMonth.map(
    (m) => byMonth.get(m.month)?.metrics.timeToDetect.median ?? null,
  );
  const resolve = summary.perMonth.map(
    (m) => byMonth.get(m.month)?.metrics.timeToResolve.median ?? null,
  );
  const services = summary.services.slice(0, 8);
  const topFactors = [...factors.categories]
    .filter((c) => c.incidents > 0)
    .sort((a, b) => b.incidents - a.incidents)
    .slice(0, 8);
  const statuses = STATUSES.map((s) => ({ ...s, value: actions.byStatus[s.key] ?? 0 }));
  const rate =
    actions.completionRate === null ? null : `${Math.round(actions.completionRate * 100)}%`;
  const { timeToDetect, timeToResolve } = summary.metrics;

  return (
    <>
      <ul className="dash-tiles" aria-label="Key figures">
        <li>
          <strong>{summary.count}</strong> incidents
        </li>
        <li>
          <strong>{formatMinutes(timeToDetect.median)}</strong> median time to detect
        </li>
        <li>
          <strong>{formatMinutes(timeToResolve.median)}</strong> median time to resolve
        </li>
        <li>
          <strong>{rate ?? '—'}</strong> of action items done
        </li>
        <li className={actions.overdue > 0 ? 'dash-alert' : undefined}>
          <strong>{actions.overdue}</strong> overdue
        </li>
      </ul>
      <div className="dash-grid">
        <ChartFigure
          title="Incidents per month, by severity"
          summary={
            summary.perMonth.length === 0
              ? 'No dated incidents yet.'
              : `${summary.count} incidents, drawn for the ${months.length} months that had any, from ${months[0]?.label} to ${months.at(-1)?.label}` +
                (summary.undated > 0 ? `; ${summary.undated} have no date and are not shown.` : '.')
          }
          table={{
            columns: ['Month', ...SEVERITIES.map((s) => s.label), 'All'],
            rows: summary.perMonth.map((m, i) => [
              months[i]?.label ?? m.month,
              ...SEVERITIES.map((s) => m.severity[s.key]),
              m.count,
            ]),
          }}
        >
          {(labelledBy) => (
            <StackedBars
              labelledBy={labelledBy}
              categories={months}
              series={SEVERITIES}
              values={summary.perMonth.map((m) => m.severity)}
            />
          )}
        </ChartFigure>
        <ChartFigure
          title="Time to detect and to resolve, median per month"
          summary={`Over all months: detected in ${formatMinutes(timeToDetect.median)} (${timeToDetect.n} incidents with both times), resolved in ${formatMinutes(timeToResolve.median)} (${timeToResolve.n}).`}
          table={{
            columns: ['Month', 'Time to detect', 'Time to resolve'],
            rows: summary.perMonth
              .map((m, i) => [months[i]?.label ?? m.month, detect[i] ?? null, resolve[i] ?? null])
              .filter(([, d, r]) => d !== null || r !== null)
              .map(([m, d, r]) => [
                m as string,
                formatMinutes(d as number | null),
                formatMinutes(r as number | null),
              ]),
          }}
        >
          {(labelledBy) => (
            <LineChart
              labelledBy={labelledBy}
              categories={months}
              series={[
                { key: 'detect', label: 'Time to detect', values: detect },
                { key: 'resolve', label: 'Time to resolve', values: resolve },
              ]}
            />
          )}
        </ChartFigure>
        <ChartFigure
          title="Action-item completion"
          summary={
            actions.total === 0
              ? 'No action items yet.'
              : `${rate ?? 'None'} of ${actions.total} action items are done; ${actions.overdue} are overdue.`
          }
          table={{
            columns: ['Status', 'Action items'],
            rows: actions.total === 0 ? [] : statuses.map((s) => [s.label, s.value]),
          }}
        >
          {(labelledBy) => (
            <BarList
              labelledBy={labelledBy}
              items={statuses.map((s) => ({
                key: s.key,
                label: s.label,
                value: s.value,
                tone: s.tone,
              }))}
            />
          )}
        </ChartFigure>
        <ChartFigure
          title="Services most often involved"
          summary={
            services.length === 0
              ? 'No services named yet.'
              : `The ${services.length} services named in the most incidents, most first.`
          }
          table={{
            columns: ['Service', 'Incidents'],
            rows: services.map((s) => [s.name, s.count]),
          }}
        >
          {(labelledBy) => (
            <BarList
              labelledBy={labelledBy}
              items={services.map((s) => ({ key: s.name, label: s.name, value: s.count }))}
            />
          )}
        </ChartFigure>
        <ChartFigure
          title="Contributing factors"
          summary={
            topFactors.length === 0
              ? 'No contributing factors recorded yet.'
              : 'Kinds of contributing factor, by the number of incidents they appear in.'
          }
          table={{
            columns: ['Kind of factor', 'Incidents', 'Factors'],
            rows: topFactors.map((c) => [capitalise(c.category), c.incidents, c.factors]),
          }}
        >
          {(labelledBy) => (
            <BarList
              labelledBy={labelledBy}
              items={topFactors.map((c) => ({
                key: c.category,
                label: capitalise(c.category),
                value: c.incidents,
              }))}
            />
          )}
        </ChartFigure>
      </div>
    </>
  );
}
