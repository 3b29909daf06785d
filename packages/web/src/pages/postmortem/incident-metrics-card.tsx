import type { Postmortem } from '@hindsight/core';
import { METRIC_DEFINITIONS, METRIC_NAMES, incidentMetrics } from '@hindsight/core/metrics';
import { formatDuration } from '@hindsight/core/time';

const GAP_TEXT: Readonly<Record<string, string>> = {
  'missing-input': 'the document does not give a time these need',
  negative: 'the times are out of order',
  incomparable: 'the times cannot be compared',
};

/** Time to detect, respond, mitigate and resolve, computed by core from the document. */
export function IncidentMetricsCard({ model }: { readonly model: Postmortem }) {
  const metrics = incidentMetrics(model);
  const gaps = new Set(
    METRIC_NAMES.flatMap((name) => (metrics[name].minutes === null ? [metrics[name].reason] : [])),
  );
  return (
    <section className="card side-card" aria-labelledby="metrics-heading">
      <h2 id="metrics-heading">Incident metrics</h2>
      <dl className="metric-list">
        {METRIC_NAMES.map((name) => {
          const metric = metrics[name];
          return (
            <div key={name}>
              <dt>{METRIC_DEFINITIONS[name].label}</dt>
              <dd>
                {metric.minutes === null ? (
                  <span className="muted">Not known</span>
                ) : (
                  formatDuration(Math.round(metric.minutes))
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      {gaps.size > 0 && (
        <p className="metric-note muted">
          Not known: {[...gaps].map((g) => GAP_TEXT[g ?? ''] ?? 'no data').join('; ')}.
        </p>
      )}
    </section>
  );
}
