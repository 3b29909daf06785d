import { CORE_SCHEMA, dump } from 'js-yaml';
import {
  INCIDENT_TIME_KEYS,
  detectionSchema,
  followUpSchema,
  impactSchema,
  rootCauseSchema,
} from '../model/index.js';
import type { Instant, Postmortem } from '../model/index.js';

/**
 * The canonical front matter: every known key in a fixed order, empty ones included (an empty
 * key tells the parser not to guess that field from the prose), then unknown keys as kept.
 */
export function serialiseFrontMatter(model: Postmortem): string {
  const instant = (i: Instant | undefined) =>
    i ? (i.zone ? `${i.at} ${i.zone}` : i.at) : undefined;
  // Keys in the schema's order, not the object's, so that the same model always writes the same bytes.
  const compact = <T extends object>(o: T, order: readonly string[]) =>
    Object.fromEntries(
      order
        .map((k): [string, unknown] => [k, (o as Record<string, unknown>)[k]])
        .filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
    );
  const incident = compact(
    {
      impactStarted: instant(model.incident.impactStarted),
      detected: instant(model.incident.detected),
      responded: instant(model.incident.responded),
      mitigated: instant(model.incident.mitigated),
      resolved: instant(model.incident.resolved),
    },
    INCIDENT_TIME_KEYS,
  );
  const { contributingFactors: _f, whys: _w, ...rootCause } = model.rootCause;
  const data: Record<string, unknown> = {
    title: model.title,
    ...(model.slug ? { slug: model.slug } : {}),
    date: model.date ?? null,
    severity: model.severity ?? null,
    status: model.status,
    visibility: model.visibility,
    authors: model.authors,
    reviewers: model.reviewers,
    published: model.published ?? null,
    services: model.services,
    teams: model.teams,
    tags: model.tags,
    template: model.template ?? null,
    timezone: model.timezone ?? null,
    durationMinutes: model.durationMinutes ?? null,
    incident,
    impact: compact(model.impact, Object.keys(impactSchema.shape)),
    detection: compact(model.detection, Object.keys(detectionSchema.shape)),
    rootCause: compact(rootCause, Object.keys(rootCauseSchema.shape)),
    followUp: compact(model.followUp, Object.keys(followUpSchema.shape)),
    related: model.related,
    distribution: model.distribution,
  };
  for (const [key, value] of Object.entries(model.extra)) {
    // A value the parser could not accept is kept under its own key, so it is not lost.
    if (!(key in data) || data[key] === null) data[key] = value;
  }
  const yaml = dump(data, { schema: CORE_SCHEMA, lineWidth: -1, noRefs: true });
  // An empty key reads better than `null` and means the same.
  return `---\n${yaml.replace(/: null$/gm, ':')}---\n`;
}
