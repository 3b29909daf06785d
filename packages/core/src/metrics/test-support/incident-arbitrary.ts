import fc from 'fast-check';
import { INCIDENT_TIME_KEYS, SEVERITIES } from '../../model/index.js';
import type { Postmortem } from '../../model/index.js';
import { buildIncident } from './build-incident.js';
import type { MomentMinutes } from './build-incident.js';

const minutes = fc.option(fc.integer({ min: -120, max: 2000 }), { nil: undefined });

/**
 * Postmortems with any mix of known, missing and contradictory moments, severities,
 * services, teams and dates (over a few months, or none): what aggregates must cope with.
 */
export const incidentArbitrary: fc.Arbitrary<Postmortem> = fc
  .record({
    moments: fc.tuple(minutes, minutes, minutes, minutes, minutes),
    severity: fc.option(fc.constantFrom(...SEVERITIES), { nil: undefined }),
    services: fc.subarray(['api', 'checkout', 'search', 'db']),
    teams: fc.subarray(['core', 'shop']),
    date: fc.option(
      fc.constantFrom('2023-12-31', '2024-01-01', '2024-01-15', '2024-02-29', '2024-03-10'),
      { nil: undefined },
    ),
    duration: fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }),
  })
  .map(({ moments, severity, services, teams, date, duration }) => {
    const stated: MomentMinutes = {};
    INCIDENT_TIME_KEYS.forEach((key, i) => {
      const value = moments[i];
      if (value !== undefined) stated[key] = value;
    });
    const model = buildIncident(stated, {
      ...(severity ? { severity } : {}),
      services,
      teams,
      ...(duration !== undefined ? { durationMinutes: duration } : {}),
    });
    if (date === undefined) {
      // Without a date the moments (written for 2024-03-01) still give a UTC day.
      return { ...model, date: undefined };
    }
    return { ...model, date };
  });
