import { buildPostmortem } from '../../model/index.js';
import type { Postmortem, PostmortemInput } from '../../model/index.js';

/** A complete postmortem touching every field the page shows; `overrides` replace fields. */
export function samplePostmortem(overrides: Partial<PostmortemInput> = {}): Postmortem {
  return buildPostmortem({
    title: 'Checkout errors after a configuration push',
    date: '2024-03-20',
    severity: 'high',
    status: 'in-review',
    authors: ['Ada Example', 'Grace Example'],
    reviewers: ['Lin Example'],
    services: ['checkout', 'payments'],
    timezone: 'Europe/Berlin',
    durationMinutes: 110,
    impact: {
      usersAffectedPercent: 23.5,
      usersAffectedCount: 48200,
      failedRequests: 1200345,
      revenue: '$12,000',
      servicesAffected: ['checkout'],
      degradation: 'partial-outage',
    },
    detection: { source: 'monitoring', method: 'Error-rate alert on checkout' },
    incident: {
      impactStarted: { at: '2024-03-20T23:05:00+01:00', zone: 'Europe/Berlin' },
      resolved: { at: '2024-03-21T00:55:00+01:00', zone: 'Europe/Berlin' },
    },
    rootCause: {
      rootCause: 'A renamed configuration key had no fallback',
      whys: [
        { question: 'Why did checkout fail?', answer: 'The `payments.timeout` key was missing.' },
        { question: 'Why was it missing?', answer: 'It was renamed in a refactor.' },
      ],
      contributingFactors: [{ text: 'No canary stage for configuration', category: 'process' }],
    },
    timeline: [
      {
        time: '23:05',
        at: '2024-03-20T23:05:00+01:00',
        kind: 'impact-start',
        text: 'Push reaches production',
      },
      {
        time: '23:17',
        at: '2024-03-20T23:17:00+01:00',
        kind: 'detection',
        text: 'Alert **CheckoutErrors** fires',
      },
      { time: '', kind: 'communication', text: 'Status page updated' },
      {
        time: '00:55',
        at: '2024-03-21T00:55:00+01:00',
        kind: 'resolution',
        text: 'Error rate normal',
      },
    ],
    actionItems: [
      {
        title: 'Add a canary stage for configuration',
        type: 'prevent',
        owner: 'platform-team',
        due: '2024-04-15',
        status: 'in-progress',
        priority: 'high',
        link: 'https://tracker.example.com/OPS-123',
      },
      { title: 'Lower the alert threshold', owner: 'sre', status: 'done', link: 'OPS-124' },
    ],
    followUp: { reviewDate: '2024-04-20', attendees: ['Ada Example', 'Lin Example'] },
    sections: [
      {
        kind: 'summary',
        heading: 'Issue Summary',
        level: 1,
        body: 'Checkout failed for **23%** of users.',
      },
      { kind: 'timeline', heading: 'Timeline', level: 1, body: 'All times are CET.' },
      { kind: 'root-cause', heading: 'Root Cause', level: 1, body: 'A key was renamed.' },
      { kind: 'action-items', heading: 'Action Items', level: 1, body: '' },
      { kind: 'lessons-learned', heading: 'Lessons Learned', level: 1, body: 'Canary everything.' },
    ],
    ...overrides,
  });
}
