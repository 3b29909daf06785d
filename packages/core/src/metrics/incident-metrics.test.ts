import { describe, expect, it } from 'vitest';
import { buildPostmortem } from '../model/index.js';
import type { TimelineEntry } from '../model/index.js';
import { incidentDuration } from './derive-incident-times.js';
import { incidentMetrics } from './incident-metrics.js';
import { buildIncident } from './test-support/build-incident.js';

const minutesOf = (m: ReturnType<typeof incidentMetrics>) =>
  Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v.minutes]));

describe('incidentMetrics', () => {
  it('computes every metric from the five moments', () => {
    // Impact 10:00, detected 10:07, responded 10:12, mitigated 10:45, resolved 12:30.
    const m = incidentMetrics(
      buildIncident({
        impactStarted: 600,
        detected: 607,
        responded: 612,
        mitigated: 645,
        resolved: 750,
      }),
    );
    expect(minutesOf(m)).toEqual({
      timeToDetect: 7,
      timeToRespond: 5,
      timeToMitigate: 45,
      timeToResolve: 150,
      duration: 150,
    });
    expect(m.timeToDetect).toEqual({
      minutes: 7,
      from: { moment: 'impactStarted', at: '2024-03-01T10:00:00Z', source: 'stated' },
      to: { moment: 'detected', at: '2024-03-01T10:07:00Z', source: 'stated' },
      basis: 'moments',
    });
    expect(m.timeToRespond.from.moment).toBe('detected');
    expect(m.timeToRespond.to.moment).toBe('responded');
  });

  it('says which input is missing, and keeps the one that is known', () => {
    const m = incidentMetrics(buildIncident({ impactStarted: 600, resolved: 690 }));
    expect(m.timeToDetect).toEqual({
      minutes: null,
      from: { moment: 'impactStarted', at: '2024-03-01T10:00:00Z', source: 'stated' },
      to: { moment: 'detected' },
      reason: 'missing-input',
    });
    expect(m.timeToRespond.reason).toBe('missing-input');
    expect(m.timeToMitigate.reason).toBe('missing-input');
    expect(m.timeToResolve.minutes).toBe(90);
    expect(m.duration.minutes).toBe(90);
  });

  it('reports contradictory moments as negative instead of using them', () => {
    // Detected at 09:55, five minutes before impact started; resolved before mitigated is fine.
    const m = incidentMetrics(buildIncident({ impactStarted: 600, detected: 595, responded: 590 }));
    expect(m.timeToDetect).toMatchObject({ minutes: null, reason: 'negative' });
    expect(m.timeToRespond).toMatchObject({ minutes: null, reason: 'negative' });
    expect(m.timeToDetect.from.at).toBe('2024-03-01T10:00:00Z');
    expect(m.timeToDetect.to.at).toBe('2024-03-01T09:55:00Z');
  });

  it('counts zero as a value: detected the minute impact started', () => {
    const m = incidentMetrics(buildIncident({ impactStarted: 600, detected: 600 }));
    expect(m.timeToDetect.minutes).toBe(0);
    expect(m.timeToDetect.reason).toBeUndefined();
  });

  it('cannot compare a moment with a zone to one without', () => {
    const model = buildPostmortem({
      title: 'T',
      date: '2024-03-01',
      incident: {
        impactStarted: { at: '2024-03-01T10:00:00Z', zone: 'UTC' },
        detected: { at: '2024-03-01T10:05:00' },
      },
    });
    expect(incidentMetrics(model).timeToDetect).toMatchObject({
      minutes: null,
      reason: 'incomparable',
    });
  });

  it('keeps seconds as a fraction of a minute, across zones', () => {
    const model = buildPostmortem({
      title: 'T',
      incident: {
        impactStarted: { at: '2024-03-01T10:00:00Z', zone: 'UTC' },
        detected: { at: '2024-03-01T11:00:30+01:00', zone: 'CET' },
      },
    });
    expect(incidentMetrics(model).timeToDetect.minutes).toBe(0.5);
  });

  it('falls back to the stated duration, for duration only', () => {
    const model = buildIncident({}, { durationMinutes: 42 });
    const m = incidentMetrics(model);
    expect(m.duration).toEqual({
      minutes: 42,
      from: { moment: 'impactStarted' },
      to: { moment: 'resolved' },
      basis: 'stated-duration',
    });
    expect(m.timeToResolve.reason).toBe('missing-input');
    expect(m.duration.minutes).toBe(incidentDuration(model));
  });

  it('prefers the stated duration over contradictory moments, as incidentDuration does', () => {
    const model = buildIncident({ impactStarted: 600, resolved: 500 }, { durationMinutes: 30 });
    const m = incidentMetrics(model);
    expect(m.timeToResolve.reason).toBe('negative');
    expect(m.duration).toMatchObject({ minutes: 30, basis: 'stated-duration' });
    expect(m.duration.minutes).toBe(incidentDuration(model));
  });

  it('takes moments from the timeline and names that source', () => {
    const entry = (at: string, kind: TimelineEntry['kind']): TimelineEntry => ({
      time: at.slice(11, 16),
      at,
      zone: 'UTC',
      kind,
      text: kind,
    });
    const model = buildPostmortem({
      title: 'T',
      date: '2024-03-01',
      incident: { impactStarted: { at: '2024-03-01T10:00:00Z', zone: 'UTC' } },
      timeline: [
        entry('2024-03-01T10:04:00Z', 'detection'),
        entry('2024-03-01T10:06:00Z', 'escalation'),
        entry('2024-03-01T11:00:00Z', 'resolution'),
      ],
    });
    const m = incidentMetrics(model);
    expect(m.timeToDetect).toMatchObject({
      minutes: 4,
      from: { source: 'stated' },
      to: { source: 'timeline' },
    });
    expect(m.timeToRespond.minutes).toBe(2);
    expect(m.timeToResolve.minutes).toBe(60);
  });

  it('reads a range stated in the summary', () => {
    const model = buildPostmortem({
      title: 'T',
      date: '2024-03-01',
      sections: [
        {
          kind: 'summary',
          heading: 'Summary',
          level: 2,
          body: 'Logins failed from 14:00 to 15:30 UTC.',
        },
      ],
    });
    const m = incidentMetrics(model);
    expect(m.timeToResolve).toMatchObject({
      minutes: 90,
      from: { source: 'summary' },
      to: { source: 'summary' },
    });
  });
});
