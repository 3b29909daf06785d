import { z } from 'zod';
import { dateTimeSchema, zoneIdSchema } from './primitives.js';

/**
 * A moment of the incident as it was written: the date-time (with its offset when the zone is
 * known) and the zone it was written in, so that it can be shown back in that zone.
 */
export const instantSchema = z
  .object({
    at: dateTimeSchema,
    zone: zoneIdSchema.optional(),
  })
  .strict();
export type Instant = z.infer<typeof instantSchema>;

/** The five moments every incident metric is derived from. */
export const incidentTimesSchema = z
  .object({
    impactStarted: instantSchema.optional(),
    detected: instantSchema.optional(),
    responded: instantSchema.optional(),
    mitigated: instantSchema.optional(),
    resolved: instantSchema.optional(),
  })
  .strict();
export type IncidentTimes = z.infer<typeof incidentTimesSchema>;
export const INCIDENT_TIME_KEYS = [
  'impactStarted',
  'detected',
  'responded',
  'mitigated',
  'resolved',
] as const satisfies readonly (keyof IncidentTimes)[];
