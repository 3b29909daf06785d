import { describe } from 'vitest';
import { testRule } from '../test-support/rule-tester.js';
import { impactQuantified } from './impact-quantified.js';

describe('impact-quantified', () => {
  testRule(impactQuantified, {
    profile: 'standard',
    valid: [
      '# X\n\n## Impact\n\nAbout 4,000 customers saw errors.\n',
      '# X\n\n## Impact\n\nRoughly 3.7M requests failed.\n',
      '# X\n\n## Impact\n\nWe refunded $12,000.\n',
      '# X\n\n## Summary\n\nAt its height 100% of traffic failed.\n',
      {
        name: 'front matter numbers',
        text: '---\nimpact:\n  failedRequests: 900\n---\n\n## Impact\n\nSee above.\n',
      },
      {
        name: 'percent in the summary (holberton)',
        profile: 'holberton',
        text: '# X\n\n## Issue Summary\n\nAbout 60% of users could not log in.\n',
      },
      {
        name: 'percent in words',
        profile: 'holberton',
        text: '# X\n\n## Issue Summary\n\nAbout 60 percent of users could not log in.\n',
      },
    ],
    invalid: [
      {
        name: 'words only',
        text: '# X\n\n## Summary\n\nA.\n\n## Impact\n\nMany customers were unhappy.\n',
        messages: [{ messageId: 'noNumbers', line: 7, column: 1 }],
      },
      {
        name: 'counts are not a percentage for the graded form',
        profile: 'holberton',
        text: '# X\n\n## Issue Summary\n\nAbout 12,000 users could not log in.\n',
        messages: [{ messageId: 'noPercent', line: 3 }],
      },
      {
        name: 'a number in the timeline does not count',
        text: '# X\n\n## Impact\n\nSome.\n\n## Timeline\n\n- 10:00 UTC 500 users paged us.\n',
        messages: [{ messageId: 'noNumbers', line: 3 }],
      },
    ],
  });
});
