export { deriveIncidentTimes, incidentDuration } from './derive-incident-times.js';
export type {
  DerivedIncidentTimes,
  DerivedInstant,
  IncidentTimeKey,
  TimeSource,
} from './derive-incident-times.js';
