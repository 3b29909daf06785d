import { describe } from 'vitest';
import { testRule } from '../test-support/rule-tester.js';
import { summaryDuration } from './summary-duration.js';

describe('summary-duration', () => {
  testRule(summaryDuration, {
    profile: 'holberton',
    valid: [
      '# X\n\n## Issue Summary\n\nFrom 10:00 AM to 12:00 PM (UTC) on June 7, 2024, logins failed.\n',
      {
        name: 'labelled start and end in a Duration sub-section',
        text: '# X\n\n# Issue Summary\n\n## Duration\n\nStart Time: January 31 2023, 16:15 GMT+1\n\nEnd Time: January 31 2023, 18:05 GMT+1\n\n## Timeline\n\n- 16:15 GMT+1 Alert.\n',
      },
      {
        name: 'a zone stated once and the date in the front matter',
        text: '---\ndate: 2024-03-20\n---\n\n# X\n\n## Summary\n\nAll times are in CET. Checkout failed between 14:05 and 15:50.\n',
      },
      {
        name: 'no summary section: left to required-sections',
        text: '# X\n\n## Timeline\n\n- 10:00 Alert.\n',
      },
    ],
    invalid: [
      {
        name: 'no times at all',
        text: '# X\n\n## Issue Summary\n\nOn 2024-06-07 logins failed for two hours.\n',
        messages: [{ messageId: 'noTimes', line: 3, column: 1 }],
      },
      {
        name: 'only one end',
        text: '# X\n\n## Summary\n\nOn 2024-06-07 at 10:00 UTC logins began to fail.\n',
        messages: [{ messageId: 'noEnd', line: 3, data: { time: '2024-06-07 at 10:00 UTC' } }],
      },
      {
        name: 'no zone, and no date anywhere',
        text: '# X\n\n## Summary\n\nBetween 13:00:00 and 17:35:08 the home page returned errors.\n',
        messages: [
          { messageId: 'noZone', line: 3, data: { time: '13:00:00' } },
          { messageId: 'noDate', line: 3 },
        ],
      },
      {
        name: 'times in the timeline do not count for the summary',
        text: '# X\n\n# Issue Summary\n\nLogins failed on 2024-06-07.\n\n## Timeline\n\n- 10:00 UTC Alert.\n- 12:00 UTC Fixed.\n',
        messages: [{ messageId: 'noTimes', line: 3 }],
      },
    ],
  });
});
