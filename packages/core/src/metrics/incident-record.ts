import type { Postmortem, Severity } from '../model/index.js';
import { deriveIncidentTimes } from './derive-incident-times.js';
import type { DerivedIncidentTimes } from './derive-incident-times.js';
import { incidentMetrics } from './incident-metrics.js';
import type { IncidentMetrics } from './incident-metrics.js';
import { incidentDay } from './incident-day.js';

/**
 * What the aggregates need of one postmortem, derived once: reports over thousands of files
 * (and, later, rows stored in a database) are aggregated from these without re-deriving
 * incident times.
 */
export interface IncidentRecord {
  /** Position of the postmortem in the list it came from, so results can point back to it. */
  index: number;
  title: string;
  /** The day the incident began (`YYYY-MM-DD`), when known; see {@link incidentDay}. */
  day?: string;
  severity?: Severity;
  services: readonly string[];
  teams: readonly string[];
  metrics: IncidentMetrics;
}

/** The record of one postmortem; `index` is its position in the caller's list. */
export function incidentRecord(model: Postmortem, index: number): IncidentRecord {
  const times: DerivedIncidentTimes = deriveIncidentTimes(model);
  const day = incidentDay(model, times);
  return {
    index,
    title: model.title,
    ...(day ? { day } : {}),
    ...(model.severity ? { severity: model.severity } : {}),
    services: model.services,
    teams: model.teams,
    metrics: incidentMetrics(model, times),
  };
}
