import { describe } from 'vitest';
import { testRule } from '../test-support/rule-tester.js';
import { followUpScheduled } from './follow-up-scheduled.js';

const fm = '---\ndate: 2024-03-20\n---\n\n';

describe('follow-up-scheduled', () => {
  testRule(followUpScheduled, {
    valid: [
      `${fm}## Follow-up Review\n\nReview date: 2024-04-10\n`,
      {
        name: 'from the front matter',
        text: '---\ndate: 2024-03-20\nfollowUp:\n  reviewDate: 2024-04-19\n---\n\n# X\n',
      },
      {
        name: 'the limit is an option',
        options: { maxDays: 90 },
        text: `${fm}## Follow-up Review\n\nOn June 1, 2024.\n`,
      },
    ],
    invalid: [
      {
        name: 'no date',
        text: `${fm}## Follow-up Review\n\nSoon.\n`,
        messages: [{ messageId: 'missing', line: 5, column: 1, data: { maxDays: 30 } }],
      },
      {
        name: 'too late',
        text: `${fm}## Follow-up Review\n\nReview date: 2024-06-30\n`,
        messages: [
          { messageId: 'tooLate', line: 5, data: { date: '2024-06-30', days: 102, maxDays: 30 } },
        ],
      },
      {
        name: 'before the incident',
        text: `${fm}## Follow-up Review\n\nReview date: 2024-03-01\n`,
        messages: [
          {
            messageId: 'beforeIncident',
            line: 5,
            data: { date: '2024-03-01', incident: '2024-03-20' },
          },
        ],
      },
      {
        name: 'no section, no date',
        text: '# X\n\n## Summary\n\nA.\n',
        messages: [{ messageId: 'missing', line: 1 }],
      },
    ],
  });
});
