import { describe, expect, it } from 'vitest';
import { buildPostmortem } from '../model/index.js';
import type { PostmortemInput, TimelineEntry } from '../model/index.js';
import { deriveIncidentTimes, incidentDuration } from './derive-incident-times.js';

const entry = (at: string, kind: TimelineEntry['kind']): TimelineEntry => ({
  time: at.slice(11, 16),
  at,
  zone: 'UTC',
  kind,
  text: kind,
});
const pm = (input: Partial<PostmortemInput>) =>
  buildPostmortem({ title: 'T', date: '2024-03-01', ...input });

describe('deriveIncidentTimes', () => {
  it('prefers stated times, then timeline kinds', () => {
    const times = deriveIncidentTimes(
      pm({
        incident: { detected: { at: '2024-03-01T10:02:00Z', zone: 'UTC' } },
        timeline: [
          entry('2024-03-01T10:00:00Z', 'impact-start'),
          entry('2024-03-01T10:05:00Z', 'detection'),
          entry('2024-03-01T10:06:00Z', 'escalation'),
          entry('2024-03-01T10:08:00Z', 'response'),
          entry('2024-03-01T10:30:00Z', 'mitigation'),
          entry('2024-03-01T10:40:00Z', 'resolution'),
          entry('2024-03-01T11:00:00Z', 'resolution'),
        ],
      }),
    );
    expect(times).toEqual({
      impactStarted: { at: '2024-03-01T10:00:00Z', zone: 'UTC', source: 'timeline' },
      detected: { at: '2024-03-01T10:02:00Z', zone: 'UTC', source: 'stated' },
      responded: { at: '2024-03-01T10:08:00Z', zone: 'UTC', source: 'timeline' },
      mitigated: { at: '2024-03-01T10:30:00Z', zone: 'UTC', source: 'timeline' },
      resolved: { at: '2024-03-01T11:00:00Z', zone: 'UTC', source: 'timeline' },
    });
  });

  it('falls back to a range stated in the summary, crossing midnight', () => {
    const model = pm({
      sections: [
        {
          kind: 'summary',
          heading: 'Summary',
          level: 2,
          body: 'Checkout failed from 11:30 PM to 1:10 AM PST for most users.',
        },
      ],
    });
    const times = deriveIncidentTimes(model);
    expect(times.impactStarted).toEqual({
      at: '2024-03-01T23:30:00-08:00',
      zone: 'PST',
      source: 'summary',
    });
    expect(times.resolved).toEqual({
      at: '2024-03-02T01:10:00-08:00',
      zone: 'PST',
      source: 'summary',
    });
    expect(incidentDuration(model, times)).toBe(100);
  });

  it('leaves unknown moments out, and uses the stated duration', () => {
    const model = pm({ durationMinutes: 42 });
    expect(deriveIncidentTimes(model)).toEqual({});
    expect(incidentDuration(model)).toBe(42);
  });
});
