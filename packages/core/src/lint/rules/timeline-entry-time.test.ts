import { describe } from 'vitest';
import { testRule } from '../test-support/rule-tester.js';
import { timelineEntryTime } from './timeline-entry-time.js';

describe('timeline-entry-time', () => {
  testRule(timelineEntryTime, {
    valid: [
      '# X\n\n## Timeline\n\n- 14:05 UTC Alert fired.\n- **14:20 UTC** - Rolled back.\n',
      {
        name: 'a table',
        text: '# X\n\n## Timeline\n\n| Time | Event |\n| --- | --- |\n| 14:05 | Alert |\n',
      },
      {
        name: 'HTML lines with emoji codes',
        text: '## Timeline:\n<p>&emsp;:small_orange_diamond:16:15 GMT+1: alert</p>\n',
      },
      {
        name: 'a run-on paragraph split by the parser',
        text: '## Timeline\n\n2100hrs WAT: Detected. 2105hrs WAT: Checked the logs.\n',
      },
      { name: '"At" before the time', text: '## Timeline\n\n- At 3:15 PM the alert fired.\n' },
      {
        name: 'a placeholder time is left to no-placeholder',
        text: '## Timeline\n\n- HH:MM What happened\n',
      },
    ],
    invalid: [
      {
        name: 'marks, emoji, tags and entities before the time, and a time after words',
        text: '# Outage\n\n## Timeline\n\n- 14:05 UTC Alert.\n- 🔥 14:10 UTC Fire.\n- :fire: **14:20** UTC Paged.\n| 14:30 | Row |\n1. <b>14:40</b> UTC tag\n- Then at 14:50 UTC done.\n- &nbsp;15:00 UTC entity\n',
        messages: [{ messageId: 'notLeading', line: 10, column: 11, data: { time: '14:50 UTC' } }],
      },
      {
        name: 'an entry without a time',
        text: '# X\n\n## Timeline\n\n- 14:05 UTC Alert fired.\n- Rolled back the deploy.\n',
        messages: [
          { messageId: 'missing', line: 6, column: 1, data: { text: 'Rolled back the deploy.' } },
        ],
      },
      {
        name: 'a time after other words',
        text: '## Timeline\n\nDetected at Nov 1, 2022 6:00 AM while testing.\n',
        messages: [
          { messageId: 'notLeading', line: 3, column: 13, data: { time: 'Nov 1, 2022 6:00 AM' } },
        ],
      },
      {
        name: 'a timeline in prose',
        text: '# X\n\n## Timeline\n\nThe alert fired in the afternoon and we rolled back soon after that.\n',
        messages: [{ messageId: 'noEntries', line: 3, column: 1 }],
      },
    ],
  });
});
