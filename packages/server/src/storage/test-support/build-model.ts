import type { PostmortemInput } from '@hindsight/core';

/**
 * A small but complete postmortem for storage tests: dated, with a zone, services, a
 * timeline that gives every incident time, and action items.
 *
 * @example buildModel({ title: 'DNS outage', severity: 'critical' })
 */
export function buildModel(overrides: Partial<PostmortemInput> = {}): PostmortemInput {
  return {
    title: 'Checkout returned errors after a config push',
    date: '2024-03-20',
    severity: 'high',
    status: 'draft',
    timezone: 'UTC',
    authors: ['ada'],
    services: ['checkout'],
    teams: ['payments'],
    tags: ['config'],
    timeline: [
      { time: '14:02', kind: 'impact-start', text: 'A config push reaches the checkout pods.' },
      { time: '14:09', kind: 'detection', text: 'The error-rate alert fires.' },
      { time: '14:12', kind: 'response', text: 'The on-call engineer acknowledges.' },
      { time: '14:30', kind: 'mitigation', text: 'The push is rolled back.' },
      { time: '14:41', kind: 'resolution', text: 'Error rate is back to normal.' },
    ],
    actionItems: [
      {
        title: 'Validate config before it is pushed',
        type: 'prevent',
        owner: 'ada',
        due: '2024-04-01',
      },
      {
        title: 'Alert on config push errors',
        type: 'detect',
        owner: 'grace',
        status: 'in-progress',
      },
    ],
    sections: [
      { kind: 'summary', heading: 'Summary', level: 2, body: 'Checkout failed for 39 minutes.' },
    ],
    ...overrides,
  };
}
