import { stringify } from 'yaml';
import type { Instant, Postmortem } from '../model/index.js';

/**
 * The canonical front matter: every known key in a fixed order, empty ones included (an empty
 * key tells the parser not to guess that field from the prose), then unknown keys as kept.
 */
export function serialiseFrontMatter(model: Postmortem): string {
  const instant = (i: Instant | undefined) =>
    i ? (i.zone ? `${i.at} ${i.zone}` : i.at) : undefined;
  const compact = <T extends object>(o: T) =>
    Object.fromEntries(
      Object.entries(o).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
    );
  const incident = compact({
    impactStarted: instant(model.incident.impactStarted),
    detected: instant(model.incident.detected),
    responded: instant(model.incident.responded),
    mitigated: instant(model.incident.mitigated),
    resolved: instant(model.incident.resolved),
  });
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
    impact: compact(model.impact),
    detection: compact(model.detection),
    rootCause: compact(rootCause),
    followUp: compact(model.followUp),
    related: model.related,
    distribution: model.distribution,
  };
  for (const [key, value] of Object.entries(model.extra)) {
    // A value the parser could not accept is kept under its own key, so it is not lost.
    if (!(key in data) || data[key] === null) data[key] = value;
  }
  const yaml = stringify(data, { lineWidth: 0, nullStr: '', flowCollectionPadding: false });
  return `---\n${yaml.replace(/: $/gm, ':')}---\n`;
}
