import type { Postmortem } from '../model/index.js';
import { deriveIncidentTimes } from './derive-incident-times.js';
import type { DerivedIncidentTimes } from './derive-incident-times.js';

const OFFSET = /(Z|[+-]\d{2}:\d{2})$/;

/**
 * The day an incident began, `YYYY-MM-DD`: the document's `date`, else the UTC day of the
 * moment impact started when that moment has a zone. A moment without a zone is not used:
 * its day is only the day somewhere, and months are counted in UTC.
 */
export function incidentDay(
  model: Postmortem,
  times: DerivedIncidentTimes = deriveIncidentTimes(model),
): string | undefined {
  if (model.date) return model.date;
  const start = times.impactStarted?.at;
  if (start === undefined || !OFFSET.test(start)) return undefined;
  const ms = Date.parse(start);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString().slice(0, 10);
}

/** The month (`YYYY-MM`) of a day from {@link incidentDay}. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}
