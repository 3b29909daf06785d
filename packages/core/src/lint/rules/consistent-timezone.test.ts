import { describe } from 'vitest';
import { testRule } from '../test-support/rule-tester.js';
import { consistentTimezone } from './consistent-timezone.js';

describe('consistent-timezone', () => {
  testRule(consistentTimezone, {
    valid: [
      '## Timeline\n\nAll times are UTC.\n\n- 14:05 Alert.\n- 14:20 Rollback.\n',
      '## Timeline\n\n- 14:05 PST Alert.\n- 14:20 PST Rollback.\n',
      {
        name: 'zone from the front matter',
        text: '---\ntimezone: UTC\n---\n\n## Timeline\n\n- 14:05 Alert.\n',
      },
      {
        name: 'the summary uses another name for the same offset',
        text: '---\ndate: 2023-01-31\n---\n\n## Summary\n\nFrom 16:15 GMT+1 to 18:05 GMT+1.\n\n## Timeline (all times WAT)\n\n- 16:15 Alert.\n',
      },
      { name: 'no clocks', text: '## Timeline\n\n- Alert.\n' },
    ],
    invalid: [
      {
        name: 'an entry in another zone',
        text: '## Timeline\n\n- 14:05 UTC Alert.\n- 15:20 CET Paged.\n- 14:30 UTC Rollback.\n',
        messages: [
          { messageId: 'mixed', line: 4, column: 3, data: { zone: 'CET', expected: 'UTC' } },
        ],
      },
      {
        name: 'no zone anywhere',
        text: '# X\n\n## Timeline\n\n- 12:59:00: Merge.\n- 13:00:00: Site down.\n',
        messages: [{ messageId: 'noZone', line: 3, column: 1 }],
      },
      {
        name: 'the summary in a different zone',
        text: '---\ndate: 2022-08-05\n---\n\n## Summary\n\nUntil August 5th 05:00 GMT the site was down.\n\n## Timeline (West Central Africa Standard Timezone)\n\n- 17:00 Push.\n- 17:30 Alert.\n',
        messages: [
          {
            messageId: 'summaryZone',
            line: 7,
            column: 7,
            data: { summaryZone: 'GMT', timelineZone: 'WAT' },
          },
        ],
      },
    ],
  });
});
