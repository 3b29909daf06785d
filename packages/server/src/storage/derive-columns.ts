import type { Postmortem, Severity } from '@hindsight/core';
import { deriveIncidentTimes, incidentMetrics } from '@hindsight/core/metrics';
import type { DerivedIncidentTimes, IncidentTimeKey } from '@hindsight/core/metrics';
import type { LabelKind, PostmortemsTable } from './database.js';
import { toUtcTimestamp } from './utc-timestamp.js';

/** The columns of a `postmortems` row that are computed from its model. */
export type DerivedColumns = Pick<
  PostmortemsTable,
  | 'title'
  | 'title_key'
  | 'status'
  | 'severity'
  | 'severity_rank'
  | 'visibility'
  | 'date'
  | 'date_key'
  | 'timezone'
  | 'template'
  | 'impact_started_at'
  | 'detected_at'
  | 'responded_at'
  | 'mitigated_at'
  | 'resolved_at'
  | 'duration_minutes'
  | 'minutes_to_detect'
  | 'minutes_to_respond'
  | 'minutes_to_mitigate'
  | 'follow_up_date'
> & { services: string; teams: string; tags: string; authors: string };

const SEVERITY_RANK: Record<Severity, number> = { critical: 1, high: 2, medium: 3, low: 4 };
/** Rank of an unknown severity: after every known one. */
export const UNKNOWN_SEVERITY_RANK = 5;

/**
 * The list, filter and metric columns of a postmortem, derived from its (normalised) model
 * with core's definitions, so that lists and metrics never disagree with the document.
 */
export function deriveColumns(model: Postmortem): DerivedColumns {
  const times = deriveIncidentTimes(model);
  // Core's definitions (docs/metrics.md), so that a row never disagrees with `hindsight stats`.
  const metrics = incidentMetrics(model, times);
  return {
    title: model.title,
    title_key: model.title.toLowerCase(),
    status: model.status,
    severity: model.severity ?? null,
    severity_rank: model.severity ? SEVERITY_RANK[model.severity] : UNKNOWN_SEVERITY_RANK,
    visibility: model.visibility,
    date: model.date ?? null,
    date_key: model.date ?? '',
    timezone: model.timezone ?? null,
    template: model.template ?? null,
    impact_started_at: instant(times, 'impactStarted'),
    detected_at: instant(times, 'detected'),
    responded_at: instant(times, 'responded'),
    mitigated_at: instant(times, 'mitigated'),
    resolved_at: instant(times, 'resolved'),
    duration_minutes: metrics.duration.minutes,
    minutes_to_detect: metrics.timeToDetect.minutes,
    minutes_to_respond: metrics.timeToRespond.minutes,
    minutes_to_mitigate: metrics.timeToMitigate.minutes,
    follow_up_date: model.followUp.reviewDate ?? null,
    services: JSON.stringify(model.services),
    teams: JSON.stringify(model.teams),
    tags: JSON.stringify(model.tags),
    authors: JSON.stringify(model.authors),
  };
}

/**
 * The label rows that filters and the access check use: services, teams, tags, authors,
 * reviewers and readers (the distribution list), without repeats.
 */
export function deriveLabels(model: Postmortem): { kind: LabelKind; value: string }[] {
  const out: { kind: LabelKind; value: string }[] = [];
  const add = (kind: LabelKind, values: readonly string[]): void => {
    for (const value of new Set(values)) out.push({ kind, value });
  };
  add('service', model.services);
  add('team', model.teams);
  add('tag', model.tags);
  add('author', model.authors);
  add('reviewer', model.reviewers);
  add('reader', model.distribution);
  return out;
}

function instant(times: DerivedIncidentTimes, key: IncidentTimeKey): string | null {
  const at = times[key]?.at;
  return at === undefined ? null : (toUtcTimestamp(at) ?? null);
}
